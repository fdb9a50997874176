// The pages' own words (knowledge/pages.yaml, knowledge/pages.en.yaml): navigation, headings,
// buttons, and the privacy and terms texts, validated with zod when the pages are mounted. What a
// measure says comes from the knowledge base; the bot's shared sentences from replies.yaml.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { formatPath, KnowledgeError } from '../kb/knowledgeError.js';
import type { KnowledgeSnapshot } from '../kb/knowledgeSnapshot.js';
import { parseYaml } from '../kb/parseYaml.js';
import { nonEmpty } from '../kb/primitives.js';
import { originSchema } from '../kb/schema.js';

/** A section of a text page: a heading, paragraphs, then a list. */
const sectionSchema = z
  .strictObject({
    heading: nonEmpty,
    paragraphs: z.array(nonEmpty).default([]),
    items: z.array(nonEmpty).default([]),
  })
  .refine((s) => s.paragraphs.length + s.items.length > 0, 'a section needs paragraphs or items');

const textPageSchema = z.strictObject({
  title: nonEmpty,
  description: nonEmpty,
  intro: nonEmpty,
  sections: z.array(sectionSchema).min(1),
});

export const pageTextsSchema = z.strictObject({
  siteName: nonEmpty,
  /** og:locale, e.g. zh_CN. */
  ogLocale: z.string().regex(/^[a-z]{2}_[A-Z]{2}$/, 'expected a locale such as zh_CN'),
  skipLink: nonEmpty,
  /** What follows a label before its text (":" in Chinese, ": " in English). */
  colon: z.string().min(1),
  nav: z.strictObject({
    label: nonEmpty,
    home: nonEmpty,
    measures: nonEmpty,
    search: nonEmpty,
    chat: nonEmpty,
    privacy: nonEmpty,
    terms: nonEmpty,
    footerLabel: nonEmpty,
    breadcrumbLabel: nonEmpty,
    areasLabel: nonEmpty,
    /** The link to the same page in the other language. */
    otherLanguage: nonEmpty,
  }),
  largeText: z.strictObject({ button: nonEmpty }),
  readAloud: z.strictObject({ start: nonEmpty, stop: nonEmpty }),
  footer: z.strictObject({ disclaimer: nonEmpty }),
  measures: z.strictObject({
    title: nonEmpty,
    description: nonEmpty,
    intro: nonEmpty,
    count: nonEmpty,
    statusNote: nonEmpty,
    statusHeading: nonEmpty,
  }),
  measure: z.strictObject({
    /** The page's <title>: {label} {title}. */
    title: nonEmpty,
    /** What introduces a source sentence, by where it comes from (报道原文, 通知原文 …). */
    quoteLabel: z.record(originSchema, nonEmpty),
    statusHeading: nonEmpty,
    officialArticleHeading: nonEmpty,
    channelsHeading: nonEmpty,
    faqHeading: nonEmpty,
    askHeading: nonEmpty,
    askChat: nonEmpty,
    /** The question the chat is opened with: {title}. */
    chatQuestion: nonEmpty,
    askEligibility: nonEmpty,
    /** The eligibility question the chat is opened with: {title}. */
    eligibilityQuestion: nonEmpty,
    backToList: nonEmpty,
  }),
  search: z.strictObject({
    title: nonEmpty,
    /** The page's <title> with a query: {q}. */
    titleWithQuery: nonEmpty,
    description: nonEmpty,
    label: nonEmpty,
    placeholder: nonEmpty,
    button: nonEmpty,
    resultsHeading: nonEmpty,
    bestMatch: nonEmpty,
    examplesHeading: nonEmpty,
    channelsHeading: nonEmpty,
    /** A link that asks the same in the chat: {q}. */
    askChat: nonEmpty,
  }),
  privacy: textPageSchema,
  terms: textPageSchema,
  notFound: z.strictObject({ title: nonEmpty, text: nonEmpty }),
});

export type PageTexts = z.infer<typeof pageTextsSchema>;
export type TextPage = z.infer<typeof textPageSchema>;

/** The languages the pages are written in, and the file of each. */
export const PAGE_TEXT_FILES = { 'zh-CN': 'pages.yaml', en: 'pages.en.yaml' } as const;
export type PageLang = keyof typeof PAGE_TEXT_FILES;

/**
 * Reads and validates one language's page texts; a bad file stops start-up with the file, the
 * field path and what is wrong, as the knowledge loader does. With the build's snapshot
 * (src/kb/knowledgeSnapshot.ts) an unchanged file's validated content is reused.
 */
export function loadPageTexts(knowledgeDir: string, lang: PageLang, snapshot?: KnowledgeSnapshot): PageTexts {
  const file = join(knowledgeDir, PAGE_TEXT_FILES[lang]);
  const shown = relative(join(knowledgeDir, '..'), file) || file;
  const fail = (path: string, message: string): never => {
    throw new KnowledgeError([{ file: shown, path, message }]);
  };
  let text: string;
  let data: unknown;
  try {
    text = readFileSync(file, 'utf8');
    const known = snapshot?.get(shown, text);
    if (known !== undefined) return known as PageTexts;
    data = parseYaml(text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail('', code ? `cannot read file (${code})` : `not valid YAML: ${String(err).split('\n')[0]}`);
  }
  const result = pageTextsSchema.safeParse(data, { reportInput: true });
  if (result.success) {
    snapshot?.set(shown, text, result.data);
    return result.data;
  }
  throw new KnowledgeError(
    result.error.issues.map((i) => ({
      file: shown,
      path: formatPath(i.path),
      message: i.code === 'invalid_type' && i.input === undefined ? 'required field is missing' : i.message,
    })),
  );
}
