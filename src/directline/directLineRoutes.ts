// The client side of the local Direct Line 3.0: the subset of the protocol Web Chat and
// botframework-directlinejs use with polling (webSocket: false). Every conversation route needs
// `Authorization: Bearer <token>` naming that very conversation: none is 401, a forged, expired or
// other conversation's token is 403, a forgotten conversation is 404 (the client reads it as ended).
// The token is checked before a body is read; bodies go through the JSON reader (size, type, depth).
// The user id is always made here: a client cannot choose one (and so load another user's profile).
import { randomBytes } from 'node:crypto';
import type { Next, Request, Response, Server } from 'restify';
import { hasBody, type JsonBodyReader, refuseBody } from '../http/jsonBody.js';
import type { Logger } from '../log/logger.js';
import { fromUser, LOCAL_BOT, parseClientActivity } from './clientActivity.js';
import type { ChannelActivity, ConversationStore, LocalConversation } from './conversationStore.js';
import { sendError, sendJson } from './respond.js';
import { bearerToken, type TokenClaims, type TokenStore } from './tokenStore.js';

export const DIRECT_LINE_PREFIX = '/v3/directline';

export interface DirectLineRoutesOptions {
  conversations: ConversationStore;
  tokens: TokenStore;
  /** Runs one bot turn for an activity addressed to the bot; the bot's replies reach the store. */
  runTurn(activity: ChannelActivity): Promise<void>;
  logger: Logger;
  /** Reads request bodies (shared with the rest of the server, for its cap on bodies read at once). */
  bodies: JsonBodyReader;
  /** Limits polling per client (GET …/activities). */
  pollLimit?: (req: Request, res: Response, next: Next) => void;
  now?: () => number;
}

const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'BadArgument',
  408: 'RequestTimeout',
  413: 'MessageSizeTooBig',
  415: 'UnsupportedMediaType',
  503: 'ServiceUnavailable',
};

export function mountDirectLineRoutes(server: Server, options: DirectLineRoutesOptions): void {
  const { conversations, tokens, runTurn, logger, bodies } = options;
  const now = options.now ?? Date.now;
  const pollLimit = options.pollLimit ?? ((_req: Request, _res: Response, next: Next) => next());

  /** The request's JSON body (undefined when it has none), or undefined with the refusal sent. */
  const readBody = async (req: Request, res: Response): Promise<{ value: unknown } | undefined> => {
    const body = await bodies.read(req);
    if (body.ok) return { value: body.value };
    refuseBody(res, body, {
      error: { code: ERROR_CODES[body.status] ?? 'BadArgument', message: body.error },
    });
    return undefined;
  };

  /** The conversation a request's token opens (and, if named in the path, must be), or an error sent. */
  const authorize = (
    req: Request,
    res: Response,
  ): { claims: TokenClaims; token: string; conversation: LocalConversation } | undefined => {
    // A refused request's body is never read: the connection closes after the answer.
    if (hasBody(req)) res.setHeader('connection', 'close');
    const token = bearerToken(req.header('authorization'));
    if (!token) {
      sendError(res, 401, 'MissingToken', 'an Authorization: Bearer <token> header is required');
      return undefined;
    }
    const claims = tokens.verify(token);
    const named = (req.params as Record<string, string | undefined>).conversationId;
    if (!claims || (named !== undefined && named !== claims.conversationId)) {
      logger.debug('direct line token refused', { path: req.path() });
      sendError(res, 403, 'TokenInvalid', 'the token is invalid, expired or for another conversation');
      return undefined;
    }
    const conversation = conversations.get(claims.conversationId);
    if (!conversation) {
      sendError(res, 404, 'ConversationNotFound', 'the conversation has ended or was forgotten');
      return undefined;
    }
    res.removeHeader('connection');
    return { claims, token, conversation };
  };

  const conversationInfo = (conversation: LocalConversation, token: string, claims: TokenClaims) => ({
    conversationId: conversation.id,
    token,
    expires_in: Math.max(0, Math.floor((claims.expiresAt - now()) / 1000)),
  });

  const welcome = (conversation: LocalConversation) =>
    conversations
      .enqueue(conversation, () =>
        runTurn({
          type: 'conversationUpdate',
          id: `${conversation.id}|start`,
          channelId: 'directline',
          conversation: { id: conversation.id },
          from: { id: conversation.userId, role: 'user' },
          recipient: { ...LOCAL_BOT },
          membersAdded: [{ id: LOCAL_BOT.id, name: LOCAL_BOT.name }, { id: conversation.userId }],
          timestamp: new Date(now()).toISOString(),
        }),
      )
      .catch((err: unknown) => logger.error('welcome turn failed', { err, conversationId: conversation.id }));

  // A new conversation and its token. Locally anyone who can reach loopback may start one.
  server.post(`${DIRECT_LINE_PREFIX}/tokens/generate`, async (req: Request, res: Response) => {
    // Whatever the body says (a user id, say) is not used.
    if (!(await readBody(req, res))) return;
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    const conversation = conversations.create(userId);
    const issued = tokens.issue(conversation.id, userId);
    sendJson(res, 200, {
      conversationId: conversation.id,
      token: issued.token,
      expires_in: issued.expiresIn,
      userId,
    });
  });

  server.post(`${DIRECT_LINE_PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
    const auth = authorize(req, res);
    if (!auth || !(await readBody(req, res))) return;
    const issued = tokens.issue(auth.conversation.id, auth.claims.userId);
    sendJson(res, 200, {
      conversationId: auth.conversation.id,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
  });

  // Starts the token's conversation: the bot hears the user join (and welcomes them) once.
  server.post(`${DIRECT_LINE_PREFIX}/conversations`, async (req: Request, res: Response) => {
    const auth = authorize(req, res);
    if (!auth || !(await readBody(req, res))) return;
    const { conversation, token, claims } = auth;
    const created = !conversation.started;
    if (created) {
      conversation.started = true;
      void welcome(conversation);
    }
    sendJson(res, created ? 201 : 200, conversationInfo(conversation, token, claims));
  });

  // Reconnect: the conversation as it stands.
  server.get(`${DIRECT_LINE_PREFIX}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const auth = authorize(req, res);
    if (!auth) return;
    sendJson(res, 200, conversationInfo(auth.conversation, auth.token, auth.claims));
  });

  server.get(
    `${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`,
    pollLimit,
    async (req: Request, res: Response) => {
      const auth = authorize(req, res);
      if (!auth) return;
      const watermark = (req.query as Record<string, unknown> | undefined)?.watermark;
      sendJson(
        res,
        200,
        conversations.after(auth.conversation, typeof watermark === 'string' ? watermark : undefined),
      );
    },
  );

  server.post(
    `${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`,
    async (req: Request, res: Response) => {
      const auth = authorize(req, res);
      if (!auth) return;
      const body = await readBody(req, res);
      if (!body) return;
      const parsed = parseClientActivity(body.value);
      if ('problem' in parsed) return sendError(res, 400, 'BadArgument', parsed.problem);
      const { conversation, claims } = auth;
      const activity = fromUser(parsed.activity, claims.userId);
      // The user's typing is not kept or shown; the bot does not need it either.
      if (activity.type === 'typing') return sendJson(res, 200, { id: `${conversation.id}|typing` });
      const stored = conversations.append(conversation, activity);
      try {
        await conversations.enqueue(conversation, () => runTurn({ ...stored }));
      } catch (err) {
        logger.error('direct line turn failed', { err, conversationId: conversation.id });
        return sendError(res, 502, 'BotError', 'the bot could not process the activity');
      }
      sendJson(res, 200, { id: stored.id });
    },
  );
}
