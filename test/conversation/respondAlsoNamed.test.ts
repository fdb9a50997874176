// Measures a message names but does not ask about now (先说小升规; 春雨润苗、益企赋。春雨润苗是个啥):
// the one asked about is answered, the reply says which others were named, and “另外那个呢” or
// “the other one” then answers one of them — in every channel's text and card.
import { describe, expect, it } from 'vitest';
import { Responder, type ConversationContext } from '../../src/conversation/respond.js';
import { afterAnswer } from '../../src/conversation/afterAnswer.js';
import { renderAnswerText } from '../../src/answers/renderText.js';
import { measureCard } from '../../src/bot/cards/measureCard.js';
import { kbIn } from '../../src/kb/language.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const responder = new Responder({ kb: knowledge(), engine: searchEngine(), today: () => '2026-12-02' });

/** Runs the messages as one conversation; returns each answer. */
function talk(...messages: string[]) {
  let context: ConversationContext = {};
  return messages.map((text) => {
    const response = responder.respond(text, context);
    if (response.kind !== 'answer') return response;
    context = afterAnswer(context, response.answer);
    return response.answer;
  });
}

const measureId = (a: unknown) =>
  (a as { type?: string; measure?: { id: string } }).type === 'measure'
    ? (a as { measure: { id: string } }).measure.id
    : ((a as { type?: string; kind?: string }).type ?? (a as { kind: string }).kind);

describe('measures named beside the one asked about', () => {
  it('answers the one asked to hear first, then the other one on request', () => {
    const [first, other] = talk('小升规和研发奖励我都想了解，先说小升规', '那另外那个呢');
    expect(measureId(first)).toBe('scale-up');
    expect(measureId(other)).toBe('rd-reward');
  });

  it('keeps a measure named only in the background for later', () => {
    const [first, other] = talk('群里有人转了两个：春雨润苗、益企赋。春雨润苗是个啥', '那另外那个呢');
    expect(measureId(first)).toBe('spring-rain-tax');
    expect(measureId(other)).toBe('yiqifu-actions');
  });

  it('does the same in English', () => {
    let context: ConversationContext = { lang: 'en' };
    const first = responder.respond(
      'I want to know about the R&D reward and the AI computing power voucher. Start with the AI computing power voucher.',
      context,
    );
    expect(first.kind === 'answer' && measureId(first.answer)).toBe('ai-compute-voucher');
    if (first.kind === 'answer') context = afterAnswer(context, first.answer);
    const other = responder.respond('And the other one?', context);
    expect(other.kind === 'answer' && measureId(other.answer)).toBe('rd-reward');
  });

  it('says in the text and on the card which others were named and how to see them', () => {
    const [first] = talk('小升规和研发奖励我都想了解，先说小升规');
    if (!first || !('type' in first) || first.type !== 'measure')
      throw new Error('expected a measure answer');
    expect(renderAnswerText(knowledge(), first)).toContain(
      '您还问到了第3项 研发投入奖励,回复“另外那个”即可查看。',
    );
    const card = JSON.stringify(measureCard(knowledge(), first));
    expect(card).toContain('另外那个');
    expect(card).toContain('"id":"rd-reward"');
    const en = kbIn(knowledge(), 'en');
    expect(renderAnswerText(en, { ...first, alsoNamed: [en.measureById.get('rd-reward')!] })).toContain(
      'Reply “the other one” to see it.',
    );
  });

  it('names nothing more when the message asks about one measure alone', () => {
    const [only] = talk('研发投入奖励最多多少');
    expect((only as { alsoNamed?: unknown }).alsoNamed).toBeUndefined();
  });
});
