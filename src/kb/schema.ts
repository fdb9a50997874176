// The shape of every knowledge file, as zod schemas. Types used across the code come from here
// (z.infer), so a field added to a knowledge file is added here first and nowhere else.
import { z } from 'zod';
import { measureEligibilitySchema } from '../eligibility/schema.js';
import { idSchema, isoDateSchema, nonEmpty } from './primitives.js';

export { idSchema, isoDateSchema } from './primitives.js';

/** Where a sentence comes from: the press report, the official notice, or the business-press report. */
export const originSchema = z.enum(['press-report', 'official-notice', 'business-press']);

// English (issue 14, “English in, English out”): each user-facing text has a reviewed English
// counterpart in an `en` field beside it. `en` is optional here so that a knowledge base without
// English stays valid; the loader (src/kb/englishCompleteness.ts) requires all of it as soon as any
// is present, and parallel lists (beneficiaries, departments, faq) must match in length and order.

export const sourceDocumentSchema = z.strictObject({
  id: idSchema,
  title: nonEmpty,
  shortTitle: nonEmpty,
  issuer: nonEmpty,
  documentNumber: nonEmpty,
  issued: isoDateSchema,
  /** Version of our reading of the document; shown by /healthz. */
  knowledgeVersion: nonEmpty,
  reports: z.array(
    z.strictObject({ origin: originSchema, title: nonEmpty, date: isoDateSchema, note: nonEmpty.optional() }),
  ),
  numberingCaveat: nonEmpty,
  citation: nonEmpty,
  en: z
    .strictObject({
      title: nonEmpty,
      shortTitle: nonEmpty,
      issuer: nonEmpty,
      numberingCaveat: nonEmpty,
      citation: nonEmpty,
    })
    .optional(),
});

export const areaSchema = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  title: nonEmpty,
  shortTitle: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  summary: nonEmpty,
  en: z.strictObject({ title: nonEmpty, shortTitle: nonEmpty, summary: nonEmpty }).optional(),
});
export const areasFileSchema = z.strictObject({ areas: z.array(areaSchema).min(1) });

export const factKindSchema = z.enum([
  'threshold',
  'cap',
  'floor',
  'rate',
  'amount',
  'count',
  'target',
  'fund',
  'date',
  'statistic',
]);

/**
 * One figure of the source. `value` is the number as printed (1.1 for 1.1万亿元) and `unit` its unit
 * as printed, so that value+unit reads exactly like the source. A date fact carries `date` instead.
 */
export const factSchema = z
  .strictObject({
    kind: factKindSchema,
    label: nonEmpty,
    /** The label in English; value, unit and quote stay as the source prints them. */
    en: z.strictObject({ label: nonEmpty }).optional(),
    value: z.number().optional(),
    unit: nonEmpty.optional(),
    /** Wording such as 不低于, 最高, 不少于, 以上, 左右, 突破 that qualifies the figure. */
    qualifier: nonEmpty.optional(),
    date: isoDateSchema.optional(),
    quote: nonEmpty,
    origin: originSchema.default('press-report'),
  })
  .superRefine((fact, ctx) => {
    if (fact.kind === 'date') {
      if (fact.date === undefined)
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'a date fact needs date' });
    } else {
      if (fact.value === undefined)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure needs value' });
      if (fact.unit === undefined)
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a figure needs unit' });
    }
  });

/**
 * A dated stage or target. `stage`: a policy that applies until `until` and then ends.
 * `target`: a goal for a year (“今年”, “2023年底”); after `until` the target year has passed.
 * `recurring`: something stated per year with no end (每年培育200人).
 */
export const validitySchema = z.strictObject({
  kind: z.enum(['stage', 'target', 'recurring']),
  until: isoDateSchema.optional(),
  what: nonEmpty,
  en: z.strictObject({ what: nonEmpty }).optional(),
  quote: nonEmpty,
});

export const faqSchema = z.strictObject({ q: nonEmpty, a: nonEmpty });

export const howToApplySchema = z.strictObject({
  /** Only what the source itself says about applying; absent when it says nothing. */
  sourceSays: nonEmpty.optional(),
  /** Channel ids from knowledge/channels.yaml. */
  channels: z.array(idSchema).min(1),
  note: nonEmpty,
});

export const officialArticleSchema = z.strictObject({
  label: z
    .string()
    .regex(/^[(（][一二三四五六七八九十]+[)）]$/, 'expected a bracketed Chinese numeral such as (一)'),
  title: nonEmpty,
  en: z.strictObject({ title: nonEmpty }).optional(),
  quote: nonEmpty.optional(),
});

/** A measure's own texts in English; lists are parallel to the Chinese ones (same count, same order). */
export const measureEnglishSchema = z.strictObject({
  title: nonEmpty,
  fullTitle: nonEmpty,
  brief: nonEmpty.max(160, 'a brief is one line: at most 160 characters'),
  summary: nonEmpty,
  beneficiaries: z.array(nonEmpty),
  /** sourceSays is present exactly when the Chinese howToApply has it. */
  howToApply: z.strictObject({ sourceSays: nonEmpty.optional(), note: nonEmpty }),
  departments: z.array(nonEmpty).default([]),
  faq: z.array(faqSchema),
});

export const measureSchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1),
  area: idSchema,
  source: idSchema,
  title: nonEmpty,
  fullTitle: nonEmpty,
  aliases: z.array(nonEmpty).min(1),
  keywords: z.array(nonEmpty).default([]),
  /** One line on what the measure gives, for lists, comparisons and page listings (≤ 60 characters). */
  brief: nonEmpty.max(60, 'a brief is one line: at most 60 characters'),
  summary: nonEmpty,
  /** The measure read in English, for matching questions asked in English; not shown to users. */
  english: nonEmpty.optional(),
  facts: z.array(factSchema).default([]),
  beneficiaries: z.array(nonEmpty).min(1),
  howToApply: howToApplySchema,
  validity: z.array(validitySchema).default([]),
  officialArticle: officialArticleSchema.optional(),
  departments: z.array(nonEmpty).default([]),
  related: z.array(idSchema).default([]),
  faq: z.array(faqSchema).min(3, 'each measure needs at least 3 FAQ entries'),
  en: measureEnglishSchema.optional(),
  /** Filled by the eligibility rules (knowledge/eligibility); kept optional so measures without rules stay valid. */
  eligibility: measureEligibilitySchema.optional(),
});

export const synonymSchema = z.strictObject({
  canonical: nonEmpty,
  variants: z.array(nonEmpty).min(1),
});
export const synonymsFileSchema = z.strictObject({ synonyms: z.array(synonymSchema).min(1) });

export const glossaryEntrySchema = z.strictObject({
  id: idSchema,
  term: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  explanation: nonEmpty,
  related: z.array(idSchema).default([]),
  en: z.strictObject({ term: nonEmpty, explanation: nonEmpty }).optional(),
});
export const glossaryFileSchema = z.strictObject({ terms: z.array(glossaryEntrySchema).min(1) });

export const notCoveredTopicSchema = z.strictObject({
  id: idSchema,
  /** What the topic is, as the bot names it when it declines (“高新技术企业认定的流程、条件和材料”). */
  name: nonEmpty,
  terms: z.array(z.string().trim().min(2, 'a term needs at least 2 characters')).min(1),
  /**
   * Measures that may still help someone in the situation the topic describes (rent → the relief and
   * financing measures): offered after saying plainly that the topic itself is not covered.
   */
  mayHelp: z.array(idSchema).default([]),
  en: z.strictObject({ name: nonEmpty }).optional(),
});
export const notCoveredFileSchema = z.strictObject({
  topics: z.array(notCoveredTopicSchema).min(1),
  /** Support asked for that no topic lists (原材料价格补贴, 受灾补贴): the measures that may still help. */
  unlisted: z.strictObject({ mayHelp: z.array(idSchema).min(1) }).optional(),
});

export const channelSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty,
  description: nonEmpty,
  en: z.strictObject({ name: nonEmpty, description: nonEmpty }).optional(),
});
export const channelsFileSchema = z.strictObject({ channels: z.array(channelSchema).min(1) });

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactKind = z.infer<typeof factKindSchema>;
export type Validity = z.infer<typeof validitySchema>;
export type Measure = z.infer<typeof measureSchema>;
export type MeasureEnglish = z.infer<typeof measureEnglishSchema>;
export type Synonym = z.infer<typeof synonymSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Channel = z.infer<typeof channelSchema>;
export type NotCoveredTopic = z.infer<typeof notCoveredTopicSchema>;
