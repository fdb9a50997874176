// Every sentence the eligibility core writes itself (re-prompts, amount wording, the headings of the
// 服务包 and of yiqi checkup) lives in knowledge/eligibility-texts.yaml, validated here when this
// module loads; the facts they frame — reasons, benefits, amounts — come from the measures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../kb/parseYaml.js';
import { z } from 'zod';
import { formatPath, KnowledgeError } from '../kb/knowledgeError.js';
import { packageRoot } from '../kb/packageRoot.js';
import { nonEmpty } from '../kb/primitives.js';

export { fill } from '../kb/replies.js';

export const eligibilityTextsSchema = z.strictObject({
  retry: z.strictObject({
    amount: nonEmpty,
    amountUnit: nonEmpty,
    negative: nonEmpty,
    yesNo: nonEmpty,
    choice: nonEmpty,
  }),
  prompt: z.strictObject({
    option: nonEmpty,
  }),
  answer: z.strictObject({
    yes: nonEmpty,
    no: nonEmpty,
    missing: nonEmpty,
  }),
  evaluation: z.strictObject({
    unknown: nonEmpty,
    noRules: nonEmpty,
    ended: nonEmpty,
    floor: nonEmpty,
    upTo: nonEmpty,
    calc: nonEmpty,
    capped: nonEmpty,
    upToCalc: nonEmpty,
  }),
  pkg: z.strictObject({
    title: nonEmpty,
    date: nonEmpty,
    basis: nonEmpty,
    profile: nonEmpty,
    universal: nonEmpty,
    universalIntro: nonEmpty,
    targeted: nonEmpty,
    targetedIntro: nonEmpty,
    possible: nonEmpty,
    notEligible: nonEmpty,
    ended: nonEmpty,
    channels: nonEmpty,
    notes: nonEmpty,
    none: nonEmpty,
    numberLabel: nonEmpty,
    officialArticle: nonEmpty,
    amount: nonEmpty,
    reason: nonEmpty,
    support: nonEmpty,
    missing: nonEmpty,
    noAmount: nonEmpty,
    disclaimer: nonEmpty,
  }),
  cli: z.strictObject({
    intro: nonEmpty,
    progress: nonEmpty,
    skipped: nonEmpty,
    gaveUp: nonEmpty,
  }),
});

export type EligibilityTexts = z.infer<typeof eligibilityTextsSchema>;

export const ELIGIBILITY_TEXTS_FILE = 'knowledge/eligibility-texts.yaml';

/** Reads and validates the texts; a bad file stops with the file, the field and what is wrong. */
export function loadEligibilityTexts(root: string = packageRoot(import.meta.url)): EligibilityTexts {
  const result = eligibilityTextsSchema.safeParse(
    parseYaml(readFileSync(join(root, ELIGIBILITY_TEXTS_FILE), 'utf8')),
  );
  if (result.success) return result.data;
  throw new KnowledgeError(
    result.error.issues.map((i) => ({
      file: ELIGIBILITY_TEXTS_FILE,
      path: formatPath(i.path),
      message: i.message,
    })),
  );
}

export const texts: EligibilityTexts = loadEligibilityTexts();
