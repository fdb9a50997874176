// The conversation test set as data (test/fixtures/conversations/, format in its README.md): reading
// and validating the case files, and judging one reply against a turn's expectations. Used by
// `npm run eval:conversations` and the conversation gate test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { FIXED_MEASURES } from '../src/kb/measureIds.js';
import { packageRoot } from '../src/kb/packageRoot.js';

export const CONVERSATION_KINDS = [
  'multi',
  'compare',
  'status',
  'person',
  'partial',
  'english',
  'reference',
  'why-not',
  'followup',
] as const;
export const REPLY_KINDS = [
  'measure',
  'multi',
  'compare',
  'list',
  'person',
  'partial',
  'declined',
  'choice',
  'question',
  'result',
  'glossary',
  'smalltalk',
] as const;
export const CONVERSATION_PARTS = ['tune', 'heldout'] as const;
export type ConversationPart = (typeof CONVERSATION_PARTS)[number];

const measureId = z.enum(FIXED_MEASURES.map((m) => m.id) as [string, ...string[]]);
const text = z.string().min(1);

const expectSchema = z.strictObject({
  reply: z.enum(REPLY_KINDS).optional(),
  measures: z.array(measureId).optional(),
  anyOf: z.array(z.array(measureId).min(1)).optional(),
  notMeasures: z.array(measureId).optional(),
  says: z.array(text).optional(),
  saysAny: z.array(z.array(text).min(1)).optional(),
  notSays: z.array(text).optional(),
  lang: z.enum(['zh', 'en']).optional(),
});

const turnSchema = z.union([
  z.strictObject({ user: z.coerce.string().min(1), expect: expectSchema.optional() }),
  z.strictObject({ click: text, expect: expectSchema.optional() }),
]);

const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'),
  kind: z.enum(CONVERSATION_KINDS),
  // js-yaml reads an unquoted date as a Date, `yaml` as a string: accept both.
  today: z
    .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))])
    .optional(),
  locale: z.string().optional(),
  turns: z.array(turnSchema).min(1),
});
const fileSchema = z.strictObject({ cases: z.array(caseSchema).min(1) });

export type ConversationCase = z.infer<typeof caseSchema>;
export type TurnExpectation = z.infer<typeof expectSchema>;

export function conversationDir(part: ConversationPart): string {
  return join(packageRoot(import.meta.url), 'test', 'fixtures', 'conversations', part);
}

/** Every case of a part, validated; a bad file throws naming the file and the field. */
export function readCases(part: ConversationPart): ConversationCase[] {
  const dir = conversationDir(part);
  const cases: ConversationCase[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const result = fileSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`[conversations] ${part}/${file} ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const c of result.data.cases) {
      if (ids.has(c.id)) throw new Error(`[conversations] ${part}/${file}: duplicate case id "${c.id}"`);
      ids.add(c.id);
      cases.push(c);
    }
  }
  return cases;
}

/** What the user saw of one turn: its visible text (buttons apart) and the kinds of reply. */
export interface VisibleReply {
  /** Text of the messages and cards, without button titles. */
  text: string;
  /** Button titles. */
  buttons: string[];
  kinds: string[];
}

/** How a measure may be named in a reply. */
export interface MeasureNames {
  id: string;
  names: string[];
}

/** NFKC, no spaces, lower case, no thousands separators: “500,000 yuan” = “500000yuan”. */
export function comparable(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, '');
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /[a-z]/gi;

/** The reply's language: Han characters outside brackets and quotes against Latin letters. */
export function replyLanguage(text: string): 'zh' | 'en' {
  const outside = text.replace(/[（(【〔「“"][^）)】〕」”"]*[）)】〕」”"]/g, ' ');
  const han = outside.match(HAN)?.length ?? 0;
  const latin = outside.match(LATIN)?.length ?? 0;
  // A Han character carries about as much as three Latin letters.
  return latin > han * 3 ? 'en' : 'zh';
}

/** The problems of a reply against a turn's expectations (empty when it meets them). */
export function judge(
  reply: VisibleReply,
  expect: TurnExpectation,
  names: readonly MeasureNames[],
): string[] {
  const problems: string[] = [];
  const all = comparable([reply.text, ...reply.buttons].join('\n'));
  const body = comparable(reply.text);
  const named = (id: string, where: string) =>
    (names.find((n) => n.id === id)?.names ?? []).some((n) => where.includes(comparable(n)));
  if (expect.reply && !reply.kinds.includes(expect.reply))
    problems.push(`reply: expected ${expect.reply}, got ${reply.kinds.join('+') || 'nothing'}`);
  for (const id of expect.measures ?? []) if (!named(id, all)) problems.push(`measures: ${id} not named`);
  for (const group of expect.anyOf ?? [])
    if (!group.some((id) => named(id, all))) problems.push(`anyOf: none of ${group.join(', ')} named`);
  for (const id of expect.notMeasures ?? []) if (named(id, body)) problems.push(`notMeasures: ${id} named`);
  for (const s of expect.says ?? []) if (!all.includes(comparable(s))) problems.push(`says: "${s}" missing`);
  for (const group of expect.saysAny ?? [])
    if (!group.some((s) => all.includes(comparable(s))))
      problems.push(`saysAny: none of ${group.join(' / ')}`);
  for (const s of expect.notSays ?? [])
    if (all.includes(comparable(s))) problems.push(`notSays: "${s}" said`);
  if (expect.lang && replyLanguage(reply.text) !== expect.lang)
    problems.push(`lang: expected ${expect.lang}`);
  return problems;
}
