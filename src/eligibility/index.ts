// The eligibility core: profile questions, answer parsing, rule evaluation and the 服务包. Pure
// TypeScript — the dialogs and the CLI build on these exports; nothing here imports botbuilder.
export * from './schema.js';
export * from './checkReferences.js';
export * from './condition.js';
export { moneyToYuan, roundToFen, formatAmount, englishNumber, type AmountUnit } from './money.js';
export * from './parseAnswer.js';
export * from './evaluateMeasure.js';
export * from './questionPrompt.js';
export * from './checkup.js';
export { fill, eligibilityTextsSchema, type EligibilityTexts, type Wording } from './texts.js';
