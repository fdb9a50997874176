// What may be recorded for maintainers, decided in one place in front of every maintainers' log:
// at most what the matcher reads of a question (its first 300 characters), with personal data
// masked; never an answer to a profile question (是, 600万, 都不是 — they arrive as messages when no
// question is pending, and are not “unanswered questions”); feedback only for a measure that exists.
import { compact, isSkipAnswer, matchChoice, parseYesNo, readAmount } from '../eligibility/parseAnswer.js';
import type { EligibilityQuestion } from '../eligibility/schema.js';
import { MAX_QUERY_CHARS } from '../search/normalizeQuery.js';
import type { MaintainerLog, MaintainerRecord } from './maintainerLog.js';
import { maskPersonalData } from './maskPersonalData.js';

/** Answers are short; a longer message is a question even when it holds an amount or an option. */
const MAX_ANSWER_CHARS = 12;
/** Characters an amount answer is made of (大约600万元左右). */
const AMOUNT_ONLY =
  /^(?:[\d.,零〇一二两三四五六七八九十百千万亿点元块wk¥$多余约]|大概|大约|左右|差不多|人民币|rmb)+$/u;

/** Whether the text reads as an answer to one of the profile questions rather than a question. */
export function isProfileAnswer(text: string, questions: readonly EligibilityQuestion[]): boolean {
  const t = compact(text);
  if (t === '' || [...t].length > MAX_ANSWER_CHARS) return false;
  if (parseYesNo(text) !== undefined || isSkipAnswer(text)) return true;
  if (AMOUNT_ONLY.test(t) && readAmount(text) !== undefined) return true;
  return questions.some((q) => q.type === 'choice' && matchChoice(text, q.options) !== undefined);
}

/** A question as kept for maintainers: the part the matcher reads, masked. */
export function recordableQuestion(text: string): string {
  return maskPersonalData([...text.normalize('NFKC')].slice(0, MAX_QUERY_CHARS).join(''));
}

export class RecordPolicyLog implements MaintainerLog {
  constructor(
    private readonly inner: MaintainerLog,
    private readonly knowledge: {
      questions: readonly EligibilityQuestion[];
      measureExists: (id: string) => boolean;
    },
  ) {}

  record(entry: MaintainerRecord): Promise<void> {
    switch (entry.type) {
      case 'unanswered':
        if (isProfileAnswer(entry.q, this.knowledge.questions)) return Promise.resolve();
        return this.inner.record({ ...entry, q: recordableQuestion(entry.q) });
      case 'low-confidence':
        if (!this.knowledge.measureExists(entry.measureId)) return Promise.resolve();
        return this.inner.record({ ...entry, q: recordableQuestion(entry.q) });
      case 'feedback': {
        if (!this.knowledge.measureExists(entry.measureId)) return Promise.resolve();
        const { q, ...rest } = entry;
        return this.inner.record(q === undefined ? rest : { ...rest, q: recordableQuestion(q) });
      }
      case 'rating':
        return this.inner.record(entry);
      case 'rating-comment':
        // A comment is free text: kept as short and as masked as a question.
        return this.inner.record({ ...entry, comment: recordableQuestion(entry.comment) });
    }
  }
}
