// Teams' compose-box search through the real server: composeExtension/query invokes as Teams sends
// them (a search-based message extension, command searchMeasures), answered with previews and the
// measure cards to insert; malformed invokes get 400 with a reason and no stack.
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_SEARCH_COMMAND } from '../../src/bot/measureSearchExtension.js';
import { fill } from '../../src/kb/replies.js';
import {
  message,
  post,
  startBot,
  startCaptureServer,
  type BotUnderTest,
  type CaptureServer,
} from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';

const kb = knowledge();
const STACK = /\bat [\w.<>]+ \(|node:internal|\.ts:\d+:\d+/;
let bot: BotUnderTest;
let capture: CaptureServer;

beforeAll(async () => {
  capture = await startCaptureServer();
  bot = await startBot({ PUBLIC_BASE_URL: 'https://yiqi.example.org' });
});
afterAll(async () => {
  await bot.close();
  await capture.close();
});

interface ResultAttachment {
  contentType: string;
  content: { body: Record<string, unknown>[]; actions?: Record<string, unknown>[] };
  preview: { contentType: string; content: { title: string; subtitle?: string; text?: string } };
}

let n = 0;
function invoke(value: unknown, extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    ...message('', `compose-${++n}`, capture.url, { channelId: 'msteams', ...extra }),
    type: 'invoke',
    name: 'composeExtension/query',
    text: undefined,
    value,
  };
}

function query(text: string | undefined, queryOptions = { skip: 0, count: 25 }) {
  return {
    commandId: MEASURE_SEARCH_COMMAND,
    parameters: text === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'q', value: text }],
    queryOptions,
  };
}

async function search(value: unknown): Promise<ResultAttachment[]> {
  const res = await post(bot.url, invoke(value));
  expect(res.status, res.text).toBe(200);
  const body = res.json as {
    composeExtension: { type: string; attachmentLayout: string; attachments: ResultAttachment[] };
  };
  expect(body.composeExtension.type).toBe('result');
  return body.composeExtension.attachments;
}

/** Which measure a result is, by the number and title its preview shows. */
function measureOf(result: ResultAttachment): string {
  const m = kb.measures.find(
    (x) =>
      result.preview.content.title ===
      `${fill(kb.replies.measure.numberLabel, { number: x.number })} ${x.title}`,
  );
  if (!m) throw new Error(`no measure is titled “${result.preview.content.title}”`);
  return m.id;
}

function cardText(result: ResultAttachment): string {
  return JSON.stringify(result.content);
}

describe('composeExtension/query (Teams message extension)', () => {
  it('answers 算力 with the AI compute voucher first: preview with number, title, status and summary; its card', async () => {
    const results = await search(query('算力'));
    expect(measureOf(results[0]!)).toBe('ai-compute-voucher');
    const voucher = kb.measureById.get('ai-compute-voucher')!;
    const [first] = results;
    expect(first!.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first!.preview.content.subtitle).toBe(kb.replies.badge.undated);
    expect(voucher.summary.startsWith(first!.preview.content.text!)).toBe(true);
    expect(first!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(first!)).toContain(voucher.title);
    expect(cardText(first!)).toContain('20%');
  });

  it('reads pinyin initials: wfxd is seamless renewal (无缝续贷), zjtx the specialized SMEs (专精特新)', async () => {
    expect(measureOf((await search(query('wfxd')))[0]!)).toBe('seamless-renewal');
    expect(measureOf((await search(query('zjtx')))[0]!)).toBe('specialized-sme');
    expect(measureOf((await search(query('WFXD')))[0]!)).toBe('seamless-renewal');
  });

  it('reads a name from its first character as it is typed (无 → 无缝续贷, 算 → AI算力券)', async () => {
    expect(measureOf((await search(query('无')))[0]!)).toBe('seamless-renewal');
    expect(measureOf((await search(query('算')))[0]!)).toBe('ai-compute-voucher');
  });

  it('answers whole questions as the chat does (研发投入奖励最多多少 → 研发投入奖励)', async () => {
    expect(measureOf((await search(query('研发投入奖励最多多少')))[0]!)).toBe('rd-reward');
  });

  it('lists every measure by number for the first run and an empty box, paged with skip and count', async () => {
    const first = await search(query(undefined));
    expect(first).toHaveLength(25);
    expect(first.map(measureOf)).toEqual(kb.measures.slice(0, 25).map((m) => m.id));
    const rest = await search(query('', { skip: 25, count: 25 }));
    expect(rest.map(measureOf)).toEqual(kb.measures.slice(25).map((m) => m.id));
    const small = await search(query('', { skip: 2, count: 3 }));
    expect(small.map(measureOf)).toEqual(kb.measures.slice(2, 5).map((m) => m.id));
  });

  it('inserts a card without buttons that would talk to a bot outside the chat, linking the measure page', async () => {
    const [result] = await search(query('政府采购预留份额'));
    expect(measureOf(result!)).toBe('gov-procurement');
    const text = cardText(result!);
    expect(text).not.toContain('Action.Submit');
    expect(result!.content.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: kb.replies.measure.openPage,
        url: 'https://yiqi.example.org/measures/gov-procurement',
      },
    ]);
    // The 2023 stage ended: the card and the preview say so (the test clock is 2026-11-26).
    expect(text).toContain('这一阶段已经结束');
    expect(result!.preview.content.subtitle).toContain('阶段已结束');
  });

  it('answers nothing it cannot match with an empty list, not an error', async () => {
    expect(await search(query('qqqqzzzz'))).toEqual([]);
  });

  it('answers a malformed invoke 400 with the reason and no stack', async () => {
    const bad: [unknown, RegExp][] = [
      [undefined, /composeExtension\/query/],
      ['算力', /composeExtension\/query/],
      [{ parameters: [{ name: 'q', value: '算力' }] }, /commandId/],
      [{ ...query('算力'), commandId: 'somethingElse' }, /unknown command/],
      [{ ...query('算力'), parameters: [{ name: 'q', value: 42 }] }, /must be text/],
      [{ ...query('算力'), queryOptions: { skip: -1, count: 5 } }, /skip/],
      [{ ...query('算力'), parameters: 'q=算力' }, /parameters/],
    ];
    for (const [value, reason] of bad) {
      const res = await post(bot.url, invoke(value));
      expect(res.status, JSON.stringify(value)).toBe(400);
      expect((res.json as { error: string }).error).toMatch(reason);
      expect(res.text).not.toMatch(STACK);
    }
  });
});
