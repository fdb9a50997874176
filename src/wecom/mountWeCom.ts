// The WeCom callback routes on the bot's server, mounted only when the five WECOM_* settings are
// set (回调配置, developer.work.weixin.qq.com/document/path/90930):
// - GET /api/wecom: URL verification — check msg_signature, decrypt echostr, answer its plain text.
// - POST /api/wecom: read the body ourselves (raw, capped; restify's body parser is told to leave
//   it alone), verify, decrypt, answer an empty 200 at once and run the turn after; the replies go
//   out through message/send. A callback seen in the last minutes (WeCom retries one it got no
//   answer to within 5 s) is answered and not run again.
// What is refused, and how:
// - not XML (415), body over 64 KiB (413), missing query parameters (400), a timestamp more than
//   5 minutes from our clock (403: stale or replayed), an outer body that is not the callback XML
//   or holds DOCTYPE/ENTITY (400), a wrong signature (401), a ciphertext that does not decrypt
//   (400) or is for another corp id (403) — none of these can come from WeCom with our settings,
//   so a 4xx makes no retry loop;
// - a correctly signed callback whose inner XML we cannot read, or a click on a key we no longer
//   know: 200 and ignored (only WeCom or whoever holds our Token and key could send it, and a 4xx
//   would only make WeCom send it again), logged as an error.
// Nothing about a message's text is logged; user ids are masked.
import type { IncomingMessage } from 'node:http';
import type { TurnContext } from 'botbuilder';
import type { Next, Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import type { Logger } from '../log/logger.js';
import { dedupeKey, readCallbackMessage, readEnvelope, type CallbackMessage } from './callbackMessage.js';
import { XmlRefused } from './callbackXml.js';
import {
  CALLBACK_MAX_AGE_SECONDS,
  CALLBACK_MAX_BODY_BYTES,
  DEDUPE_MAX_ENTRIES,
  DEDUPE_TTL_MS,
} from './limits.js';
import { BodyProblem, readRawBody } from './readRawBody.js';
import { RecentKeys } from './recentKeys.js';
import { WeComAdapter, maskUserId } from './WeComAdapter.js';
import { WeComApi } from './wecomApi.js';
import { WeComCrypto, WeComCryptoError } from './wecomCrypto.js';

export const WECOM_PATH = '/api/wecom';

type WeComConfig = Pick<
  Config,
  | 'WECOM_CORP_ID'
  | 'WECOM_AGENT_ID'
  | 'WECOM_SECRET'
  | 'WECOM_TOKEN'
  | 'WECOM_ENCODING_AES_KEY'
  | 'WECOM_API_BASE'
>;

export interface WeComDeps {
  config: WeComConfig;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** What the adapter does when a turn fails (the same handler as the Bot Framework adapter's). */
  onTurnError?: (context: TurnContext, error: Error) => Promise<void>;
  /** The bot's display name on its activities. */
  botName?: string;
  /** The clock the timestamps are checked against (tests move it). */
  now?: () => number;
}

export interface WeComChannel {
  adapter: WeComAdapter;
  /** Resolves when the turns started by callbacks are over (or `timeoutMs` has passed). */
  idle(timeoutMs?: number): Promise<void>;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Mounts GET/POST /api/wecom when WeCom is configured; returns the channel, or undefined. */
export function mountWeCom(server: Server, deps: WeComDeps): WeComChannel | undefined {
  const { config, logger } = deps;
  const corpId = config.WECOM_CORP_ID;
  const agentId = config.WECOM_AGENT_ID;
  const secret = config.WECOM_SECRET;
  const token = config.WECOM_TOKEN;
  const aesKey = config.WECOM_ENCODING_AES_KEY;
  if (!corpId || agentId === undefined || !secret || !token || !aesKey) return undefined;

  const now = deps.now ?? Date.now;
  const crypto = new WeComCrypto(token, aesKey, corpId);
  const api = new WeComApi({ apiBase: config.WECOM_API_BASE, corpId, secret });
  const adapter = new WeComAdapter({
    corpId,
    agentId,
    api,
    logger,
    apiBase: config.WECOM_API_BASE,
    ...(deps.botName ? { botName: deps.botName } : {}),
  });
  if (deps.onTurnError) adapter.onTurnError = deps.onTurnError;
  const seen = new RecentKeys(DEDUPE_TTL_MS, DEDUPE_MAX_ENTRIES, now);

  // restify's bodyParser (installed for /api/messages) skips a request whose body was already read
  // (its `_readBody` / `_parsedBody` flags): ours is read raw in the route below.
  server.pre((req: Request, _res: Response, next: Next) => {
    if (req.method === 'POST' && pathOf(req) === WECOM_PATH) {
      const flags = req as unknown as { _readBody?: boolean; _parsedBody?: boolean };
      flags._readBody = true;
      flags._parsedBody = true;
    }
    return next();
  });

  const refuse = (res: Response, method: string, refusal: Refusal) => {
    logger.warn('wecom callback refused', { method, status: refusal.status, reason: refusal.reason });
    res.status(refusal.status);
    res.json({ error: refusal.reason });
  };

  /** The query's msg_signature, timestamp and nonce, with the timestamp within 5 minutes of now. */
  const signedQuery = (req: Request, extra?: 'echostr') => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const names = ['msg_signature', 'timestamp', 'nonce', ...(extra ? [extra] : [])];
    const values = names.map((n) => query[n]);
    if (values.some((v) => typeof v !== 'string' || v === '' || v.length > 4096))
      throw new Refusal(400, `query parameters ${names.join(', ')} are required`);
    const [signature, timestamp, nonce, echostr] = values as string[];
    if (!/^\d{1,12}$/.test(timestamp!)) throw new Refusal(400, 'timestamp must be seconds since 1970');
    if (Math.abs(now() / 1000 - Number(timestamp)) > CALLBACK_MAX_AGE_SECONDS)
      throw new Refusal(403, 'timestamp is more than 5 minutes away: stale or replayed');
    return { signature: signature!, timestamp: timestamp!, nonce: nonce!, echostr };
  };

  const decrypt = (encrypted: string): string => {
    try {
      return crypto.decrypt(encrypted);
    } catch (err) {
      if (err instanceof WeComCryptoError)
        throw new Refusal(
          err.problem === 'other receiveid' ? 403 : 400,
          `ciphertext refused: ${err.problem}`,
        );
      throw err;
    }
  };

  server.get(WECOM_PATH, async (req: Request, res: Response) => {
    try {
      const q = signedQuery(req, 'echostr');
      // A '+' of the base64 arrives as a space when WeCom's URL leaves it unencoded.
      const echostr = q.echostr!.replace(/ /g, '+');
      if (!crypto.verify(q.signature, q.timestamp, q.nonce, echostr))
        throw new Refusal(401, 'wrong msg_signature');
      const plain = decrypt(echostr);
      logger.info('wecom URL verified');
      // The plain text exactly: no quotes, no BOM, no newline (path/90930).
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(plain);
    } catch (err) {
      if (err instanceof Refusal) return refuse(res, 'GET', err);
      logger.error('wecom URL verification failed', { err });
      res.status(500);
      res.json({ error: 'internal error' });
    }
  });

  server.post(WECOM_PATH, async (req: Request, res: Response) => {
    let message: CallbackMessage;
    try {
      const contentType = (req.header('content-type') ?? '').toLowerCase();
      if (!/^(?:text|application)\/xml\b/.test(contentType))
        throw new Refusal(415, 'content-type must be text/xml or application/xml');
      const q = signedQuery(req);
      let body: Buffer;
      try {
        body = await readRawBody(req as unknown as IncomingMessage, CALLBACK_MAX_BODY_BYTES);
      } catch (err) {
        if (err instanceof BodyProblem) throw new Refusal(err.status, err.message);
        throw new Refusal(400, 'the body could not be read');
      }
      let envelope;
      try {
        envelope = readEnvelope(new TextDecoder('utf-8', { fatal: true }).decode(body));
      } catch (err) {
        if (err instanceof XmlRefused || err instanceof TypeError)
          throw new Refusal(
            400,
            `not a WeCom callback body: ${err instanceof XmlRefused ? err.problem : 'not UTF-8'}`,
          );
        throw err;
      }
      if (!crypto.verify(q.signature, q.timestamp, q.nonce, envelope.encrypt))
        throw new Refusal(401, 'wrong msg_signature');
      const inner = decrypt(envelope.encrypt);
      try {
        message = readCallbackMessage(inner);
      } catch (err) {
        if (!(err instanceof XmlRefused)) throw err;
        // Signed with our Token and key, yet unreadable: answering 4xx would only bring it back.
        logger.error('wecom callback ignored: its message cannot be read', { problem: err.problem });
        return ok(res);
      }
    } catch (err) {
      if (err instanceof Refusal) return refuse(res, 'POST', err);
      logger.error('wecom callback failed', { err });
      res.status(500);
      res.json({ error: 'internal error' });
      return;
    }

    if (message.kind === 'ignored') {
      logger.debug('wecom callback ignored', { msgType: message.msgType, event: message.event });
      return ok(res);
    }
    if (message.agentId !== undefined && message.agentId !== agentId) {
      logger.warn('wecom callback for another application ignored', { agentId: message.agentId });
      return ok(res);
    }
    const key = dedupeKey(message);
    if (key !== undefined && !seen.add(key)) {
      logger.info('wecom callback already taken (a retry)', {
        kind: message.kind,
        user: maskUserId(message.from),
      });
      return ok(res);
    }
    logger.info('wecom callback', { kind: message.kind, user: maskUserId(message.from) });
    ok(res);
    void adapter.processCallback(message, (context) => deps.bot.run(context));
  });

  return { adapter, idle: (timeoutMs) => adapter.idle(timeoutMs) };
}

/** The empty 200 WeCom expects when there is no passive reply. */
function ok(res: Response): void {
  res.status(200);
  res.end();
}

function pathOf(req: Request): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}
