// The bot configured as it runs in Azure operated by 21Vianet with a user-assigned managed identity
// (MicrosoftAppType=UserAssignedMSI, the China Bot Framework endpoints from Microsoft's guide), talking
// to fakes of what is outside this machine, each speaking its documented protocol:
// - the channel's OpenID metadata and signing keys (the bot checks incoming tokens against them);
// - App Service's managed identity endpoint (IDENTITY_ENDPOINT/IDENTITY_HEADER, api-version 2019-08-01),
//   from which the bot gets the token for its replies;
// - the channel's connector (serviceUrl), which receives the replies.
// Only the metadata URL points at the fake; every other cloud setting is the real China value.
// Run twice: from the sources in this process, and as `npm start` runs it, the built bundle, where
// @azure/identity and MSAL are stand-ins loaded from node_modules at first use
// (scripts/bundle-server.mjs); after changing the sources, build before this test.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess } from '../helpers/botProcess.js';
import { message, post, startBot, waitFor } from '../helpers/botServer.js';

const APP_ID = '00000000-0000-0000-0000-0000000a5510'; // the managed identity's client id
const TENANT_ID = '00000000-0000-0000-0000-00000000c41a';
const CHINA_SCOPE = 'https://api.botframework.azure.cn';
const MSI_TOKEN = 'msi-token-for-the-china-connector';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

interface Seen {
  msi: { query: URLSearchParams; secret: string | undefined }[];
  replies: { conversationId: string; authorization: string | undefined; body: Record<string, unknown> }[];
}
const seen: Seen = { msi: [], replies: [] };
let cloud: Server;
let base = '';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
  });
}

function jwt(claims: Record<string, unknown>, key: KeyObject = privateKey, kid = 'key-1'): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const signed = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
}

/** A token as the China Bot Framework channel issues it for this bot and this serviceUrl. */
function channelToken(overrides: Record<string, unknown> = {}, key?: KeyObject, kid?: string): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt(
    {
      iss: CHINA_SCOPE,
      aud: APP_ID,
      serviceurl: `${base}/connector/`,
      nbf: now - 60,
      exp: now + 600,
      ...overrides,
    },
    key,
    kid,
  );
}

beforeAll(async () => {
  cloud = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', base);
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (url.pathname === '/v1/.well-known/openidconfiguration')
        return json(200, { issuer: CHINA_SCOPE, jwks_uri: `${base}/v1/keys` });
      if (url.pathname === '/v1/keys') {
        const jwk = publicKey.export({ format: 'jwk' });
        return json(200, {
          keys: [{ ...jwk, kid: 'key-1', kty: 'RSA', use: 'sig', endorsements: ['emulator', 'msteams'] }],
        });
      }
      if (url.pathname === '/msi/token') {
        seen.msi.push({
          query: url.searchParams,
          secret: req.headers['x-identity-header'] as string | undefined,
        });
        return json(200, {
          access_token: MSI_TOKEN,
          expires_on: String(Math.floor(Date.now() / 1000) + 3600),
          resource: url.searchParams.get('resource'),
          token_type: 'Bearer',
        });
      }
      const reply = /^\/connector\/v3\/conversations\/([^/]+)\/activities/.exec(url.pathname);
      if (req.method === 'POST' && reply) {
        seen.replies.push({
          conversationId: decodeURIComponent(reply[1]!),
          authorization: req.headers.authorization,
          body: JSON.parse(body) as Record<string, unknown>,
        });
        return json(200, { id: `reply-${seen.replies.length}` });
      }
      return json(404, { error: 'not found' });
    });
  });
  await new Promise<void>((resolve) => cloud.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(cloud.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => cloud.close(() => resolve()));
});

/** What App Service sets for a managed identity; read by @azure/identity itself, not by our config. */
const appServiceIdentity = () => ({
  IDENTITY_ENDPOINT: `${base}/msi/token`,
  IDENTITY_HEADER: 'app-service-identity-secret',
});

const botSettings = () => ({
  HOST: '127.0.0.1',
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppId: APP_ID,
  MicrosoftAppTenantId: TENANT_ID,
  // Microsoft's guide for 21Vianet (learn.microsoft.com/azure/bot-service/how-to-deploy-china-cloud),
  // except the metadata URL, which the bot fetches and so points at the fake.
  ChannelService: 'https://botframework.azure.cn',
  OAuthUrl: 'https://token.botframework.azure.cn/',
  ToChannelFromBotLoginUrl: `https://login.partner.microsoftonline.cn/${TENANT_ID}`,
  ToChannelFromBotOAuthScope: CHINA_SCOPE,
  ToBotFromChannelTokenIssuer: CHINA_SCOPE,
  ToBotFromChannelOpenIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.partner.microsoftonline.cn/a55a4d5b-9241-49b1-b4ff-befa8db00269/v2.0/.well-known/openid-configuration',
  ValidateAuthority: 'true',
});

interface RunningBot {
  url: string;
  close(): Promise<unknown>;
}

async function startFrom(from: 'sources' | 'build'): Promise<RunningBot> {
  if (from === 'build') {
    const bot = await startBotProcess({ ...botSettings(), ...appServiceIdentity() }, 90_000, 'build');
    return { url: bot.url, close: bot.stop };
  }
  Object.assign(process.env, appServiceIdentity());
  const bot = await startBot(botSettings());
  return {
    url: bot.url,
    close: async () => {
      await bot.close();
      delete process.env.IDENTITY_ENDPOINT;
      delete process.env.IDENTITY_HEADER;
    },
  };
}

const activity = (conversationId: string) =>
  message('无缝续贷怎么申请', conversationId, `${base}/connector/`);

describe.each(['sources', 'build'] as const)('a managed identity in the China cloud (%s)', (from) => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startFrom(from);
  }, 120_000);
  afterAll(async () => {
    await bot.close();
  });

  it("accepts the China channel's token and replies with the managed identity's token for the China scope", async () => {
    const res = await post(bot.url, activity(`china-msi-1-${from}`), {
      authorization: `Bearer ${channelToken()}`,
    });
    expect(res.status).toBe(200);
    const reply = await waitFor(() =>
      seen.replies.find((r) => r.conversationId === `china-msi-1-${from}` && r.body.type === 'message'),
    );
    expect(reply.authorization).toBe(`Bearer ${MSI_TOKEN}`);
    expect(JSON.stringify(reply.body)).toContain('第18项');
    // The token was asked of the managed identity endpoint for this identity and the China audience.
    const request = seen.msi.at(-1)!;
    expect(request.secret).toBe('app-service-identity-secret');
    expect(request.query.get('client_id')).toBe(APP_ID);
    expect(request.query.get('resource') ?? request.query.get('scope')).toMatch(
      /^https:\/\/api\.botframework\.azure\.cn/,
    );
    expect(request.query.get('api-version')).toBe('2019-08-01');
  });

  it('refuses tokens of another issuer, another audience, another key or another serviceUrl with 401', async () => {
    const forged = [
      channelToken({ iss: 'https://api.botframework.com' }), // the public cloud's issuer
      channelToken({ aud: '00000000-0000-0000-0000-000000000bad' }),
      channelToken({}, other.privateKey), // right kid, wrong signature
      channelToken({ serviceurl: 'http://127.0.0.1:9/connector/' }),
    ];
    for (const token of forged) {
      const res = await post(
        bot.url,
        activity(`china-forged-${from}-${createHash('sha1').update(token).digest('hex')}`),
        {
          authorization: `Bearer ${token}`,
        },
      );
      expect(res.status).toBe(401);
    }
  });
});
