// The eligibility rules as data: shared profile questions (knowledge/eligibility.yaml) and, per
// measure, which questions it needs, the conditions and the benefit as declared arithmetic.
// There is no code per measure and nothing is evaluated as code.
import { z } from 'zod';
import { idSchema, nonEmpty } from '../kb/primitives.js';

export const moneyUnitSchema = z.enum(['元', '万元', '亿元']);
export const moneySchema = z.strictObject({ value: z.number().positive(), unit: moneyUnitSchema });

/** A question in English (the loader checks that options match the Chinese ones in number and order). */
export const questionEnglishSchema = z.strictObject({
  label: nonEmpty,
  text: nonEmpty,
  /** For a yes/no question: the condition in English words (see `when` below). */
  when: z.strictObject({ yes: nonEmpty, no: nonEmpty }).optional(),
  /** For an amount question: an English example answer (6 million). */
  example: nonEmpty.optional(),
  options: z
    .array(
      z.strictObject({
        label: nonEmpty,
        /** English words that select this option, besides its label. */
        synonyms: z.array(nonEmpty).default([]),
      }),
    )
    .optional(),
});

export const choiceOptionSchema = z.strictObject({
  id: idSchema,
  label: nonEmpty,
  /** Extra words that select this option when typed (besides the label and its number). */
  synonyms: z.array(nonEmpty).default([]),
});

/**
 * How a message states the answer without being asked (“我们不是高企”, “研发投入800万”): phrases read
 * after normalisation, with spaces and punctuation removed. `no` is checked before `yes`, so 不是高企 is
 * not read as 是高企; an amount is read from the clause that holds one of `amount`.
 */
export const statedAnswerSchema = z.strictObject({
  yes: z.array(nonEmpty).default([]),
  no: z.array(nonEmpty).default([]),
  amount: z.array(nonEmpty).default([]),
  /** Choice questions: option id → phrases that state it. */
  options: z.record(idSchema, z.array(nonEmpty)).default({}),
  /**
   * Choice questions: an amount stated beside one of `when` and below `under` states `option`
   * (工业产值今年8个亿 is below every 首次突破 tier, so none of them).
   */
  below: z
    .array(z.strictObject({ option: idSchema, when: z.array(nonEmpty).min(1), under: moneySchema }))
    .default([]),
});

const questionBase = {
  id: idSchema,
  /** Phrases that state the answer in a question (read before asking, never asked again). */
  says: statedAnswerSchema.optional(),
  /** The question as asked in chat. */
  text: nonEmpty,
  /** One-line label for summaries (e.g. 上一年度研发投入). */
  label: nonEmpty,
  /** Glossary term id explained on request (“什么是四上”). */
  glossary: idSchema.optional(),
  /** Only ask when this condition holds on the answers so far (e.g. the amount only if the service is rented). */
  askIf: z.lazy(() => conditionSchema).optional(),
  en: questionEnglishSchema.optional(),
};

export const eligibilityQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...questionBase,
    type: z.literal('yesno'),
    /**
     * The condition as the words of a sentence, for “why not” (若为有效期内高新技术企业,则可…) — without
     * them the label and the answer are used (有效期内高新技术企业为“是”).
     */
    when: z.strictObject({ yes: nonEmpty, no: nonEmpty }).optional(),
    /**
     * An answer the enterprise can still change (a lapsed high-tech status can be recognised again),
     * unlike its history (first became four-above in 2021). Only then does “why not” work out what the
     * other answer would give with the amounts stated (若为有效期内高新技术企业,则可…:400万元 × 5% = 20万元).
     */
    attainable: z.boolean().default(false),
  }),
  z.strictObject({ ...questionBase, type: z.literal('amount'), example: nonEmpty }),
  z.strictObject({ ...questionBase, type: z.literal('choice'), options: z.array(choiceOptionSchema).min(2) }),
]);

export type ConditionInput =
  | { q: string; is: boolean }
  | { q: string; gte: z.input<typeof moneySchema> }
  | { q: string; lt: z.input<typeof moneySchema> }
  | { q: string; in: string[] }
  | { all: ConditionInput[] }
  | { any: ConditionInput[] };

export type Condition =
  | { q: string; is: boolean }
  | { q: string; gte: Money }
  | { q: string; lt: Money }
  | { q: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition, ConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ q: idSchema, is: z.boolean() }),
    z.strictObject({ q: idSchema, gte: moneySchema }),
    z.strictObject({ q: idSchema, lt: moneySchema }),
    z.strictObject({ q: idSchema, in: z.array(idSchema).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
  ]),
);

/** The benefit of an eligible outcome, as arithmetic the engine performs and explains. */
export const benefitSchema = z.discriminatedUnion('kind', [
  /** rate% of an amount answer, optionally capped: 600万元 × 5% = 30万元 (cap 50万元). */
  z.strictObject({
    kind: z.literal('percent-of'),
    question: idSchema,
    rate: z.number().positive().max(100),
    cap: moneySchema.optional(),
    /** True when the rate is itself a ceiling (最高按合同费用20%): the result is “up to”. */
    upTo: z.boolean().default(false),
    text: nonEmpty,
    en: z.strictObject({ text: nonEmpty }).optional(),
  }),
  /** A floor set by the source (不低于10万元); the district decides the actual amount. */
  z.strictObject({
    kind: z.literal('floor'),
    amount: moneySchema,
    text: nonEmpty,
    en: z.strictObject({ text: nonEmpty }).optional(),
  }),
  /** Support whose amount the source does not give. */
  z.strictObject({
    kind: z.literal('unspecified'),
    text: nonEmpty,
    en: z.strictObject({ text: nonEmpty }).optional(),
  }),
]);

export const outcomeSchema = z.enum(['eligible', 'possible', 'not-eligible']);

export const eligibilityRuleSchema = z.strictObject({
  /** Applies when the condition holds; the first matching rule decides. A rule without `when` always matches. */
  when: conditionSchema.optional(),
  outcome: outcomeSchema,
  reason: nonEmpty,
  en: z.strictObject({ reason: nonEmpty }).optional(),
  benefit: benefitSchema.optional(),
});

export const measureEligibilitySchema = z.strictObject({
  /** universal: every enterprise benefits (普惠性); targeted: depends on the profile (个性化). */
  scope: z.enum(['universal', 'targeted']),
  /** Profile questions this measure needs, in the order they are asked. */
  asks: z.array(idSchema).default([]),
  rules: z.array(eligibilityRuleSchema).min(1),
});

export const eligibilityFileSchema = z.strictObject({
  /** The order in which a full check-up asks the profile. */
  questions: z.array(eligibilityQuestionSchema).min(1),
});

export type StatedAnswer = z.infer<typeof statedAnswerSchema>;
export type Money = z.infer<typeof moneySchema>;
export type MoneyUnit = z.infer<typeof moneyUnitSchema>;
export type EligibilityQuestion = z.infer<typeof eligibilityQuestionSchema>;
export type QuestionEnglish = z.infer<typeof questionEnglishSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;
export type MeasureEligibility = z.infer<typeof measureEligibilitySchema>;
