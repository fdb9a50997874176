// How a profile question is put to a user as plain text, and how an answer reads back in a summary,
// in the language of the wording given (the knowledge base view the question comes from).
import { formatAmount } from './money.js';
import type { AnswerValue } from './parseAnswer.js';
import type { EligibilityQuestion } from './schema.js';
import { fill, type Wording } from './texts.js';

/**
 * The question as plain text: its text, and for a choice question the numbered options, one a line.
 * (Yes/no questions say 是/否 in their text; an amount question's example is in its re-prompt.)
 */
export function questionPrompt(question: EligibilityQuestion, wording: Wording): string {
  if (question.type !== 'choice') return question.text;
  const options = question.options.map((o, i) =>
    fill(wording.eligibilityTexts.prompt.option, { n: i + 1, label: o.label }),
  );
  return [question.text, ...options].join('\n');
}

/** An answer as a summary shows it: 是/否, 600万元 (6,000,000 yuan (600万元)), or the option's label. */
export function formatAnswer(
  question: EligibilityQuestion,
  value: AnswerValue | undefined,
  wording: Wording,
): string {
  const texts = wording.eligibilityTexts.answer;
  if (value === undefined) return texts.missing;
  switch (question.type) {
    case 'yesno':
      return value === true ? texts.yes : value === false ? texts.no : String(value);
    case 'amount':
      return typeof value === 'number' ? formatAmount(value, '元', wording.lang) : String(value);
    case 'choice':
      return question.options.find((o) => o.id === value)?.label ?? String(value);
  }
}
