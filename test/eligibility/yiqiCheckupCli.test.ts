// `yiqi checkup` run from the TypeScript source with answers piped on standard input, as a service
// specialist would script it: the prompts go to standard error, the 服务包 to standard output.
import { describe, expect, it } from 'vitest';
import { runYiqi } from '../helpers/runYiqi.js';

/** Answers in the order of knowledge/eligibility.yaml, as a user would type them. */
const FULL_PROFILE = [
  '是', // is-high-tech
  '是的', // first-time-sishang
  '600万', // rd-last-year
  '小巨人', // specialized-status
  '1', // scale-status → 小升规
  '是', // is-guishang-industrial
  '1500万', // retrofit-investment
  'yes', // rents-compute
  '800万', // compute-contract
  '没有', // needs-financing
];

function checkup(lines: readonly string[], ...args: string[]) {
  return runYiqi(['checkup', '--today', '2026-11-26', ...args], { input: lines.join('\n') + '\n' });
}

describe('yiqi checkup', () => {
  it('prints the Markdown 服务包 for piped answers', () => {
    const result = checkup(FULL_PROFILE);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('# 企业政策服务包\n')).toBe(true);
    expect(result.stdout).toContain('- **日期**:2026年11月26日');
    expect(result.stdout).toContain('**研发投入奖励(第3项;官方通知第(二)条)**:30万元');
    expect(result.stdout).toContain('600万元 × 5% = 30万元');
    expect(result.stdout).toContain('**AI算力券(第8项)**:最高160万元');
    expect(result.stdout).toContain('**专精特新奖励(第1项;官方通知第(一)条)**:不低于30万元');
    expect(result.stdout).toMatch(/政府采购预留份额\(第14项\)\*\*:.*已于2023年12月31日结束/);
    expect(result.stdout).toContain('所在区的中小企业服务专员');
    expect(result.stdout).toContain('不是官方条款序号');
  });

  it('asks on standard error, one question at a time, and never the ended procurement question', () => {
    const result = checkup(FULL_PROFILE);
    expect(result.stderr).toContain('贵企业目前是有效期内的高新技术企业吗?');
    expect(result.stderr).toContain('1. 新认定专精特新“小巨人”企业');
    expect(result.stderr).not.toContain('政府采购工程');
    expect(result.stdout).not.toContain('贵企业');
  });

  it('re-prompts with the retry text, and skips a question after three unreadable answers', () => {
    // is-high-tech skipped: rd-last-year is no longer asked, so its answer is left out.
    const rest = FULL_PROFILE.slice(1).filter((answer) => answer !== '600万');
    const result = checkup(['也许', '大概吧', '说不好', ...rest]);
    expect(result.status).toBe(0);
    expect(result.stderr.match(/请回答“是”或“否”。/g)).toHaveLength(2);
    expect(result.stderr).toContain('连续3次未能识别,已跳过这一题。');
    expect(result.stderr).not.toContain('研发投入是多少');
    expect(result.stdout).toMatch(/研发投入奖励[^\n]*\n\s+- 尚需确认:有效期内高新技术企业/);
  });

  it('asks for a unit when a small number comes without one, then takes the answer', () => {
    const answers = [...FULL_PROFILE];
    answers.splice(2, 1, '600', '600万');
    const result = checkup(answers);
    expect(result.stderr).toContain('请带上单位,例如“600万”或“600元”。');
    expect(result.stdout).toContain('600万元 × 5% = 30万元');
  });

  it('explains a term asked about instead of answering, then goes on', () => {
    const answers = [...FULL_PROFILE];
    answers.splice(1, 0, '什么是四上');
    answers.splice(4, 0, '什么是小巨人?');
    const result = checkup(answers);
    expect(result.stderr).toContain('四上企业:');
    expect(result.stderr).toContain('专精特新“小巨人”企业:');
    expect(result.stdout).toContain('600万元 × 5% = 30万元');
    expect(result.stdout).toContain('不低于30万元');
  });

  it('prints the package with what it has when the input ends early', () => {
    const result = checkup(['否']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# 企业政策服务包');
    expect(result.stdout).toContain('## 二、普惠性政策');
    expect(result.stdout).toMatch(/研发投入奖励[^\n]*\*\*:奖励对象须为有效期内的高新技术企业/);
  });

  it('prints plain text with --text', () => {
    const result = checkup(FULL_PROFILE, '--text');
    expect(result.stdout.startsWith('企业政策服务包\n日期:2026年11月26日\n')).toBe(true);
    expect(result.stdout).not.toContain('**');
  });

  it('runs in English with --lang en: English questions, re-prompts and 服务包, English answers read', () => {
    const answers = [
      'yes',
      'yep',
      '6 million',
      'little giant',
      '1',
      'yes',
      '15 million',
      'maybe',
      'yes',
      '8m',
      'no',
    ];
    const result = checkup(answers, '--lang', 'en', '--text');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Policy check-up: answer the questions one by one');
    expect(result.stderr).toContain(
      'Is your enterprise currently a high-tech enterprise with valid status? (yes/no)',
    );
    expect(result.stderr).toContain('1. Newly recognised SRDI “little giant” enterprise');
    expect(result.stderr).toContain('Please answer “yes” or “no”.');
    expect(result.stdout.startsWith('Policy service package\nDate: 26 November 2026\n')).toBe(true);
    expect(result.stdout).toContain(
      'R&D spending reward (No. 3; Article (二) of the official notice): 300,000 yuan (30万元)',
    );
    expect(result.stdout).toContain('6,000,000 yuan (600万元) × 5% = 300,000 yuan (30万元)');
    expect(result.stdout).toContain('AI computing power voucher (No. 8): up to 1,600,000 yuan (160万元)');
    expect(result.stdout).not.toContain('企业政策服务包');
  });

  it.each([['--frobnicate'], ['--today', '2026-13-45'], ['--today'], ['--lang', 'fr']])(
    'exits 2 with the usage for %j',
    (...args) => {
      const result = runYiqi(['checkup', ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('usage: yiqi checkup');
    },
  );
});
