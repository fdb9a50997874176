// The commands about enterprises, the user's data and share links are whole messages; questions that
// merely contain their words stay questions.
import { describe, expect, it } from 'vitest';
import { isForgetRequest } from '../../src/privacy/forgetRequest.js';
import { listPosition, readProfileCommand } from '../../src/profiles/profileCommand.js';
import { readShareCommand } from '../../src/share/shareCommand.js';

describe('readProfileCommand', () => {
  it.each([
    ['为上海某某科技有限公司做政策体检', { type: 'checkup-for', name: '上海某某科技有限公司' }],
    ['给上海某某科技做个体检', { type: 'checkup-for', name: '上海某某科技' }],
    ['帮“甲乙公司”做一次政策体检吧', { type: 'checkup-for', name: '甲乙公司' }],
    ['為上海某某科技有限公司做政策體檢', { type: 'checkup-for', name: '上海某某科技有限公司' }],
    ['切换到某某公司', { type: 'switch', query: '某某公司' }],
    ['切換到某某公司。', { type: 'switch', query: '某某公司' }],
    ['切换到第2家', { type: 'switch', query: '第2家' }],
    ['切换企业', { type: 'switch', query: '' }],
    ['现在是哪家企业', { type: 'current' }],
    ['当前企业是哪家?', { type: 'current' }],
    ['列出企业', { type: 'list' }],
    ['企业列表', { type: 'list' }],
    ['查看我的企业', { type: 'list' }],
    ['删除某某公司', { type: 'delete', query: '某某公司' }],
    ['删除某某信息技术有限公司', { type: 'delete', query: '某某信息技术有限公司' }],
    ['换一家企业', { type: 'fresh', rest: '' }],
    ['换一家企业，我能申请研发投入奖励吗', { type: 'fresh', rest: '我能申请研发投入奖励吗' }],
    ['換一家企業:AI算力券怎么申请', { type: 'fresh', rest: 'AI算力券怎么申请' }],
  ])('%s', (text, command) => {
    expect(readProfileCommand(text)).toEqual(command);
  });

  it.each([
    '政策体检',
    '为我们企业做政策体检', // the plain check-up
    '帮我做政策体检',
    '我们企业能享受哪些政策',
    '换到浦东后还能申请吗', // a question, not a switch
    '删除我的数据', // the user's data, not an enterprise
    '删除分享链接',
    '研发投入奖励怎么申请',
    '哪些企业可以申请AI算力券',
  ])('not a profile command: %s', (text) => {
    expect(readProfileCommand(text)).toBeUndefined();
  });

  it('reads a place in the list', () => {
    expect(listPosition('第2家')).toBe(2);
    expect(listPosition('3')).toBe(3);
    expect(listPosition('某某公司')).toBeUndefined();
  });
});

describe('isForgetRequest', () => {
  it.each([
    '删除我的数据',
    '删除我的信息',
    '清除我的数据',
    '請刪除我的資料',
    'delete my data',
    'Forget me',
    '删除我的数据。',
  ])('%s', (text) => expect(isForgetRequest(text)).toBe(true));
  it.each(['怎么删除我的数据', '删除某某公司', '数据要删除吗', 'delete the file'])('not: %s', (text) =>
    expect(isForgetRequest(text)).toBe(false),
  );
});

describe('readShareCommand', () => {
  it('reads 撤销分享链接, and 所有 for every link', () => {
    expect(readShareCommand('撤销分享链接')).toEqual({ type: 'revoke', all: false });
    expect(readShareCommand('撤銷分享鏈接')).toEqual({ type: 'revoke', all: false });
    expect(readShareCommand('撤销所有分享链接')).toEqual({ type: 'revoke', all: true });
    expect(readShareCommand('分享链接怎么用')).toBeUndefined();
  });
});
