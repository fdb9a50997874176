// CheckupDialog with botbuilder-testing: the profile is asked once, only what can change an
// outcome, and the 服务包 groups 普惠性政策 and 个性化政策 with amounts.
import { describe, expect, it } from 'vitest';
import { CheckupDialog } from '../../dialogs/CheckupDialog.js';
import { flowClient } from '../helpers/dialogClient.js';
import { knowledge } from '../helpers/knowledge.js';

const checkup = () => flowClient((s, c, p) => new CheckupDialog(s, c as never, p as never), {});

/** Answers whatever is asked from a table of question text → answer, until the 服务包 arrives. */
async function runProfile(answers: [RegExp, string][]): Promise<{ asked: string[]; pkg: string }> {
  const flow = checkup();
  let replies = await flow.say('开始');
  const asked: string[] = [];
  for (let turn = 0; turn < 20; turn++) {
    // The 服务包 is followed by the rating prompt: find it among the replies.
    const pkg = replies.find((r) => r.includes(knowledge().replies.eligibility.checkupTitle));
    if (pkg) return { asked, pkg };
    const last = replies.at(-1) ?? '';
    const match = answers.find(([pattern]) => pattern.test(last));
    if (!match) throw new Error(`no answer for: ${last}`);
    asked.push(last.split('\n')[0]!);
    replies = await flow.say(match[1]);
  }
  throw new Error('the check-up did not finish');
}

const HIGH_TECH_FIRST_SISHANG: [RegExp, string][] = [
  [/高新技术企业/, '是'],
  [/首次成为“四上”/, '是'],
  [/研发投入/, '600万'],
  [/专精特新/, '小巨人'],
  [/属于下面哪种情况/, '都不是'],
  [/规上\(规模以上\)工业企业|规上工业企业|规模以上工业企业/, '是'],
  [/技术改造/, '1500万'],
  [/算力/, '否'],
  [/融资|贷款/, '是'],
  [/政府采购/, '否'],
  [/科技型中小企业/, '是'],
  [/成果转化/, '否'],
];

describe('CheckupDialog', () => {
  it('asks each profile question once and gives a 服务包 with 普惠性政策 and 个性化政策', async () => {
    const { asked, pkg } = await runProfile(HIGH_TECH_FIRST_SISHANG);
    expect(new Set(asked).size).toBe(asked.length);
    const r = knowledge().replies.eligibility;
    expect(pkg).toContain(r.universalHeading);
    expect(pkg).toContain(r.targetedHeading);
    expect(pkg).toContain('30万元'); // rd-reward 600万 × 5%
    expect(pkg).toContain('不低于30万元'); // 小巨人
    expect(pkg).toContain('春雨润苗');
    expect(pkg).toContain(r.endedHeading); // the procurement stage of 2023
  });

  it('does not ask the R&D amount of an enterprise that is not high-tech', async () => {
    const { asked } = await runProfile([[/高新技术企业/, '否'], ...HIGH_TECH_FIRST_SISHANG.slice(1)]);
    expect(asked.join('\n')).not.toContain('研发投入');
  });

  it('offers the plain-text 服务包 for copying', async () => {
    const { pkg } = await runProfile(HIGH_TECH_FIRST_SISHANG);
    expect(pkg).toContain(knowledge().replies.eligibility.copyText);
  });
});
