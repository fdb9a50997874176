// Plays WeCom's side of the callback: builds the plain XML of messages and events as documented
// (接收消息 path/90239, 接收事件 path/90240), encrypts it into the callback envelope and signs it
// (path/90968), and posts it to /api/wecom — or anything malformed, for the tests of bad input.
import { randomBytes } from 'node:crypto';
import { WeComCrypto } from '../../../src/wecom/wecomCrypto.js';

export interface WeComTestApp {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  aesKey: string;
}

export function testApp(): WeComTestApp {
  return {
    corpId: 'ww5823bf96d3bd56c7',
    agentId: 1000002,
    secret: 'fake-secret-for-tests',
    token: 'QDG6eK',
    aesKey: randomBytes(32).toString('base64').slice(0, 43),
  };
}

export function wecomEnv(app: WeComTestApp, apiBase: string): Record<string, string> {
  return {
    WECOM_CORP_ID: app.corpId,
    WECOM_AGENT_ID: String(app.agentId),
    WECOM_SECRET: app.secret,
    WECOM_TOKEN: app.token,
    WECOM_ENCODING_AES_KEY: app.aesKey,
    WECOM_API_BASE: apiBase,
  };
}

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const seconds = () => Math.floor(Date.now() / 1000);
let msgSeq = 7_000_000_000_000_000_000n;

export function textXml(app: WeComTestApp, from: string, content: string, msgId = String(++msgSeq)): string {
  return (
    `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><FromUserName>${cdata(from)}</FromUserName>` +
    `<CreateTime>${seconds()}</CreateTime><MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(content)}</Content><MsgId>${msgId}</MsgId><AgentID>${app.agentId}</AgentID></xml>`
  );
}

export function imageXml(app: WeComTestApp, from: string): string {
  return (
    `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><FromUserName>${cdata(from)}</FromUserName>` +
    `<CreateTime>${seconds()}</CreateTime><MsgType>${cdata('image')}</MsgType>` +
    `<PicUrl>${cdata('https://example.invalid/p.png')}</PicUrl><MediaId>${cdata('media-1')}</MediaId>` +
    `<MsgId>${++msgSeq}</MsgId><AgentID>${app.agentId}</AgentID></xml>`
  );
}

export function eventXml(app: WeComTestApp, from: string, event: string, createTime = seconds()): string {
  return (
    `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><FromUserName>${cdata(from)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata('event')}</MsgType>` +
    `<Event>${cdata(event)}</Event><EventKey>${cdata('')}</EventKey><AgentID>${app.agentId}</AgentID></xml>`
  );
}

/** A template card button click as WeCom sends it (template_card_event). */
export function cardClickXml(
  app: WeComTestApp,
  from: string,
  taskId: string,
  eventKey: string,
  createTime = seconds(),
): string {
  return (
    `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><FromUserName>${cdata(from)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata('event')}</MsgType>` +
    `<Event>${cdata('template_card_event')}</Event><EventKey>${cdata(eventKey)}</EventKey>` +
    `<TaskId>${cdata(taskId)}</TaskId><CardType>${cdata('button_interaction')}</CardType>` +
    `<ResponseCode>${cdata('response-code')}</ResponseCode><AgentID>${app.agentId}</AgentID></xml>`
  );
}

export interface SignedRequest {
  query: string;
  body: string;
}

/** The callback request for a plain message: the envelope and the signed query. */
export function signedCallback(
  app: WeComTestApp,
  plainXml: string,
  options: { timestamp?: number; nonce?: string; receiveId?: string } = {},
): SignedRequest {
  const crypto = new WeComCrypto(app.token, app.aesKey, options.receiveId ?? app.corpId);
  const encrypted = crypto.encrypt(plainXml);
  const timestamp = String(options.timestamp ?? seconds());
  const nonce = options.nonce ?? String(Math.floor(Math.random() * 1e9));
  const signature = crypto.signature(timestamp, nonce, encrypted);
  return {
    query: `msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`,
    body:
      `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><Encrypt>${cdata(encrypted)}</Encrypt>` +
      `<AgentID>${cdata(String(app.agentId))}</AgentID></xml>`,
  };
}

export async function postCallback(
  botUrl: string,
  request: SignedRequest,
  contentType = 'text/xml',
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${botUrl}/api/wecom?${request.query}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: request.body,
  });
  return { status: res.status, text: await res.text() };
}
