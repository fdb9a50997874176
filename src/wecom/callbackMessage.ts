// What a decrypted callback says, as a typed value: a text message, another kind of message the
// bot cannot read (image, voice …), a template card button click, the user entering the app or
// subscribing, or something else (ignored). Formats: 接收消息 (path/90239), 接收事件 (path/90240).
import { fieldsOf, parseCallbackXml, XmlRefused, type XmlElement } from './callbackXml.js';

interface Common {
  /** The sender's UserID (FromUserName). */
  from: string;
  /** CreateTime, seconds since 1970. */
  createTime: number;
  /** AgentID of the application the callback is for. */
  agentId?: number;
}

export type CallbackMessage =
  | (Common & { kind: 'text'; msgId: string; content: string })
  | (Common & { kind: 'unreadable'; msgId: string; msgType: string })
  | (Common & {
      kind: 'card-click';
      eventKey: string;
      taskId: string;
      cardType: string;
    })
  | (Common & { kind: 'enter'; event: 'enter_agent' | 'subscribe' })
  | { kind: 'ignored'; msgType: string; event?: string };

/** Message types a person sends that the bot can only answer with “please write text”. */
const UNREADABLE = new Set(['image', 'voice', 'video', 'file', 'location', 'link']);

/** The outer callback body: the ciphertext and whom it is addressed to. */
export interface CallbackEnvelope {
  encrypt: string;
  toUserName?: string;
  agentId?: string;
}

export function readEnvelope(xml: string): CallbackEnvelope {
  const fields = fieldsOf(parseCallbackXml(xml));
  const encrypt = leafText(fields.get('Encrypt'), 'Encrypt');
  if (!encrypt) throw new XmlRefused('<Encrypt> is missing or empty', 0);
  return {
    encrypt: encrypt.trim(),
    toUserName: leafText(fields.get('ToUserName'), 'ToUserName'),
    agentId: leafText(fields.get('AgentID'), 'AgentID'),
  };
}

export function readCallbackMessage(xml: string): CallbackMessage {
  const fields = fieldsOf(parseCallbackXml(xml));
  const get = (name: string) => leafText(fields.get(name), name);
  const msgType = get('MsgType') ?? '';
  const event = get('Event');
  const from = get('FromUserName');
  const createTime = Number(get('CreateTime'));
  const agentText = get('AgentID');
  const agentId = agentText !== undefined && /^\d+$/.test(agentText) ? Number(agentText) : undefined;
  if (!from || !Number.isInteger(createTime) || createTime <= 0)
    return { kind: 'ignored', msgType, ...(event ? { event } : {}) };
  const common: Common = { from, createTime, ...(agentId !== undefined ? { agentId } : {}) };

  if (msgType === 'text') {
    const msgId = get('MsgId');
    if (!msgId) throw new XmlRefused('a text message without MsgId', 0);
    return { ...common, kind: 'text', msgId, content: get('Content') ?? '' };
  }
  if (UNREADABLE.has(msgType)) {
    const msgId = get('MsgId');
    if (!msgId) throw new XmlRefused(`a ${msgType} message without MsgId`, 0);
    return { ...common, kind: 'unreadable', msgId, msgType };
  }
  if (msgType === 'event' && event === 'template_card_event') {
    return {
      ...common,
      kind: 'card-click',
      eventKey: get('EventKey') ?? '',
      taskId: get('TaskId') ?? '',
      cardType: get('CardType') ?? '',
    };
  }
  if (msgType === 'event' && (event === 'enter_agent' || event === 'subscribe')) {
    return { ...common, kind: 'enter', event };
  }
  return { kind: 'ignored', msgType, ...(event ? { event } : {}) };
}

/**
 * What makes a callback the same callback when WeCom sends it again: MsgId for messages; for
 * events (which have none) the sender and CreateTime, and for card clicks the task and the key.
 */
export function dedupeKey(message: CallbackMessage): string | undefined {
  switch (message.kind) {
    case 'text':
    case 'unreadable':
      return `msg:${message.msgId}`;
    case 'card-click':
      return `card:${message.from}:${message.createTime}:${message.taskId}:${message.eventKey}`;
    case 'enter':
      return `event:${message.from}:${message.createTime}:${message.event}`;
    case 'ignored':
      return undefined;
  }
}

function leafText(element: XmlElement | undefined, name: string): string | undefined {
  if (!element) return undefined;
  if (element.children.length > 0) throw new XmlRefused(`<${name}> must hold text`, 0);
  return element.text;
}
