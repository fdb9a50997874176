// What the bot says about enterprise profiles, the 服务包 share page and deleting a user's data lives
// in knowledge/profiles.yaml, validated here when this module loads: a bad file stops start-up naming
// the file, the field and the problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatPath, KnowledgeError } from '../kb/knowledgeError.js';
import { packageRoot } from '../kb/packageRoot.js';
import { parseYaml } from '../kb/parseYaml.js';
import { nonEmpty } from '../kb/primitives.js';

export { fill } from '../kb/replies.js';

export const profileTextsSchema = z.strictObject({
  profiles: z.strictObject({
    basedOn: nonEmpty,
    unnamed: nonEmpty,
    created: nonEmpty,
    createdBesideUnnamed: nonEmpty,
    named: nonEmpty,
    fresh: nonEmpty,
    switched: nonEmpty,
    alreadyActive: nonEmpty,
    current: nonEmpty,
    currentUnnamed: nonEmpty,
    listHeading: nonEmpty,
    listItem: nonEmpty,
    listActive: nonEmpty,
    listHint: nonEmpty,
    listEmpty: nonEmpty,
    switchButton: nonEmpty,
    position: nonEmpty,
    deleted: nonEmpty,
    deletedLinks: nonEmpty,
    deletedActive: nonEmpty,
    notFound: nonEmpty,
    ambiguous: nonEmpty,
    askName: nonEmpty,
    tooMany: nonEmpty,
    flowEnded: nonEmpty,
  }),
  share: z.strictObject({
    heading: nonEmpty,
    note: nonEmpty,
    open: nonEmpty,
    revoke: nonEmpty,
    qrAlt: nonEmpty,
    textLine: nonEmpty,
    revoked: nonEmpty,
    revokedNone: nonEmpty,
    unavailable: nonEmpty,
    pageHeading: nonEmpty,
    pageEnterprise: nonEmpty,
    pageValidUntil: nonEmpty,
    pageQrCaption: nonEmpty,
    pagePrintHint: nonEmpty,
    pageFooter: nonEmpty,
    notFoundTitle: nonEmpty,
    unavailableTitle: nonEmpty,
    unavailableText: nonEmpty,
    notFoundText: nonEmpty,
  }),
  privacy: z.strictObject({
    confirm: nonEmpty,
    confirmYes: nonEmpty,
    confirmNo: nonEmpty,
    retry: nonEmpty,
    deletedHeading: nonEmpty,
    nothing: nonEmpty,
    cancelled: nonEmpty,
    partial: nonEmpty,
    flowEnded: nonEmpty,
    profileItem: nonEmpty,
    shareItem: nonEmpty,
    checkupItem: nonEmpty,
    resultItem: nonEmpty,
  }),
});

export type ProfileTexts = z.infer<typeof profileTextsSchema>;

export const PROFILE_TEXTS_FILE = 'knowledge/profiles.yaml';

/** Reads and validates the texts; a bad file stops with the file, the field and what is wrong. */
export function loadProfileTexts(root: string = packageRoot(import.meta.url)): ProfileTexts {
  const file = join(root, PROFILE_TEXTS_FILE);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KnowledgeError([{ file: PROFILE_TEXTS_FILE, path: '', message: (err as Error).message }]);
  }
  const result = profileTextsSchema.safeParse(data);
  if (result.success) return result.data;
  throw new KnowledgeError(
    result.error.issues.map((i) => ({
      file: PROFILE_TEXTS_FILE,
      path: formatPath(i.path),
      message: i.message,
    })),
  );
}

export const profileTexts: ProfileTexts = loadProfileTexts();
