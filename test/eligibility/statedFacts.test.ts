// The answers a message states without being asked, from the phrases of knowledge/eligibility.yaml:
// a recognition still pending (还在申报, 还在公示, 没批下来, haven't been recognised) is not yet held,
// 2021年就进四上 is not the first time, and where the computing power is rented or what it runs says
// whether the AI compute voucher's condition is met.
import { describe, expect, it } from 'vitest';
import { readStatedFacts } from '../../src/eligibility/statedFacts.js';
import { knowledge } from '../helpers/knowledge.js';

const facts = (text: string) => readStatedFacts(text, knowledge().questions);

describe('facts stated in a message', () => {
  it.each([
    ['我们高企认定还在公示，证书没下来', 'is-high-tech', false],
    ['We have never been certified as a high-tech enterprise.', 'is-high-tech', false],
    ['我们是有效期内的高企', 'is-high-tech', true],
    ['我们2021年就进四上了', 'first-time-sishang', false],
    ['今年第一次进四上', 'first-time-sishang', true],
    ['专精特新我们还在申报 没批下来', 'specialized-status', 'none'],
    ["We haven't been recognised as a 专精特新 SME yet.", 'specialized-status', 'none'],
    ['我们已经是专精特新中小企业了，但小巨人去年没评上', 'specialized-status', 'none'],
    ['我们是新认定的专精特新', 'specialized-status', 'new-sme'],
    ['我们的算力是租在深圳的', 'rents-compute', false],
    ['在上海租了算力，不过只是给客服机器人跑线上推理', 'rents-compute', false],
    ['我们在上海租了算力训练模型', 'rents-compute', true],
    ['我们是大企业不是中小企业', 'is-tech-sme', false],
  ])('%s → %s = %s', (text, question, value) => {
    expect(facts(text)[question]).toBe(value);
  });
});
