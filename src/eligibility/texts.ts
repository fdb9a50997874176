// Every sentence the eligibility core writes itself (re-prompts, amount wording, the headings of the
// 服务包 and of yiqi checkup) lives in knowledge/eligibility-texts.yaml (and, in English, in
// knowledge/eligibility-texts.en.yaml); the loader validates them with this schema and puts them in
// the knowledge base (kb.eligibilityTexts), so the Chinese base and its English view each carry their
// own. The facts they frame — reasons, benefits, amounts — come from the measures.
import { z } from 'zod';
import type { Lang } from '../kb/language.js';
import { nonEmpty } from '../kb/primitives.js';

export { fill } from '../kb/replies.js';

export const eligibilityTextsSchema = z.strictObject({
  retry: z.strictObject({
    amount: nonEmpty,
    /** Example amounts offered as {other} beside the question's own example (the first that differs). */
    amountExamples: z.array(nonEmpty).min(2),
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

/**
 * What the eligibility core needs to write a sentence: the language and its texts. A KnowledgeBase
 * is one (the Chinese base, or its English view from kbIn(kb, 'en')), so callers pass the kb.
 */
export interface Wording {
  readonly lang: Lang;
  readonly eligibilityTexts: EligibilityTexts;
}
