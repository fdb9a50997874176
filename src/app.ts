// The one wiring place, in the order of the BotBuilder samples: config → authentication → adapter →
// onTurnError → storage and state → knowledge and matching → dialogs → bot → HTTP server.
// src/index.ts starts it; tests start the same thing on an ephemeral port.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConfigurationBotFrameworkAuthentication, type Storage } from 'botbuilder';
import type { Server } from 'restify';
import { botFrameworkAuthOptions, openIdMetadataUrls } from './bot/botFrameworkAuthOptions.js';
import { createBot } from './bot/createBot.js';
import { createHandoff, type Handoff } from './bot/handoff/createHandoff.js';
import { createServices } from './bot/createServices.js';
import { MeasureSearchExtension } from './bot/measureSearchExtension.js';
import type { TurnServices } from './bot/turnServices.js';
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
import type { KnowledgeSnapshot } from './kb/knowledgeSnapshot.js';
import { loadKnowledge, type KnowledgeBase } from './kb/loadKnowledge.js';
import { PersonalDataRegistry } from './privacy/personalData.js';
import { createStorage } from './state/createStorage.js';
import { ReadinessCheck } from './state/readiness.js';
import { createLogger, type Logger } from './log/logger.js';
import type { Telemetry } from './telemetry/telemetry.js';
import { recordOutcome, replyOutcome } from './telemetry/outcome.js';
import { traceStorage } from './telemetry/tracedStorage.js';
import { TurnTelemetry } from './telemetry/turnTelemetry.js';
import { profileTexts } from './profiles/texts.js';
import { BlobShareStorage } from './share/blobShareStorage.js';
import { ShareLinkHolder } from './share/shareLinkHolder.js';
import { ShareLinks } from './share/shareLinks.js';
import { mountSharePages } from './share/sharePageRoutes.js';
import { FileShareStorage, type ShareStorage } from './share/shareStorage.js';
import { mountPages } from './pages/mountPages.js';
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
  /** The build's snapshot the knowledge base was loaded with (the bundled server, src/start.ts). */
  knowledgeSnapshot?: KnowledgeSnapshot;
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
  const onTurnError = turnErrorHandler(kb, logger);
  adapter.onTurnError = onTurnError;
  adapter.use(new TurnTelemetry()); // first, so the whole turn is inside its span
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
    searchCacheSize: config.RECENT_QUESTIONS_CACHE,
    responseCacheSize: config.RECENT_QUESTIONS_CACHE,
  });
  // Every reply counts as an outcome for telemetry (answers, results, declines, a person).
  services.onReply = (kind) => {
    const outcome = replyOutcome(kind);
    if (outcome) recordOutcome(outcome);
  };
  const engine = services.engine;
  const measureSearch = new MeasureSearchExtension({
    kb,
    engine,
    today,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
  const handoff = createHandoff(config, { kb, adapter, logger, personalData: services.personalData });
  const bot = createBot(services, traceStorage(storage, config.BLOB_CONNECTION_STRING ? 'blob' : 'memory'), {
    rememberActivityIds: config.BLOB_CONNECTION_STRING !== undefined,
    extend: (parts) => handoff.extend(parts),
    measureSearch,
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
  let wecom: WeComChannel | undefined;
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
    extraRoutes: (routes) => {
      mountWebChat(routes, { config, adapter, bot: gate.guard(bot), logger, bodies });
      wecom = mountWeCom(routes, {
        config,
        bot: gate.guard(bot),
        logger,
        onTurnError,
        botName: kb.replies.botName,
      });
      mountSharePages(routes, {
        config,
        links: shareLinks,
        texts: profileTexts,
        packageTexts: kb.eligibilityTexts,
        botName: kb.replies.botName,
        logger,
      });
      mountPages(routes, {
        kb,
        engine,
        today,
        config,
        ...(kb.en ? { en: kb.en } : {}),
        retention: { retentionDays: config.RETENTION_DAYS, shareTtlDays: config.SHARE_TTL_DAYS },
        ...(overrides.knowledgeSnapshot ? { snapshot: overrides.knowledgeSnapshot } : {}),
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
        if (retention) clearInterval(retention);
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
