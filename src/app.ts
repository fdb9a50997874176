// The one wiring place, in the order of the BotBuilder samples: config → authentication → adapter →
// onTurnError → storage and state → knowledge and matching → dialogs → bot → HTTP server.
// src/index.ts starts it; tests start the same thing on an ephemeral port.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  ConfigurationBotFrameworkAuthentication,
  ShowTypingMiddleware,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import type { Server } from 'restify';
import { botFrameworkAuthOptions } from './bot/botFrameworkAuthOptions.js';
import { createBot } from './bot/createBot.js';
import { createHandoff, type Handoff } from './bot/handoff/createHandoff.js';
import { createServices } from './bot/createServices.js';
import type { TurnServices } from './bot/turnServices.js';
import { createServer } from './bot/server.js';
import { YiqiAdapter } from './bot/YiqiAdapter.js';
import { todayFrom } from './clock.js';
import type { Config } from './config.js';
import { BlobMaintainerLog } from './feedback/blobMaintainerLog.js';
import { FileMaintainerLog, type MaintainerLog, ResilientMaintainerLog } from './feedback/maintainerLog.js';
import { loadKnowledge, type KnowledgeBase } from './kb/loadKnowledge.js';
import { createStorage } from './state/createStorage.js';
import { StorageUnavailableError } from './state/GuardedStorage.js';
import { createLogger, type Logger } from './log/logger.js';
import type { Telemetry } from './telemetry/telemetry.js';
import { recordOutcome, replyOutcome } from './telemetry/outcome.js';
import { traceStorage } from './telemetry/tracedStorage.js';
import { TurnTelemetry } from './telemetry/turnTelemetry.js';
import { PersonalDataRegistry } from './privacy/personalData.js';
import { profileTexts } from './profiles/texts.js';
import { BlobShareStorage } from './share/blobShareStorage.js';
import { ShareLinkHolder } from './share/shareLinkHolder.js';
import { ShareLinks } from './share/shareLinks.js';
import { mountSharePages } from './share/sharePageRoutes.js';
import { FileShareStorage, type ShareStorage } from './share/shareStorage.js';
import { mountWebChat } from './web/webChatRoutes.js';
import { mountWeCom, type WeComChannel } from './wecom/index.js';

/** Expired share links are swept at start-up and then once a day. */
const SHARE_PURGE_INTERVAL_MS = 86_400_000;

export interface AppOverrides {
  kb?: KnowledgeBase;
  storage?: Storage;
  maintainerLog?: MaintainerLog;
  logger?: Logger;
  /** Started before the app (src/telemetry/startTelemetry.ts); flushed and stopped by close(). */
  telemetry?: Telemetry;
  /** Where share links are kept (default: DATA_DIR, or the blob container when configured). */
  shareStorage?: ShareStorage;
}

export interface App {
  server: Server;
  adapter: YiqiAdapter;
  services: TurnServices;
  /** The 企业微信 channel, when the WECOM_* settings are set (its adapter sends proactive messages). */
  wecom?: WeComChannel;
  /** Service requests and ratings (routes, the request store). */
  handoff: Handoff;
  /** Listens on config.PORT (0: any free port) and config.bindHost; resolves to the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: no new connections, requests in flight finish (forced after graceMs). */
  close(graceMs?: number): Promise<void>;
}

export function createApp(config: Config, overrides: AppOverrides = {}): App {
  const logger =
    overrides.logger ?? createLogger({ level: config.LOG_LEVEL, logMessageText: config.LOG_MESSAGE_TEXT });

  const authentication = new ConfigurationBotFrameworkAuthentication(botFrameworkAuthOptions(config));
  const adapter = new YiqiAdapter(authentication, !config.localMode);

  const kb = overrides.kb ?? loadKnowledge();
  const onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('turn error', { err: error, conversationId: context.activity.conversation?.id });
    try {
      const storageDown =
        error instanceof StorageUnavailableError || error.cause instanceof StorageUnavailableError;
      await context.sendActivity(storageDown ? kb.replies.errors.storage : kb.replies.errors.turn);
    } catch (sendError) {
      logger.error('could not tell the user about a turn error', { err: sendError });
    }
  };
  adapter.onTurnError = onTurnError;
  adapter.use(new TurnTelemetry()); // first, so the whole turn is inside its span
  adapter.use(new ShowTypingMiddleware(500, 2000));

  const today = todayFrom(config);
  const maintainerLog =
    overrides.maintainerLog ??
    new ResilientMaintainerLog(
      config.BLOB_CONNECTION_STRING
        ? new BlobMaintainerLog(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER)
        : new FileMaintainerLog(join(config.DATA_DIR, 'maintainer-log.jsonl')),
      (err) => logger.warn('could not record for maintainers', { err }),
    );
  const storage = overrides.storage ?? createStorage(config);

  // 服务包 share links live under PUBLIC_BASE_URL; in local mode, without it, under this server's own
  // loopback address once it listens. Authenticated mode cannot know its public address: no links.
  let ownAddress: string | undefined;
  const shareLinks = new ShareLinks({
    storage:
      overrides.shareStorage ??
      (config.BLOB_CONNECTION_STRING
        ? new BlobShareStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER)
        : new FileShareStorage(config.DATA_DIR)),
    ttlDays: config.SHARE_TTL_DAYS,
    retentionDays: config.RETENTION_DAYS,
    baseUrl: () => config.PUBLIC_BASE_URL ?? (config.localMode ? ownAddress : undefined),
  });
  if (!config.localMode && !config.PUBLIC_BASE_URL)
    logger.warn('PUBLIC_BASE_URL is not set: check-ups are given without a share link');
  const personalData = new PersonalDataRegistry();
  personalData.register(new ShareLinkHolder(shareLinks, profileTexts));

  const services = createServices(kb, today, maintainerLog, logger, {
    personalData,
    retentionDays: config.RETENTION_DAYS,
    shareLinks,
  });
  // Every reply counts as an outcome for telemetry (answers, results, declines, a person).
  services.onReply = (kind) => {
    const outcome = replyOutcome(kind);
    if (outcome) recordOutcome(outcome);
  };
  const engine = services.engine;
  const handoff = createHandoff(config, { kb, adapter, logger, personalData: services.personalData });
  const bot = createBot(
    services,
    traceStorage(storage, config.BLOB_CONNECTION_STRING ? 'blob' : 'memory'),
    (parts) => handoff.extend(parts),
  );
  let wecom: WeComChannel | undefined;
  const server = createServer({
    config,
    adapter,
    bot,
    kb,
    engine,
    logger,
    extraRoutes: (routes) => {
      mountWebChat(routes, { config, adapter, bot, logger });
      wecom = mountWeCom(routes, { config, bot, logger, onTurnError, botName: kb.replies.botName });
      mountSharePages(routes, {
        config,
        links: shareLinks,
        texts: profileTexts,
        packageTexts: kb.eligibilityTexts,
        botName: kb.replies.botName,
        logger,
      });
    },
  });
  const purgeShareLinks = () =>
    shareLinks
      .purgeExpired()
      .then((removed) => removed > 0 && logger.info('expired share links removed', { links: removed }))
      .catch((err: unknown) => logger.warn('expired share links could not be swept', { err }));
  let purgeTimer: NodeJS.Timeout | undefined;

  return {
    server,
    adapter,
    services,
    ...(wecom ? { wecom } : {}),
    handoff,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.bindHost, () => {
          const { address, port } = server.address() as AddressInfo;
          ownAddress = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
          void purgeShareLinks();
          purgeTimer ??= setInterval(() => void purgeShareLinks(), SHARE_PURGE_INTERVAL_MS).unref();
          resolve(ownAddress);
        });
      }),
    // Stop accepting, let requests in flight (and so their turns) finish, then drop idle keep-alive
    // connections; whatever is still open after `graceMs` is closed.
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        clearInterval(purgeTimer);
        handoff.stop();
        const http = server.server;
        const timer = setTimeout(() => http.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          // WeCom turns run after their callback was answered: let them finish too.
          void (wecom?.idle(graceMs) ?? Promise.resolve()).then(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        http.closeIdleConnections();
      })
        .then(() => overrides.telemetry?.shutdown())
        .catch((err: unknown) => logger.warn('telemetry could not be flushed at shutdown', { err })),
  };
}
