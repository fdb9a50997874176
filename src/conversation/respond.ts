// The bot's decision for one message, outside any dialog: which answer to give, or which flow to
// start. Pure: the Bot Framework layer (MainDialog), `yiqi ask` and the tests all call this.
import type { Answer } from '../answers/answer.js';
import { composeAnswer, composeMeasureAnswer } from '../answers/composeAnswer.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { SearchEngine, SearchResult } from '../search/searchEngine.js';
import { detectIntent, type Intent } from './detectIntent.js';

export interface ConversationContext {
  /** The measure the last answer was about: follow-ups (怎么申请, 最多多少) refer to it. */
  lastMeasureId?: string;
}

export type Response =
  | {
      kind: 'answer';
      answer: Answer;
      /** The search behind the answer, when there was one (for maintainers' records). */
      search?: SearchResult;
    }
  /** The user wants a person: a service request when one can be opened, the human channels otherwise. */
  | { kind: 'handoff'; reason: 'asked' | 'declines' }
  | { kind: 'start-checkup' }
  | { kind: 'start-eligibility'; measureId: string }
  | { kind: 'cancel' }
  | { kind: 'restart' };

export interface ResponderOptions {
  kb: KnowledgeBase;
  engine: SearchEngine;
  /** Today's date (Shanghai day) as YYYY-MM-DD. */
  today: () => string;
}

/** Confidence at which a measure named beside a softer wish for a person is what the question is about. */
const CLEAR_MEASURE = 0.75;

export class Responder {
  constructor(private readonly options: ResponderOptions) {}

  get kb(): KnowledgeBase {
    return this.options.kb;
  }

  intentOf(text: string): Intent {
    return detectIntent(text, { glossary: this.options.kb.glossary });
  }

  respond(text: string, context: ConversationContext = {}): Response {
    const { kb, engine, today } = this.options;
    const intent = this.intentOf(text);
    const last = context.lastMeasureId ? kb.measureById.get(context.lastMeasureId) : undefined;
    switch (intent.type) {
      case 'smalltalk':
        return { kind: 'answer', answer: { type: 'smalltalk', kind: intent.kind } };
      case 'cancel':
        return { kind: 'cancel' };
      case 'restart':
        return { kind: 'restart' };
      case 'checkup':
        return { kind: 'start-checkup' };
      case 'person': {
        if (!intent.soft) return { kind: 'handoff', reason: 'asked' };
        // 电话, 投诉, 上门 beside a clearly named measure ask how to reach someone about it; alone
        // (我要投诉) they ask for a person, whatever the soft word itself would match.
        const result = engine.search(intent.rest);
        if (result.kind === 'measure' && result.confidence >= CLEAR_MEASURE)
          return this.answer(result, 'apply');
        return { kind: 'handoff', reason: 'asked' };
      }
      case 'glossary': {
        const term = kb.glossary.find((t) => t.id === intent.termId)!;
        const related = term.related.flatMap((id) => kb.measureById.get(id) ?? []);
        return { kind: 'answer', answer: { type: 'glossary', term, related } };
      }
      case 'eligibility': {
        const found = intent.topic ? engine.search(intent.topic) : undefined;
        const measure =
          found?.kind === 'measure'
            ? kb.measureById.get(found.matches[0]!.id)
            : found === undefined
              ? last
              : undefined;
        if (!measure) return found ? this.answer(found) : { kind: 'start-checkup' };
        if (measure.eligibility) return { kind: 'start-eligibility', measureId: measure.id };
        return { kind: 'answer', answer: composeMeasureAnswer(kb, measure, today(), 'conditions') };
      }
      case 'question': {
        // A bare follow-up (怎么申请, 最多补多少) is about the last measure.
        if (intent.focus && last && intent.topic.length <= 1) {
          return { kind: 'answer', answer: composeMeasureAnswer(kb, last, today(), intent.focus) };
        }
        const result = engine.search(intent.text);
        if (result.kind === 'none' && intent.focus && last && result.declined === 'low-confidence') {
          return { kind: 'answer', answer: composeMeasureAnswer(kb, last, today(), intent.focus) };
        }
        return this.answer(result, intent.focus);
      }
    }
  }

  private answer(result: SearchResult, focus?: Parameters<typeof composeAnswer>[3]): Response {
    return {
      kind: 'answer',
      answer: composeAnswer(this.options.kb, result, this.options.today(), focus),
      search: result,
    };
  }
}
