// The WECOM_* settings: all five or none — a partial set stops start-up naming each missing one —
// an EncodingAESKey of 43 characters decoding to 32 bytes, a numeric AgentId, and secrets never
// echoed in the error. Without them no /api/wecom route exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startBot, type BotUnderTest } from '../helpers/botServer.js';
import { testApp, wecomEnv } from './helpers/wecomCallbacks.js';

const app = testApp();
const full = wecomEnv(app, 'https://qyapi.weixin.qq.com');

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('WECOM_* settings', () => {
  it('all five set: read, with the API host defaulting to WeCom’s', () => {
    const rest: Record<string, string> = { ...full };
    delete rest.WECOM_API_BASE;
    const config = loadConfig(rest);
    expect(config).toMatchObject({
      WECOM_CORP_ID: app.corpId,
      WECOM_AGENT_ID: app.agentId,
      WECOM_API_BASE: 'https://qyapi.weixin.qq.com',
    });
    expect(loadConfig({ ...full, WECOM_API_BASE: 'https://zwwx.example.gov.cn/' }).WECOM_API_BASE).toBe(
      'https://zwwx.example.gov.cn',
    );
  });

  it('none set: fine, and nothing about WeCom in the configuration', () => {
    expect(problems({})).toEqual([]);
    expect(loadConfig({}).WECOM_CORP_ID).toBeUndefined();
  });

  it('a partial set names every missing setting', () => {
    const found = problems({ WECOM_CORP_ID: app.corpId, WECOM_SECRET: app.secret });
    expect(found.map((p) => p.split(':')[0])).toEqual([
      'WECOM_AGENT_ID',
      'WECOM_TOKEN',
      'WECOM_ENCODING_AES_KEY',
    ]);
    expect(found[0]).toContain('missing: WECOM_AGENT_ID, WECOM_TOKEN, WECOM_ENCODING_AES_KEY');
  });

  it('refuses an EncodingAESKey that is not 43 base64 characters, and says so without echoing it', () => {
    for (const key of [app.aesKey.slice(1), `${app.aesKey}=`, app.aesKey.replace(/./, '!')]) {
      const [problem] = problems({ ...full, WECOM_ENCODING_AES_KEY: key });
      expect(problem).toMatch(/^WECOM_ENCODING_AES_KEY: must be the 43-character EncodingAESKey/);
      expect(problem).not.toContain(key);
    }
  });

  it('refuses an AgentId that is not digits, and an API host that is not http(s)', () => {
    expect(problems({ ...full, WECOM_AGENT_ID: 'abc' })).toEqual([
      'WECOM_AGENT_ID: must be the application\'s AgentId (digits) (got "abc")',
    ]);
    expect(problems({ ...full, WECOM_API_BASE: 'ftp://x' })[0]).toMatch(
      /^WECOM_API_BASE: must be an http\(s\) URL/,
    );
  });
});

describe('the /api/wecom route', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('does not exist without the settings', async () => {
    expect(bot.app.wecom).toBeUndefined();
    expect((await fetch(`${bot.url}/api/wecom?echostr=x`)).status).toBe(404);
  });
});
