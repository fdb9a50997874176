// The one wiring place, in the order of the BotBuilder samples: config → authentication → adapter →
// onTurnError → storage and state → knowledge and matching → dialogs → bot → HTTP server.
// src/index.ts starts it; tests start the same thing on an ephemeral port.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConfigurationBotFrameworkAuthentication, type Storage } from 'botbuilder';
import type { Server } from 'restify';
import { createBot } from './bot/createBot.js';
import { createServices } from './bot/createServices.js';
import type { TurnServices } from './bot/turnServices.js';
import { botAuthenticationSettings, openIdMetadataUrls } from './bot/authenticationSettings.js';
import { installOpenIdKeys } from './bot/openIdKeys.js';
import { createServer } from './bot/server.js';
import { turnErrorHandler } from './bot/turnErrorHandler.js';
import { TurnGate } from './bot/turnGate.js';
import { TypingIndicator } from './bot/typingIndicator.js';
import { YiqiAdapter } from './bot/YiqiAdapter.js';
import { todayFrom } from './clock.js';
import type { Config } from './config.js';
import { BlobMaintainerLog } from './feedback/blobMaintainerLog.js';
import {
  type ExpiringLog,
  FileMaintainerLog,
  type MaintainerLog,
  ResilientMaintainerLog,
} from './feedback/maintainerLog.js';
import { RecordPolicyLog } from './feedback/recordPolicy.js';
import { JsonBodyReader } from './http/jsonBody.js';
import { loadKnowledge, type KnowledgeBase } from './kb/loadKnowledge.js';
import { PersonalDataRegistry } from './privacy/personalData.js';
import { createStorage } from './state/createStorage.js';
import { ReadinessCheck } from './state/readiness.js';
import { createLogger, type Logger } from './log/logger.js';
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

  const authentication = new ConfigurationBotFrameworkAuthentication(botAuthenticationSettings(config));
  // The signing keys: fetched within a deadline, one fetch at a time, at start in authenticated mode.
  const keys = installOpenIdKeys(openIdMetadataUrls(config), {
    timeoutMs: config.AUTH_KEYS_TIMEOUT_MS,
    logger,
  });
  if (!config.localMode) keys[0]?.prefetch();
  const adapter = new YiqiAdapter(authentication, !config.localMode, {
    connectorTimeoutMs: config.CONNECTOR_TIMEOUT_MS,
  });

  const kb = overrides.kb ?? loadKnowledge();
  adapter.onTurnError = turnErrorHandler(kb, logger);
  adapter.use(new TypingIndicator(logger));

  const today = todayFrom(config);
  const dailyLog: ExpiringLog | undefined = overrides.maintainerLog
    ? undefined
    : config.BLOB_CONNECTION_STRING
      ? new BlobMaintainerLog(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER, {
          retentionDays: config.RETENTION_DAYS,
        })
      : new FileMaintainerLog(join(config.DATA_DIR, 'maintainer-log'), {
          retentionDays: config.RETENTION_DAYS,
        });
  const maintainerLog = new RecordPolicyLog(
    new ResilientMaintainerLog(
      overrides.maintainerLog ?? dailyLog!,
      (err) => logger.warn('could not record for maintainers', { err }),
      config.STORAGE_TIMEOUT_MS,
    ),
    { questions: kb.questions, measureExists: (id) => kb.measureById.has(id) },
  );
  const retention = dailyLog && keepWithinRetention(dailyLog, logger);
  const services = createServices(kb, today, maintainerLog, logger, new PersonalDataRegistry());
  const engine = services.engine;
  const storage = overrides.storage ?? createStorage(config);
  const bot = createBot(services, storage, {
    rememberActivityIds: config.BLOB_CONNECTION_STRING !== undefined,
  });
  const gate = new TurnGate({
    maxInFlight: config.MAX_TURNS_IN_FLIGHT,
    budgetMs: config.TURN_BUDGET_MS,
    logger,
  });
  const bodies = new JsonBodyReader({
    maxBytes: config.MAX_BODY_BYTES,
    maxConcurrent: config.MAX_CONCURRENT_BODIES,
  });
  const server = createServer({
    config,
    adapter,
    bot,
    gate,
    kb,
    engine,
    logger,
    bodies,
    readiness: new ReadinessCheck(storage, () => kb.measures.length > 0, { timeoutMs: 2_000 }),
    extraRoutes: (routes) => mountWebChat(routes, { config, adapter, bot: gate.guard(bot), logger, bodies }),
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
        if (retention) clearInterval(retention);
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

/** Deletes maintainers' records past RETENTION_DAYS now and every day after (a timer that keeps no process alive). */
function keepWithinRetention(log: ExpiringLog, logger: Logger): NodeJS.Timeout {
  const prune = () =>
    log.pruneExpired().then(
      (deleted) =>
        deleted > 0 && logger.info('maintainers’ records past their retention deleted', { days: deleted }),
      (err: unknown) => logger.warn('could not delete expired maintainers’ records', { err }),
    );
  void prune();
  const timer = setInterval(() => void prune(), 86_400_000);
  timer.unref();
  return timer;
}
