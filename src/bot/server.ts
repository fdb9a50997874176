// The HTTP server: POST /api/messages (Bot Framework), GET /healthz (alive), GET /readyz (able to
// serve), GET /api/search?q=, and the web chat page. A request for a turn is refused as early and
// as cheaply as possible: turns in flight over the cap (503), in authenticated mode a missing or
// bad token (401) before the body is read, then the body (JSON only, size, depth: 415/413/400) and
// the activity (400). Errors never leak stack traces to clients.
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { isLoopbackHost } from '../http/hostCheck.js';
import { JsonBodyReader, refuseBody } from '../http/jsonBody.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Logger } from '../log/logger.js';
import type { SearchEngine } from '../search/searchEngine.js';
import type { ReadinessCheck } from '../state/readiness.js';
import { toJson } from '../search/toJsonLine.js';
import { activityProblem } from './validateActivity.js';
import { RateLimiter, trustedProxyHops } from './rateLimiter.js';
import type { TurnGate } from './turnGate.js';
import { AuthenticationFailed, type YiqiAdapter } from './YiqiAdapter.js';

/** After a turn's budget, how long its request may still take to answer (onTurnError's apology). */
const ANSWER_GRACE_MS = 1_000;

export interface ServerDeps {
  config: Pick<
    Config,
    | 'localMode'
    | 'MAX_BODY_BYTES'
    | 'MAX_CONCURRENT_BODIES'
    | 'PUBLIC_RATE_PER_SECOND'
    | 'PUBLIC_RATE_BURST'
    | 'MESSAGES_RATE_PER_SECOND'
    | 'MESSAGES_RATE_BURST'
    | 'TRUST_PROXY'
    | 'TRUST_PROXY_HOPS'
  >;
  adapter: YiqiAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  /** Every turn passes through it: one at a time per conversation, deduplicated, within budget. */
  gate: TurnGate;
  kb: KnowledgeBase;
  engine: SearchEngine;
  logger: Logger;
  /** GET /readyz; without it the server is ready whenever it answers. */
  readiness?: ReadinessCheck;
  /** Reads every JSON body (one is made from the config when not given). */
  bodies?: JsonBodyReader;
  /** Per-client limit of GET /api/search (one is made from the config when not given). */
  searchLimiter?: RateLimiter;
  /** Extra routes (the web chat page and local Direct Line), mounted after the API. */
  extraRoutes?: (server: Server) => void;
}

export function createServer(deps: ServerDeps): Server {
  const { config, adapter, bot, gate, kb, engine, logger } = deps;
  const server = restify.createServer({ name: 'yiqi', handleUncaughtExceptions: false });
  const bodies =
    deps.bodies ??
    new JsonBodyReader({ maxBytes: config.MAX_BODY_BYTES, maxConcurrent: config.MAX_CONCURRENT_BODIES });
  const hops = trustedProxyHops(config);

  server.pre((req: Request, res: Response, next: Next) => {
    // DNS rebinding: in local mode only requests addressed to loopback are served.
    if (config.localMode && !isLoopbackHost(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(JSON.stringify({ error: 'local mode serves requests to localhost / 127.0.0.1 only' }));
      return next(false);
    }
    res.setHeader('x-content-type-options', 'nosniff');
    // HEAD is GET without the body (Node leaves the body out for a HEAD request).
    if (req.method === 'HEAD') req.method = 'GET';
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  const started = Date.now();

  // Local mode takes anonymous requests: each client (address) gets its own allowance of turns.
  const messageLimit = config.localMode
    ? new RateLimiter({
        perSecond: config.MESSAGES_RATE_PER_SECOND,
        burst: config.MESSAGES_RATE_BURST,
        trustProxy: hops,
      }).middleware()
    : (_req: Request, _res: Response, next: Next) => next();

  server.post('/api/messages', messageLimit, async (req: Request, res: Response) => {
    const arrived = Date.now();
    if (gate.full) {
      logger.warn('turns in flight at the cap: request refused', { inFlight: gate.inFlight });
      return refuseBody(res, {
        ok: false,
        status: 503,
        error: 'too many turns in flight',
        retryAfterSeconds: 1,
      });
    }
    const authHeader = req.header('authorization') ?? '';
    if (adapter.requiresToken) {
      try {
        await adapter.preAuthenticate(authHeader);
      } catch (err) {
        if (!(err instanceof AuthenticationFailed)) throw err;
        logger.warn('unauthorized request', { reason: err.reason });
        return refuseBody(res, { ok: false, status: 401, error: 'unauthorized' });
      }
    }
    const body = await bodies.read(req);
    if (!body.ok) return refuseBody(res, body);
    const problem = activityProblem(body.value, { loopbackServiceUrlOnly: config.localMode });
    if (problem) return send(res, 400, { error: problem });
    const activity = body.value as Activity;
    let auth;
    try {
      auth = await adapter.authenticate(activity, authHeader);
    } catch (err) {
      if (err instanceof AuthenticationFailed) {
        logger.warn('unauthorized request', {
          reason: err.reason,
          conversationId: activity.conversation?.id,
        });
        return send(res, 401, { error: 'unauthorized' });
      }
      throw err;
    }
    const deadlineAt = arrived + gate.budgetMs;
    const turn = adapter.processAuthenticated(auth, activity, (context) =>
      gate.run(context, () => bot.run(context), deadlineAt),
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, deadlineAt + ANSWER_GRACE_MS - Date.now()));
    });
    try {
      const invoke = await Promise.race([turn, late]);
      if (invoke === 'late') {
        // The turn goes on failing in the background (its context is revoked when it ends).
        turn.catch((err: unknown) => logger.error('turn failed after its budget', { err }));
        logger.warn('turn over budget: answered 503', { conversationId: activity.conversation?.id });
        res.header('Retry-After', '1');
        return send(res, 503, { error: 'the turn took too long' });
      }
      if (invoke) return send(res, invoke.status, invoke.body);
      return send(res, 200);
    } catch (err) {
      logger.error('turn failed outside the bot', { err, conversationId: activity.conversation?.id });
      return send(res, 500, { error: 'internal error' });
    } finally {
      clearTimeout(timer);
    }
  });

  // Alive: the process answers. Version details only for the developer on loopback (local mode).
  server.get('/healthz', async (_req: Request, res: Response) =>
    send(
      res,
      200,
      config.localMode
        ? {
            status: 'ok',
            measures: kb.measures.length,
            knowledgeVersion: kb.version,
            mode: 'local',
            uptimeSeconds: Math.round((Date.now() - started) / 1000),
          }
        : { status: 'ok' },
    ),
  );

  // Ready: the knowledge base is loaded and state storage answers a read in time.
  server.get('/readyz', async (_req: Request, res: Response) => {
    const readiness = (await deps.readiness?.check()) ?? { ready: true };
    if (readiness.ready) return send(res, 200, { status: 'ready' });
    res.header('Retry-After', '5');
    return send(res, 503, { status: 'not ready', reason: readiness.reason });
  });

  const searchLimiter =
    deps.searchLimiter ??
    new RateLimiter({
      perSecond: config.PUBLIC_RATE_PER_SECOND,
      burst: config.PUBLIC_RATE_BURST,
      trustProxy: hops,
    });
  server.get('/api/search', searchLimiter.middleware(), async (req: Request, res: Response) => {
    const q = (req.query as Record<string, unknown> | undefined)?.q;
    if (typeof q !== 'string')
      return send(res, 400, { error: 'query parameter q is required (one question)' });
    return send(res, 200, toJson(q, engine.search(q)));
  });

  deps.extraRoutes?.(server);

  server.on(
    'restifyError',
    (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
      // restify's own errors (404, 405): a short JSON body, no stack.
      const status = err.statusCode ?? 500;
      if (status >= 500) logger.error('request failed', { err, path: req.path() });
      res.setHeader('content-type', 'application/json; charset=utf-8');
      (err as unknown as { toJSON: () => unknown }).toJSON = () => ({
        error: status >= 500 ? 'internal error' : err.message,
      });
      return callback();
    },
  );
  return server;
}

function send(res: Response, status: number, body?: unknown): void {
  if (body === undefined) {
    res.status(status);
    res.end();
    return;
  }
  res.status(status);
  res.json(body);
}
