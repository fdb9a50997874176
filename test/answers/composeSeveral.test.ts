// Several things in one message: a section each when they are listed by name; when the message tells
// the enterprise's own situation and one need is outside the 28 measures, the reply is that topic's
// partial answer, offering the measures found for the other needs and those the topic names.
import { describe, expect, it } from 'vitest';
import { composeSeveral, type SectionTarget } from '../../src/answers/composeSeveral.js';
import { renderAnswerText } from '../../src/answers/renderText.js';
import { replyKindsOf } from '../../src/answers/replyKind.js';
import { knowledge } from '../helpers/knowledge.js';

describe('composing an answer about several things', () => {
  const kb = knowledge();
  const rent = kb.notCovered.find((t) => t.id === 'rent-relief')!;
  const targets: SectionTarget[] = [
    { kind: 'outside', label: rent.name, topicId: rent.id },
    { kind: 'measure', measure: kb.measureById.get('ai-compute-voucher')! },
  ];

  it('keeps a section each for things listed by name, the uncovered one with what may still help', () => {
    const answer = composeSeveral(kb, targets, '2026-12-02');
    expect(answer.type).toBe('several');
    if (answer.type !== 'several') return;
    const outside = answer.sections[0]!;
    expect(outside.kind === 'outside' && outside.mayHelp?.map((b) => b.measure.id)).toEqual(
      rent.mayHelp.filter((id) => id !== 'ai-compute-voucher'),
    );
    expect(replyKindsOf(answer)).toEqual(['multi', 'partial']);
    const text = renderAnswerText(kb, answer);
    expect(text).toContain(kb.replies.several.mayHelp);
    expect(text).toContain('第24项');
  });

  it('offers nothing beside a section that a measure has already (the measure is its own section)', () => {
    const answer = composeSeveral(
      kb,
      [
        { kind: 'outside', label: rent.name, topicId: rent.id },
        ...rent.mayHelp.map((id) => ({ kind: 'measure' as const, measure: kb.measureById.get(id)! })),
      ],
      '2026-12-02',
    );
    expect(answer.type === 'several' && answer.sections[0]).toEqual({ kind: 'outside', label: rent.name });
    expect(replyKindsOf(answer)).toEqual(['multi']);
  });

  it('answers a story with an uncovered need as that topic’s partial answer', () => {
    const answer = composeSeveral(kb, targets, '2026-12-02', { asOnePartial: true });
    expect(answer.type).toBe('partial');
    if (answer.type !== 'partial') return;
    expect(answer.topic).toBe(rent.name);
    const offered = answer.mayHelp.map((b) => b.measure.id);
    expect(offered[0]).toBe('ai-compute-voucher');
    for (const id of rent.mayHelp) expect(offered).toContain(id);
    expect(new Set(offered).size).toBe(offered.length);
  });

  it('offers an area’s measures when the other need names only an area (资金也有点紧)', () => {
    const land = kb.notCovered.find((t) => t.id === 'industrial-land')!;
    const finance = kb.areaById.get('finance')!;
    const answer = composeSeveral(
      kb,
      [
        { kind: 'outside', label: land.name, topicId: land.id },
        { kind: 'area', area: finance, label: '资金' },
      ],
      '2026-12-02',
      { asOnePartial: true },
    );
    expect(answer.type).toBe('partial');
    if (answer.type !== 'partial') return;
    const offered = answer.mayHelp.map((b) => b.measure.id);
    for (const m of kb.measures.filter((x) => x.area === 'finance')) expect(offered).toContain(m.id);
  });

  it('says what the message asks of each measure (这两条现在还有效吗 → the time of each)', () => {
    const answer = composeSeveral(
      kb,
      [
        { kind: 'measure', measure: kb.measureById.get('ai-compute-voucher')! },
        { kind: 'measure', measure: kb.measureById.get('financing-guarantee')! },
      ],
      '2026-12-02',
      { focus: 'deadline' },
    );
    const text = renderAnswerText(kb, answer);
    expect(text).toContain('关于“AI算力券”的时间');
    expect(text).toContain('关于“融资担保降费”的时间');
  });

  it('keeps sections when another region is asked about too', () => {
    const withRegion: SectionTarget[] = [
      ...targets,
      { kind: 'outside', label: '深圳的补贴', region: '深圳' },
    ];
    expect(composeSeveral(kb, withRegion, '2026-12-02', { asOnePartial: true }).type).toBe('several');
  });
});
