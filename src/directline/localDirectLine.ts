// The local Direct Line, put together: conversations and tokens in memory, the client routes under
// /v3/directline, and the connector route the adapter posts the bot's replies to. For local mode
// only (the server binds loopback there); production uses Azure's Direct Line instead.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { RateLimiter } from '../bot/rateLimiter.js';
import { JsonBodyReader } from '../http/jsonBody.js';
import type { Logger } from '../log/logger.js';
import { BOT_CONNECTOR_PREFIX, mountBotConnectorRoutes } from './botConnectorRoutes.js';
import { type ChannelActivity, ConversationStore } from './conversationStore.js';
import { mountDirectLineRoutes } from './directLineRoutes.js';
import { LOCAL_DIRECT_LINE_LIMITS, type LocalDirectLineLimits } from './limits.js';
import { TokenStore } from './tokenStore.js';

export interface LocalDirectLineOptions {
  /** Runs one bot turn; the bot answers by posting to the activity's serviceUrl. */
  runTurn(activity: ChannelActivity): Promise<void>;
  logger: Logger;
  limits?: Partial<LocalDirectLineLimits>;
  /** Reads request bodies (the server's, for its cap on bodies read at once); a default one otherwise. */
  bodies?: JsonBodyReader;
  /** Proxies trusted to name the client (X-Forwarded-For hops), for the polling limit. */
  trustProxyHops?: number;
  now?: () => number;
}

export function mountLocalDirectLine(server: Server, options: LocalDirectLineOptions): LocalDirectLineLimits {
  const limits = { ...LOCAL_DIRECT_LINE_LIMITS, ...options.limits };
  const conversations = new ConversationStore(
    {
      maxConversations: limits.maxConversations,
      maxActivitiesPerConversation: limits.maxActivitiesPerConversation,
      maxBytesPerConversation: limits.maxBytesPerConversation,
      maxBytesTotal: limits.maxBytesTotal,
      idleMs: limits.idleMinutes * 60_000,
    },
    options.now,
  );
  const tokens = new TokenStore({ ttlSeconds: limits.tokenTtlSeconds, now: options.now });
  const key = randomBytes(24).toString('base64url');

  // Known only once the server listens; the adapter reaches it over loopback.
  const serviceUrl = () => {
    const { address, port } = server.address() as AddressInfo;
    const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address;
    return `http://${host.includes(':') ? `[${host}]` : host}:${port}${BOT_CONNECTOR_PREFIX}/${key}`;
  };

  const bodies = options.bodies ?? new JsonBodyReader();
  const pollLimit = new RateLimiter({
    perSecond: limits.pollsPerSecond,
    burst: limits.pollBurst,
    trustProxy: options.trustProxyHops ?? 0,
    now: options.now,
  }).middleware();
  mountBotConnectorRoutes(server, { conversations, key, logger: options.logger, bodies });
  mountDirectLineRoutes(server, {
    conversations,
    tokens,
    logger: options.logger,
    bodies,
    pollLimit,
    now: options.now,
    runTurn: (activity) => options.runTurn({ ...activity, serviceUrl: serviceUrl() }),
  });
  return limits;
}
