// Our real cards (measure, question, result, welcome, overview, 服务包) and texts as WeCom
// messages: markdown within the documented subset and 2048 bytes, template cards with at most 6
// buttons whose keys bring back the cards' values, short questions as a template card alone.
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { composeAnswer, composeMeasureAnswer } from '../../src/answers/composeAnswer.js';
import {
  evaluationActivity,
  questionActivity,
  servicePackageCard,
} from '../../src/bot/cards/eligibilityCards.js';
import { measureCard } from '../../src/bot/cards/measureCard.js';
import { overviewCard } from '../../src/bot/cards/listCards.js';
import { welcomeCard } from '../../src/bot/cards/welcomeCard.js';
import { runCheckup } from '../../src/eligibility/checkup.js';
import { evaluateMeasure, questionsFor } from '../../src/eligibility/evaluateMeasure.js';
import { chineseDate } from '../../src/kb/chineseDate.js';
import { toWeComMessages } from '../../src/wecom/activityMessages.js';
import { ButtonKeys } from '../../src/wecom/buttonKeys.js';
import type { WeComMessage } from '../../src/wecom/outgoingMessage.js';
import { TODAY } from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';

const kb = knowledge();
const keys = new ButtonKeys();
const render = (activity: Partial<Activity>) => toWeComMessages(activity, { buttonKeys: keys });
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function markdownOf(messages: WeComMessage[]): string {
  return messages.flatMap((m) => (m.msgtype === 'markdown' ? [m.markdown.content] : [])).join('\n');
}

function cardsOf(messages: WeComMessage[]) {
  return messages.flatMap((m) => (m.msgtype === 'template_card' ? [m.template_card] : []));
}

/** What each button of a template card brings back when clicked. */
function clicks(messages: WeComMessage[]) {
  return cardsOf(messages).flatMap((c) =>
    c.button_list.map((b) => {
      const decoded = keys.decode(b.key);
      return { text: b.text, value: decoded.found ? decoded.value : undefined };
    }),
  );
}

function withinLimits(messages: WeComMessage[]) {
  for (const m of messages) {
    if (m.msgtype === 'text') expect(bytes(m.text.content)).toBeLessThanOrEqual(2048);
    if (m.msgtype === 'markdown') expect(bytes(m.markdown.content)).toBeLessThanOrEqual(2048);
    if (m.msgtype === 'template_card') {
      const card = m.template_card;
      expect(card.card_type).toBe('button_interaction');
      expect(card.task_id).toMatch(/^[A-Za-z0-9_\-@]{1,128}$/);
      expect(card.main_title.title).not.toBe('');
      expect(card.button_list.length).toBeGreaterThan(0);
      expect(card.button_list.length).toBeLessThanOrEqual(6);
      const cardKeys = card.button_list.map((b) => b.key);
      expect(new Set(cardKeys).size).toBe(cardKeys.length);
      for (const k of cardKeys) expect(bytes(k)).toBeLessThanOrEqual(1024);
    }
  }
}

describe('text', () => {
  it('plain text as text messages, cut within 2048 bytes at line breaks', () => {
    const text = Array.from({ length: 150 }, (_, i) => `第${i}条:以上为依据《若干措施》报道的初步测算`).join(
      '\n',
    );
    const messages = render({ type: 'message', text, textFormat: 'plain' });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => m.msgtype === 'text')).toBe(true);
    withinLimits(messages);
    expect(messages.map((m) => (m.msgtype === 'text' ? m.text.content : '')).join('\n')).toBe(text);
  });

  it('markdown text as markdown; typing and other activities as nothing', () => {
    expect(render({ type: 'message', text: '**粗体**', textFormat: 'markdown' })).toEqual([
      { msgtype: 'markdown', markdown: { content: '**粗体**' } },
    ]);
    expect(render({ type: 'typing' })).toEqual([]);
    expect(render({ type: 'message', text: '   ' })).toEqual([]);
  });
});

describe('eligibility questions', () => {
  const yesNo = kb.questionById.get('is-high-tech')!;
  it('a yes/no question is one template card: the question as its title, 是/否 as buttons', () => {
    const messages = render(questionActivity(kb, yesNo, 'wecom'));
    withinLimits(messages);
    expect(messages).toHaveLength(1);
    const [card] = cardsOf(messages);
    expect(card!.main_title.title).toBe(yesNo.text);
    expect(clicks(messages)).toEqual([
      { text: '是', value: { action: 'answer', text: '是' } },
      { text: '否', value: { action: 'answer', text: '否' } },
    ]);
  });

  it('a preface goes under the title; an amount question (no buttons) is markdown', () => {
    const [card] = cardsOf(render(questionActivity(kb, yesNo, 'wecom', kb.replies.eligibility.resume)));
    expect(card!.sub_title_text).toBe(kb.replies.eligibility.resume);
    const amount = kb.questionById.get('rd-last-year')!;
    const messages = render(questionActivity(kb, amount, 'wecom'));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.msgtype).toBe('markdown');
    expect(markdownOf(messages)).toContain(`**${amount.text}`);
  });

  it('a choice question offers every option as a button', () => {
    const choice = kb.questionById.get('specialized-status')!;
    if (choice.type !== 'choice') throw new Error('expected a choice question');
    const messages = render(questionActivity(kb, choice, 'wecom'));
    withinLimits(messages);
    expect(clicks(messages).map((c) => c.value)).toEqual(
      choice.options.map((o) => ({ action: 'answer', text: o.label })),
    );
  });

  it('the result: markdown with the arithmetic, then its two buttons', () => {
    const measure = kb.measureById.get('rd-reward')!;
    const answers = { 'is-high-tech': true, 'first-time-sishang': true, 'rd-last-year': 6_000_000 };
    const evaluation = evaluateMeasure(measure, answers, TODAY, kb);
    const relevant = new Set(questionsFor([measure], kb.questions).map((q) => q.id));
    const messages = render(evaluationActivity(kb, measure, evaluation, answers, relevant, 'wecom'));
    withinLimits(messages);
    const md = markdownOf(messages);
    expect(md).toContain('600万元 × 5% = 30万元');
    expect(md).toContain(kb.replies.eligibility.outcome.eligible);
    expect(clicks(messages).map((c) => c.text)).toEqual([
      kb.replies.eligibility.viewMeasure,
      kb.replies.eligibility.startCheckup,
    ]);
  });
});

describe('answers', () => {
  it('a measure card: title, key figures and sections as markdown, then its buttons, 我能申请吗? first', () => {
    const measure = kb.measureById.get('ai-compute-voucher')!;
    const answer = composeMeasureAnswer(kb, measure, TODAY);
    const messages = render({ type: 'message', attachments: [measureCard(kb, answer)] });
    withinLimits(messages);
    const md = markdownOf(messages);
    expect(md).toContain(`## ${measure.title}`);
    expect(md).toContain('20%');
    expect(md).toMatch(new RegExp(`\\*\\*${kb.replies.measure.factsHeading}\\*\\*`));
    expect(md).toContain(`**${answer.keyFacts[0]!.label}**:`);
    for (const related of answer.related) expect(md).toContain(`· 第${related.number}项 ${related.title}`);
    const buttons = clicks(messages);
    expect(buttons[0]).toEqual({
      text: kb.replies.measure.canIApply,
      value: { action: 'eligibility', id: measure.id, text: kb.replies.measure.canIApply },
    });
    expect(buttons.map((b) => b.text)).toContain(kb.replies.measure.useful);
    expect(cardsOf(messages)[0]!.main_title.title).toBe(measure.title);
    // Markdown comes first, the buttons last.
    expect(messages.at(-1)!.msgtype).toBe('template_card');
  });

  it('the welcome card: 7 buttons, so the check-up and 5 areas on the card, every area in the text', () => {
    const messages = render({ type: 'message', attachments: [welcomeCard(kb)] });
    withinLimits(messages);
    const buttons = clicks(messages);
    expect(buttons).toHaveLength(6);
    expect(buttons[0]!.value).toMatchObject({ action: 'checkup' });
    const md = markdownOf(messages);
    for (const area of kb.areas) expect(md).toContain(`· ${area.shortTitle}`);
  });

  it('the overview: all 28 measures listed (over several messages), 6 of them as buttons', () => {
    const overview = composeAnswer(
      kb,
      { answered: true, kind: 'overview', matches: [], confidence: 1 },
      TODAY,
    );
    if (overview.type !== 'overview') throw new Error('expected the overview');
    const messages = render({ type: 'message', attachments: [overviewCard(kb, overview)] });
    withinLimits(messages);
    const md = markdownOf(messages);
    for (const m of kb.measures) expect(md).toContain(`第${m.number}项 ${m.title}`);
    expect(clicks(messages)).toHaveLength(6);
  });

  it('the 服务包: markdown (cut within the limit) with its share link, and its text-version button', () => {
    const measures = kb.measures.filter((m) => m.eligibility);
    const pkg = runCheckup(
      measures,
      { 'is-high-tech': true, 'first-time-sishang': true, 'rd-last-year': 6_000_000, 'rents-compute': false },
      TODAY,
      kb,
    );
    const activity = servicePackageCard(kb, pkg, chineseDate(TODAY));
    // The share link another part adds as an Action.OpenUrl.
    const content = activity.attachments![0]!.content as { actions: unknown[] };
    content.actions.push({
      type: 'Action.OpenUrl',
      title: '分享链接',
      url: 'https://yiqi.example.org/p/abc123',
    });
    const messages = render(activity);
    withinLimits(messages);
    const md = markdownOf(messages);
    expect(md).toContain(`## ${kb.replies.eligibility.checkupTitle}`);
    expect(md).toContain(kb.replies.eligibility.universalHeading);
    expect(md).toContain('[分享链接](https://yiqi.example.org/p/abc123)');
    expect(clicks(messages).map((c) => c.value)).toEqual([
      { action: 'servicePackageText', text: kb.replies.eligibility.copyText },
    ]);
  });

  it('gives every template card its own task_id', () => {
    const q = questionActivity(kb, kb.questionById.get('is-high-tech')!, 'wecom');
    const ids = Array.from({ length: 50 }, () => cardsOf(render(q))[0]!.task_id);
    expect(new Set(ids).size).toBe(50);
  });
});
