// Asked whether measures can be used together (无缝续贷和融资担保能同时用吗, 这仨能一起申请吗): the source
// does not say, so the comparison or the sections say so and where to ask — in text and on the card,
// in Chinese and in English — and a question that does not ask it does not get the line.
import { describe, expect, it } from 'vitest';
import { composeComparison } from '../../src/answers/composeComparison.js';
import { composeSeveral } from '../../src/answers/composeSeveral.js';
import { renderAnswerText } from '../../src/answers/renderText.js';
import { comparisonCard } from '../../src/bot/cards/comparisonCard.js';
import { asksCombined } from '../../src/conversation/asksCombined.js';
import { readComparison } from '../../src/conversation/readComparison.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const TODAY = '2026-12-02';

describe('asking whether measures can be used together', () => {
  const kb = knowledge();
  const renewal = kb.measureById.get('seamless-renewal')!;
  const guarantee = kb.measureById.get('financing-guarantee')!;

  it.each([
    '无缝续贷和融资担保能同时用吗',
    '这仨我们能一起申请吗',
    '能不能叠加享受',
    'Can we combine them?',
    'Can we apply for both together?',
  ])('%s asks it', (text) => expect(asksCombined(text)).toBe(true));

  it.each([
    '同时是有效期内的高企',
    '无缝续贷怎么申请',
    '我们园区几家企业想一起申报特色产业集群',
    'AI compute voucher and the cloud one - key figures for each? trying to put together a slide',
    'My wife and I started our small parts factory in Songjiang together',
  ])('%s does not', (text) => expect(asksCombined(text)).toBe(false));

  it('compares two measures asked about together, but not three', () => {
    const two = readComparison('无缝续贷和融资担保能同时用吗', searchEngine(), kb, {});
    expect(two?.pair.map((m) => m.id)).toEqual(['seamless-renewal', 'financing-guarantee']);
    expect(two?.combined).toBe(true);
    expect(
      readComparison('智评券、AI算力券、上平台上云，这仨能一起申请吗', searchEngine(), kb, {}),
    ).toBeUndefined();
  });

  it('says the source is silent, in the comparison text and card, in both languages', () => {
    const zh = composeComparison(kb, renewal, guarantee, TODAY, false, true);
    expect(renderAnswerText(kb, zh)).toContain(kb.replies.combined);
    expect(JSON.stringify(comparisonCard(kb, zh))).toContain(kb.replies.combined);
    const en = composeComparison(kb.en!, renewal, guarantee, TODAY, false, true);
    expect(renderAnswerText(kb.en!, en)).toContain(
      'does not say whether these measures can be used together',
    );
    const plain = composeComparison(kb, renewal, guarantee, TODAY, false);
    expect(renderAnswerText(kb, plain)).not.toContain(kb.replies.combined);
  });

  it('says it above the sections of several measures', () => {
    const answer = composeSeveral(
      kb,
      [
        { kind: 'measure', measure: renewal },
        { kind: 'measure', measure: guarantee },
      ],
      TODAY,
      { combined: true },
    );
    expect(renderAnswerText(kb, answer).split('\n')[1]).toBe(kb.replies.combined);
  });
});
