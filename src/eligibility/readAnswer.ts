// Reads the answer to the question being asked: a direct answer (是, 600万, an option), or failing
// that, the answer stated in a sentence (“我们用的是杭州机房的算力，在上海没有租” → no), from the
// question's `says` phrases.
import { type ParseResult, parseAnswer } from './parseAnswer.js';
import type { Wording } from './texts.js';
import type { EligibilityQuestion } from './schema.js';
import { readStatedFacts } from './statedFacts.js';

export function readAnswer(question: EligibilityQuestion, text: string, wording: Wording): ParseResult {
  const parsed = parseAnswer(question, text, wording);
  if (parsed.ok) return parsed;
  const stated = readStatedFacts(text, [question])[question.id];
  return stated === undefined ? parsed : { ok: true, value: stated };
}
