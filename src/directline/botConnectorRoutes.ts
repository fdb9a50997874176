// Where the bot's replies arrive: the adapter posts them to the serviceUrl of the activity it is
// answering, as it would to Azure's channel connector, and that serviceUrl points here (loopback,
// behind a random per-process key). Each reply is stored in its conversation for the client to poll.
import { timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { hasBody, type JsonBodyReader, refuseBody } from '../http/jsonBody.js';
import type { Logger } from '../log/logger.js';
import { LOCAL_BOT } from './clientActivity.js';
import type { ConversationStore } from './conversationStore.js';
import { sendError, sendJson } from './respond.js';

export const BOT_CONNECTOR_PREFIX = '/directline-connector';

export interface BotConnectorRoutesOptions {
  conversations: ConversationStore;
  /** The secret path segment the adapter's serviceUrl carries. */
  key: string;
  logger: Logger;
  bodies: JsonBodyReader;
}

export function mountBotConnectorRoutes(server: Server, options: BotConnectorRoutesOptions): void {
  const { conversations, logger, bodies } = options;
  const key = Buffer.from(options.key);

  const receive = async (req: Request, res: Response) => {
    const params = req.params as Record<string, string | undefined>;
    const given = Buffer.from(params.key ?? '');
    if (given.length !== key.length || !timingSafeEqual(given, key)) {
      if (hasBody(req)) res.setHeader('connection', 'close');
      return sendError(res, 403, 'Forbidden', 'unknown connector key');
    }
    const read = await bodies.read(req);
    if (!read.ok) return refuseBody(res, read, { error: { code: 'BadArgument', message: read.error } });
    const conversation = conversations.get(params.conversationId ?? '');
    if (!conversation) return sendError(res, 404, 'ConversationNotFound', 'no such conversation');
    const body = read.value as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string')
      return sendError(res, 400, 'BadArgument', 'body must be an activity');
    const activity: Record<string, unknown> = { ...body };
    delete activity.serviceUrl;
    const from = typeof body.from === 'object' ? body.from : {};
    const stored = conversations.append(conversation, {
      ...activity,
      type: body.type,
      from: { ...LOCAL_BOT, ...from, role: 'bot' },
    });
    logger.debug('bot reply stored', { conversationId: conversation.id, type: body.type });
    sendJson(res, 200, { id: stored.id });
  };

  const base = `${BOT_CONNECTOR_PREFIX}/:key/v3/conversations/:conversationId/activities`;
  server.post(base, receive);
  server.post(`${base}/:replyToId`, receive);
}
