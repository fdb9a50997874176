// The kind of reply an answer is, in the vocabulary of the conversation tests
// (test/fixtures/conversations/README.md): a list, a comparison, a person …
import type { Answer } from './answer.js';

export type AnswerReplyKind =
  | 'measure'
  | 'multi'
  | 'compare'
  | 'list'
  | 'person'
  | 'partial'
  | 'declined'
  | 'choice'
  | 'glossary'
  | 'result'
  | 'smalltalk';

/** Every kind of reply a turn can give: an answer's kind, or a dialog's question or result. */
export type ReplyKind = AnswerReplyKind | 'question' | 'result';

/**
 * Every kind a reply is: its own, and a partial answer inside an answer about several things (a part
 * the measures do not cover, with what may still help).
 */
export function replyKindsOf(answer: Answer): AnswerReplyKind[] {
  const kind = replyKindOf(answer);
  return answer.type === 'several' && answer.sections.some((s) => s.kind === 'outside' && s.mayHelp)
    ? [kind, 'partial']
    : [kind];
}

export function replyKindOf(answer: Answer): AnswerReplyKind {
  switch (answer.type) {
    case 'measure':
      return 'measure';
    case 'several':
      return 'multi';
    case 'compare':
      return 'compare';
    case 'area':
    case 'overview':
    case 'status-list':
      return 'list';
    case 'person':
      return 'person';
    case 'partial':
      return 'partial';
    case 'declined':
      return 'declined';
    case 'ambiguous':
      return 'choice';
    case 'glossary':
      return 'glossary';
    case 'calculation':
      return 'result';
    case 'smalltalk':
      return 'smalltalk';
  }
}
