// The one wiring place, in the order of the BotBuilder samples: config → authentication → adapter →
// onTurnError → storage and state → knowledge and matching → dialogs → bot → HTTP server.
// src/index.ts starts it; tests start the same thing on an ephemeral port.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConfigurationBotFrameworkAuthentication, ShowTypingMiddleware, type Storage } from 'botbuilder';
import type { Server } from 'restify';
import { createBot } from './bot/createBot.js';
import { createServices } from './bot/createServices.js';
import { MeasureSearchExtension } from './bot/measureSearchExtension.js';
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
import { mountPages } from './pages/mountPages.js';
import { mountWebChat } from './web/webChatRoutes.js';

export interface AppOverrides {
  kb?: KnowledgeBase;
  storage?: Storage;
  maintainerLog?: MaintainerLog;
  logger?: Logger;
}

export interface App {
  server: Server;
  adapter: YiqiAdapter;
  services: TurnServices;
  /** Listens on config.PORT (0: any free port) and config.bindHost; resolves to the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: no new connections, requests in flight finish (forced after graceMs). */
  close(graceMs?: number): Promise<void>;
}

export function createApp(config: Config, overrides: AppOverrides = {}): App {
  const logger =
    overrides.logger ?? createLogger({ level: config.LOG_LEVEL, logMessageText: config.LOG_MESSAGE_TEXT });

  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType || 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new YiqiAdapter(authentication, !config.localMode);

  const kb = overrides.kb ?? loadKnowledge();
  adapter.onTurnError = async (context, error) => {
    logger.error('turn error', { err: error, conversationId: context.activity.conversation?.id });
    try {
      const storageDown =
        error instanceof StorageUnavailableError || error.cause instanceof StorageUnavailableError;
      await context.sendActivity(storageDown ? kb.replies.errors.storage : kb.replies.errors.turn);
    } catch (sendError) {
      logger.error('could not tell the user about a turn error', { err: sendError });
    }
  };
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
  const services = createServices(kb, today, maintainerLog, logger);
  const engine = services.engine;
  const measureSearch = new MeasureSearchExtension({
    kb,
    engine,
    today,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
  const bot = createBot(services, overrides.storage ?? createStorage(config), { measureSearch });
  const server = createServer({
    config,
    adapter,
    bot,
    kb,
    engine,
    logger,
    extraRoutes: (routes) => {
      mountWebChat(routes, { config, adapter, bot, logger });
      mountPages(routes, { kb, engine, today, config });
    },
  });

  return {
    server,
    adapter,
    services,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.bindHost, () => {
          const { address, port } = server.address() as AddressInfo;
          resolve(`http://${address.includes(':') ? `[${address}]` : address}:${port}`);
        });
      }),
    // Stop accepting, let requests in flight (and so their turns) finish, then drop idle keep-alive
    // connections; whatever is still open after `graceMs` is closed.
    close: (graceMs = 10_000) =>
      new Promise((resolve) => {
        const http = server.server;
        const timer = setTimeout(() => http.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        http.closeIdleConnections();
      }),
  };
}
