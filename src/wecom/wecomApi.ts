// The client of WeCom's server API: gettoken (path/91039) and message/send (path/90236) at
// WECOM_API_BASE (qyapi.weixin.qq.com, or 政务微信's own host). Every call has a deadline; a token
// WeCom refuses (40001/40014/42001, path/90313) is fetched again once and the send retried once.
// Errors never carry the access_token or the secret (both travel in the query string).
import { AccessTokenCache, type TokenGrant } from './accessTokenCache.js';
import { API_TIMEOUT_MS, TOKEN_ERRCODES } from './limits.js';
import type { SendBody } from './outgoingMessage.js';

export class WeComApiError extends Error {
  constructor(
    readonly operation: 'gettoken' | 'message/send',
    /** WeCom's errcode, when it answered with one. */
    readonly errcode: number | undefined,
    readonly detail: string,
  ) {
    super(`WeCom ${operation} failed: ${errcode !== undefined ? `errcode ${errcode} ` : ''}${detail}`);
    this.name = 'WeComApiError';
  }
}

export interface WeComApiOptions {
  apiBase: string;
  corpId: string;
  secret: string;
  timeoutMs?: number;
  now?: () => number;
}

export interface SendResult {
  msgid?: string;
  /** For interactive template cards: the code that could update the card (not used yet). */
  responseCode?: string;
}

interface ApiAnswer {
  errcode?: number;
  errmsg?: string;
  [key: string]: unknown;
}

export class WeComApi {
  readonly tokens: AccessTokenCache;
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: WeComApiOptions) {
    this.base = options.apiBase.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? API_TIMEOUT_MS;
    this.tokens = new AccessTokenCache(() => this.getToken(), options.now);
  }

  async sendMessage(body: SendBody): Promise<SendResult> {
    let token = await this.tokens.get();
    let answer = await this.call(
      'message/send',
      `/cgi-bin/message/send?access_token=${encodeURIComponent(token)}`,
      body,
    );
    if (answer.errcode !== undefined && TOKEN_ERRCODES.has(answer.errcode)) {
      token = await this.tokens.replace(token);
      answer = await this.call(
        'message/send',
        `/cgi-bin/message/send?access_token=${encodeURIComponent(token)}`,
        body,
      );
    }
    if (answer.errcode !== 0) throw new WeComApiError('message/send', answer.errcode, answer.errmsg ?? '');
    return {
      ...(typeof answer.msgid === 'string' ? { msgid: answer.msgid } : {}),
      ...(typeof answer.response_code === 'string' ? { responseCode: answer.response_code } : {}),
    };
  }

  private async getToken(): Promise<TokenGrant> {
    const { corpId, secret } = this.options;
    const answer = await this.call(
      'gettoken',
      `/cgi-bin/gettoken?corpid=${encodeURIComponent(corpId)}&corpsecret=${encodeURIComponent(secret)}`,
    );
    const token = answer.access_token;
    const expiresIn = answer.expires_in;
    if (
      answer.errcode !== 0 ||
      typeof token !== 'string' ||
      !token ||
      typeof expiresIn !== 'number' ||
      expiresIn <= 0
    )
      throw new WeComApiError('gettoken', answer.errcode, answer.errmsg ?? 'no access_token in the answer');
    return { token, expiresInSeconds: expiresIn };
  }

  private async call(
    operation: 'gettoken' | 'message/send',
    path: string,
    body?: unknown,
  ): Promise<ApiAnswer> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new WeComApiError(operation, undefined, describeFetchError(err, this.timeoutMs));
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw new WeComApiError(operation, undefined, describeFetchError(err, this.timeoutMs));
    }
    if (!res.ok) throw new WeComApiError(operation, undefined, `HTTP ${res.status}`);
    try {
      const answer = JSON.parse(text) as unknown;
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
        throw new Error('not an object');
      return answer as ApiAnswer;
    } catch {
      throw new WeComApiError(operation, undefined, 'the answer is not a JSON object');
    }
  }
}

/** What went wrong with a request, without its URL (which holds the token or the secret). */
function describeFetchError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return `no answer within ${timeoutMs} ms`;
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  return `request failed${typeof cause?.code === 'string' ? ` (${cause.code})` : ''}`;
}
