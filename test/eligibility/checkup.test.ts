// The 服务包 of a check-up: the groups a full profile falls into, and the text a service specialist
// pastes into WeChat (or the Markdown) with its amounts, arithmetic, channels and numbering caveat.
import { describe, expect, it } from 'vitest';
import {
  runCheckup,
  servicePackageMarkdown,
  servicePackageText,
  type ServicePackage,
} from '../../src/eligibility/checkup.js';
import type { Answers } from '../../src/eligibility/parseAnswer.js';
import { knowledge } from '../helpers/knowledge.js';

const kb = knowledge();
const UNIVERSAL = ['job-stabilization', 'spring-rain-tax', 'relief-specialists', 'service-network'];

const fullProfile: Answers = {
  'is-high-tech': true,
  'first-time-sishang': true,
  'rd-last-year': 6_000_000,
  'specialized-status': 'new-giant',
  'scale-status': 'output-milestone',
  'is-guishang-industrial': true,
  'retrofit-investment': 15_000_000,
  'rents-compute': true,
  'compute-contract': 8_000_000,
  'needs-financing': true,
  'bids-public-projects': true,
  'is-tech-sme': true,
  'has-transfer-recognition': true,
};

function ids(pkg: ServicePackage): Record<string, string[]> {
  return {
    universal: pkg.universal.map((e) => e.measureId),
    targeted: pkg.targeted.map((e) => e.measureId),
    possible: pkg.possible.map((e) => e.measureId),
    notEligible: pkg.notEligible.map((e) => e.measureId),
    ended: pkg.ended.map((e) => e.measureId),
  };
}

describe('runCheckup', () => {
  it('groups a full profile on 2026-11-26 into 普惠性, 个性化, possible and ended', () => {
    expect(ids(runCheckup(kb.measures, fullProfile, '2026-11-26', kb))).toEqual({
      universal: UNIVERSAL,
      targeted: ['specialized-sme', 'rd-reward', 'ai-compute-voucher'],
      possible: [
        'scale-up',
        'tech-achievements',
        'tech-retrofit',
        'smart-manufacturing-voucher',
        'seamless-renewal',
        'financing-guarantee',
      ],
      notEligible: [],
      ended: ['gov-procurement'],
    });
  });

  it('counts the procurement set-aside as 个性化 on 2023-06-01, when it had not ended', () => {
    const groups = ids(runCheckup(kb.measures, fullProfile, '2023-06-01', kb));
    expect(groups.targeted).toContain('gov-procurement');
    expect(groups.ended).toEqual([]);
  });

  it('puts the universal measures in 普惠性政策 whatever the answers, even none', () => {
    for (const answers of [{}, fullProfile, { 'is-high-tech': false }]) {
      expect(ids(runCheckup(kb.measures, answers, '2026-11-26', kb)).universal).toEqual(UNIVERSAL);
    }
  });

  it('lists measures left open by missing answers as possible, and ruled-out ones as not eligible', () => {
    const groups = ids(
      runCheckup(kb.measures, { 'is-high-tech': false, 'rents-compute': false }, '2026-11-26', kb),
    );
    expect(groups.notEligible).toEqual(['rd-reward', 'ai-compute-voucher']);
    expect(groups.possible).toContain('specialized-sme');
    expect(groups.targeted).toEqual([]);
  });

  it('leaves out measures without rules', () => {
    const all = Object.values(ids(runCheckup(kb.measures, fullProfile, '2026-11-26', kb))).flat();
    expect(all).not.toContain('green-factories');
    expect(all).toHaveLength(kb.measures.filter((m) => m.eligibility).length);
  });
});

describe('servicePackageText', () => {
  const pkg = runCheckup(kb.measures, fullProfile, '2026-11-26', kb);
  const text = servicePackageText(pkg, kb, '2026-11-26');

  it('has the title, the date and the source', () => {
    expect(text.startsWith('企业政策服务包\n日期:2026年11月26日\n')).toBe(true);
    expect(text).toContain('沪企服办〔2023〕1号');
  });

  it('has the sections in order', () => {
    const order = [
      '企业情况',
      '普惠性政策',
      '个性化政策',
      '可能适用(需区/部门确认)',
      '已结束',
      '申请渠道',
    ].map((h) => text.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('states the amounts and their arithmetic', () => {
    expect(text).toContain('研发投入奖励(第3项;官方通知第(二)条):30万元');
    expect(text).toContain('600万元 × 5% = 30万元');
    expect(text).toContain('AI算力券(第8项):最高160万元');
    expect(text).toContain('800万元 × 20% = 160万元');
    expect(text).toContain('专精特新奖励(第1项;官方通知第(一)条):不低于30万元');
  });

  it('says what has ended and when', () => {
    expect(text).toMatch(/政府采购预留份额\(第14项\):.*已于2023年12月31日结束/);
  });

  it('names the channels of channels.yaml and the numbering caveat', () => {
    for (const channel of kb.channels) expect(text).toContain(channel.name);
    expect(text).toContain('上海市企业服务云');
    expect(text).toContain('所在区的中小企业服务专员');
    expect(text).toContain(kb.sources[0]?.numberingCaveat);
  });

  it('shows the profile the package was made from', () => {
    expect(text).toContain('上一年度研发投入:600万元');
    expect(text).toContain('有效期内高新技术企业:是');
  });

  it('is plain text: no Markdown markup', () => {
    expect(text).not.toMatch(/^#|\*\*/m);
  });

  it('names what is missing for a measure left open', () => {
    const open = servicePackageText(runCheckup(kb.measures, {}, '2026-11-26', kb), kb, '2026-11-26');
    expect(open).toContain('尚需确认:有效期内高新技术企业、首次成为“四上”企业');
  });

  it('says the amount cannot be computed when the amount question was skipped', () => {
    const answers = { 'is-high-tech': true, 'first-time-sishang': true };
    const noAmount = servicePackageText(runCheckup(kb.measures, answers, '2026-11-26', kb), kb, '2026-11-26');
    expect(noAmount).toContain('未提供上一年度研发投入,无法测算金额');
  });
});

describe('servicePackageMarkdown', () => {
  const md = servicePackageMarkdown(runCheckup(kb.measures, fullProfile, '2026-11-26', kb), kb, '2026-11-26');

  it('is the same package as Markdown, with headings and the amounts', () => {
    expect(md.startsWith('# 企业政策服务包\n')).toBe(true);
    expect(md).toContain('## 三、个性化政策');
    expect(md).toContain('**研发投入奖励(第3项;官方通知第(二)条)**:30万元');
    expect(md).toContain('   - 600万元 × 5% = 30万元');
    expect(md).toContain('## 七、申请渠道');
    expect(md).toContain('上海市企业服务云');
  });
});
