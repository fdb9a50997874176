// A local fake of WeCom's server API on an ephemeral loopback port, following its documentation:
// GET /cgi-bin/gettoken?corpid=&corpsecret= (path/91039) and POST /cgi-bin/message/send?access_token=
// (path/90236) with the error codes of path/90313 (40001 bad secret, 40013 bad corpid, 40014 bad
// token, 42001 expired token). It records what it was sent, can expire or revoke every token, and
// can fail the next calls. It is stricter than WeCom in one way: content WeCom would cut off (text
// or markdown over 2048 bytes) and template cards outside the documented limits are refused with
// 40058, so a test notices.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  touser: string;
  agentid: number;
  msgtype: string;
  text?: { content: string };
  markdown?: { content: string };
  template_card?: {
    card_type: string;
    task_id: string;
    main_title?: { title?: string };
    sub_title_text?: string;
    button_list?: { text: string; key: string }[];
  };
}

type Failure = { errcode: number; errmsg: string } | { httpStatus: number } | 'hang';

export interface FakeWeComApi {
  url: string;
  /** Messages message/send accepted, in order. */
  sent: SentMessage[];
  /** Every call: which API and the errcode answered (0: success). */
  calls: { api: 'gettoken' | 'message/send'; errcode: number | 'http' | 'hang' }[];
  /** access_tokens handed out so far. */
  readonly tokensIssued: number;
  /** Every token handed out so far is now expired (message/send answers 42001). */
  expireTokens(): void;
  /** Every token handed out so far is now unknown (message/send answers 40014). */
  revokeTokens(): void;
  /** The next calls of `api` fail this way, in order. */
  failNext(api: 'gettoken' | 'message/send', ...failures: Failure[]): void;
  /** message/send calls wait, unanswered, until release(). */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

const TASK_ID = /^[A-Za-z0-9_\-@]{1,128}$/;

export async function startFakeWeComApi(options: {
  corpId: string;
  secret: string;
  agentId: number;
  expiresIn?: number;
}): Promise<FakeWeComApi> {
  const tokens = new Map<string, 'valid' | 'expired'>();
  const taskIds = new Set<string>();
  const failures: Record<'gettoken' | 'message/send', Failure[]> = { gettoken: [], 'message/send': [] };
  const hanging = new Set<() => void>();
  let holding = false;
  const held: (() => void)[] = [];
  let issued = 0;
  let msgSeq = 0;
  const fake: FakeWeComApi = {
    url: '',
    sent: [],
    calls: [],
    get tokensIssued() {
      return issued;
    },
    expireTokens: () => {
      for (const t of tokens.keys()) tokens.set(t, 'expired');
    },
    revokeTokens: () => tokens.clear(),
    failNext: (api, ...list) => failures[api].push(...list),
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const go of held.splice(0)) go();
    },
    close: () =>
      new Promise((resolve) => {
        for (const release of hanging) release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((req, res) => {
    void readBody(req)
      .then((body) =>
        holding && req.url?.startsWith('/cgi-bin/message/send')
          ? new Promise<string>((resolve) => held.push(() => resolve(body)))
          : body,
      )
      .then((body) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const answer = (status: number, json: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(json));
        };
        const api =
          req.method === 'GET' && url.pathname === '/cgi-bin/gettoken'
            ? 'gettoken'
            : req.method === 'POST' && url.pathname === '/cgi-bin/message/send'
              ? 'message/send'
              : undefined;
        if (!api) return answer(404, { errcode: 404, errmsg: 'not found' });

        const failure = failures[api].shift();
        if (failure === 'hang') {
          fake.calls.push({ api, errcode: 'hang' });
          hanging.add(() => res.destroy());
          return;
        }
        if (failure && 'httpStatus' in failure) {
          fake.calls.push({ api, errcode: 'http' });
          return answer(failure.httpStatus, { error: 'fake failure' });
        }
        const reply = (json: { errcode: number; errmsg: string; [k: string]: unknown }) => {
          fake.calls.push({ api, errcode: json.errcode });
          answer(200, json);
        };
        if (failure) return reply(failure);

        if (api === 'gettoken') {
          if (url.searchParams.get('corpid') !== options.corpId)
            return reply({ errcode: 40013, errmsg: 'invalid corpid' });
          if (url.searchParams.get('corpsecret') !== options.secret)
            return reply({ errcode: 40001, errmsg: 'invalid credential' });
          const token = `fake-token-${++issued}`;
          tokens.set(token, 'valid');
          return reply({
            errcode: 0,
            errmsg: 'ok',
            access_token: token,
            expires_in: options.expiresIn ?? 7200,
          });
        }

        const state = tokens.get(url.searchParams.get('access_token') ?? '');
        if (state === undefined) return reply({ errcode: 40014, errmsg: 'invalid access_token' });
        if (state === 'expired') return reply({ errcode: 42001, errmsg: 'access_token expired' });
        let message: SentMessage;
        try {
          message = JSON.parse(body) as SentMessage;
        } catch {
          return reply({ errcode: 47001, errmsg: 'data format error' });
        }
        const problem = checkMessage(message, options.agentId, taskIds);
        if (problem) return reply({ errcode: 40058, errmsg: problem });
        if (message.template_card) taskIds.add(message.template_card.task_id);
        fake.sent.push(message);
        return reply({
          errcode: 0,
          errmsg: 'ok',
          msgid: `msg-${++msgSeq}`,
          ...(message.msgtype === 'template_card' ? { response_code: `rc-${msgSeq}` } : {}),
        });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** What path/90236 requires of a message, as far as the bot uses it; undefined when it is fine. */
function checkMessage(m: SentMessage, agentId: number, taskIds: Set<string>): string | undefined {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  if (typeof m.touser !== 'string' || !m.touser) return 'touser is required';
  if (m.agentid !== agentId) return `invalid agentid ${String(m.agentid)}`;
  switch (m.msgtype) {
    case 'text':
      if (!m.text?.content) return 'text.content is required';
      return bytes(m.text.content) > 2048 ? 'text.content over 2048 bytes' : undefined;
    case 'markdown':
      if (!m.markdown?.content) return 'markdown.content is required';
      return bytes(m.markdown.content) > 2048 ? 'markdown.content over 2048 bytes' : undefined;
    case 'template_card': {
      const card = m.template_card;
      if (!card || card.card_type !== 'button_interaction') return 'only button_interaction is used';
      if (!TASK_ID.test(card.task_id ?? '')) return 'task_id: digits, letters and _-@, at most 128 bytes';
      if (taskIds.has(card.task_id)) return 'task_id already used';
      if (!card.main_title?.title) return 'main_title.title is required';
      const buttons = card.button_list ?? [];
      if (buttons.length < 1 || buttons.length > 6) return 'button_list: 1 to 6 buttons';
      const keys = new Set<string>();
      for (const b of buttons) {
        if (!b.text) return 'button_list.text is required';
        if (!b.key || bytes(b.key) > 1024) return 'button_list.key: 1 to 1024 bytes';
        if (keys.has(b.key)) return 'button_list.key must not repeat';
        keys.add(b.key);
      }
      return undefined;
    }
    default:
      return `msgtype ${m.msgtype} is not used by the bot`;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
