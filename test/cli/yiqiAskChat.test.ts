import { describe, expect, it } from 'vitest';
import { runYiqi } from '../helpers/runYiqi.js';

const env = { YIQI_TODAY: '2026-11-26' };

describe('yiqi ask', () => {
  it('answers one question as readable text', () => {
    const result = runYiqi(['ask', '研发投入奖励最多多少'], { env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('第3项 研发投入奖励');
    expect(result.stdout).toContain('最高50万元');
  });

  it('says when a stage has ended', () => {
    const result = runYiqi(['ask', '政府采购预留份额'], { env });
    expect(result.stdout).toContain('已结束');
    expect(result.stdout).toContain('今天是2026年11月26日');
  });

  it('declines what it does not cover, with exit code 1', () => {
    const result = runYiqi(['ask', '社保卡补办'], { env });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('社保卡、缴费基数和社保待遇不在上海《若干措施》');
  });
});

describe('yiqi chat', () => {
  it('runs the same bot in the terminal: welcome, an answer, a follow-up in context', () => {
    const result = runYiqi(['chat'], { env, input: '无缝续贷\n截止到什么时候\n退出聊天\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('您好,我是益企问');
    expect(result.stdout).toContain('第18项 无缝续贷');
    expect(result.stdout).toContain('关于“无缝续贷”的时间');
  });
});
