// Reads the answer to the question being asked: a direct answer (是, 600万, an option), or failing
// that, the answer stated in a sentence (“我们用的是杭州机房的算力，在上海没有租” → no), from the
// question's `says` phrases — which, for a choice, come first.
import { type ParseResult, parseAnswer } from './parseAnswer.js';
import type { Wording } from './texts.js';
import type { EligibilityQuestion } from './schema.js';
import { readStatedFacts } from './statedFacts.js';

export function readAnswer(question: EligibilityQuestion, text: string, wording: Wording): ParseResult {
  const parsed = parseAnswer(question, text, wording);
  // An option's synonyms are bare words (小巨人); a stated phrase (2022年就是国家级小巨人) says more
  // and outweighs them. A yes/no answer's own 是/否 stays as typed.
  if (parsed.ok && question.type !== 'choice') return parsed;
  const stated = readStatedFacts(text, [question])[question.id];
  return stated === undefined ? parsed : { ok: true, value: stated };
}
