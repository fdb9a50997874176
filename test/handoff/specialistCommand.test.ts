// The commands specialists type in a route's conversation.
import { describe, expect, it } from 'vitest';
import { parseSpecialistCommand } from '../../src/handoff/specialistCommand.js';

describe('parseSpecialistCommand', () => {
  it.each([
    ['认领 12', { op: 'claim', number: 12 }],
    ['认领12', { op: 'claim', number: 12 }],
    ['认领 #12', { op: 'claim', number: 12 }],
    ['认领＃１２', { op: 'claim', number: 12 }],
    ['claim 7', { op: 'claim', number: 7 }],
    ['关闭 12', { op: 'close', number: 12 }],
    ['关闭 ＃１２ ', { op: 'close', number: 12 }],
    ['办结 3', { op: 'close', number: 3 }],
    ['列表', { op: 'list' }],
  ])('reads %s', (text, command) => expect(parseSpecialistCommand(text)).toEqual(command));

  it('keeps a reply’s text exactly as written, after the number and a separator', () => {
    expect(parseSpecialistCommand('回复 12 您好,我是浦东新区的服务专员。')).toEqual({
      op: 'reply',
      number: 12,
      text: '您好,我是浦东新区的服务专员。',
    });
    expect(parseSpecialistCommand('回复#12：您好，明天上午联系您')).toEqual({
      op: 'reply',
      number: 12,
      text: '您好，明天上午联系您',
    });
    expect(parseSpecialistCommand('回复１２您好')).toEqual({ op: 'reply', number: 12, text: '您好' });
    expect(parseSpecialistCommand('回复 12\n第一行\n第二行')).toEqual({
      op: 'reply',
      number: 12,
      text: '第一行\n第二行',
    });
    expect(parseSpecialistCommand('回复 12')).toEqual({ op: 'reply', number: 12, text: '' });
  });

  it.each(['AI算力券怎么申请', '认领', '认领 十二', '关闭 12 13', '回复', '你好'])(
    'answers "%s" with the commands',
    (text) => expect(parseSpecialistCommand(text)).toEqual({ op: 'help' }),
  );
});
