// The list by today's date: what was asked for first, the undated never as open — and, when the
// question waves what has ended away (过期的别给我列), only a count of it.
import { describe, expect, it } from 'vitest';
import { composeStatusList } from '../../src/answers/composeStatusList.js';
import { renderStatusListText } from '../../src/answers/renderStatusListText.js';
import { statusListCard } from '../../src/bot/cards/statusListCard.js';
import { kbIn } from '../../src/kb/language.js';
import { knowledge } from '../helpers/knowledge.js';

const TODAY = '2026-12-02';

describe('composeStatusList', () => {
  it('lists what has ended after what is open', () => {
    const kb = knowledge();
    const text = renderStatusListText(kb, composeStatusList(kb, 'open', TODAY));
    expect(text).toContain('政府采购预留份额');
    expect(text).toContain('报道没有写明截止时间');
  });

  it('only counts what has ended when the question waved it away', () => {
    const kb = knowledge();
    const answer = composeStatusList(kb, 'open', TODAY, undefined, { hideEnded: true });
    const passed = answer.ended.length + answer.targetPassed.length;
    const text = renderStatusListText(kb, answer);
    expect(text).not.toContain('政府采购预留份额');
    expect(text).toContain(`已过的${passed}项没有列出`);
    expect(JSON.stringify(statusListCard(kb, answer))).not.toContain('政府采购预留份额');
    const en = kbIn(kb, 'en');
    const english = renderStatusListText(
      en,
      composeStatusList(en, 'open', TODAY, undefined, { hideEnded: true }),
    );
    expect(english).toContain(`the ${passed} measures whose stage has ended`);
  });

  it('lists only the undated measures when those are asked for, and counts what has ended', () => {
    const kb = knowledge();
    const answer = composeStatusList(kb, 'undated', TODAY);
    const passed = answer.ended.length + answer.targetPassed.length;
    const text = renderStatusListText(kb, answer);
    expect(text).toContain('报道没有写明截止时间');
    expect(text).not.toContain('政府采购预留份额');
    expect(text).toContain(`另有${passed}项`);
    expect(JSON.stringify(statusListCard(kb, answer))).not.toContain('政府采购预留份额');
  });
});
