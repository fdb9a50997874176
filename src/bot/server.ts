// The HTTP server: POST /api/messages (Bot Framework), GET /healthz, GET /api/search?q=, and the
// web chat page. Bodies are size-limited and checked before they reach the bot; errors never
// leak stack traces to clients.
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Logger } from '../log/logger.js';
import type { SearchEngine } from '../search/searchEngine.js';
import { toJson } from '../search/toJsonLine.js';
import { activityProblem } from './validateActivity.js';
import { RateLimiter } from './rateLimiter.js';
import { AuthenticationFailed, type YiqiAdapter } from './YiqiAdapter.js';

export interface ServerDeps {
  config: Pick<
    Config,
    'localMode' | 'MAX_BODY_BYTES' | 'PUBLIC_RATE_PER_SECOND' | 'PUBLIC_RATE_BURST' | 'TRUST_PROXY'
  >;
  adapter: YiqiAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  kb: KnowledgeBase;
  engine: SearchEngine;
  logger: Logger;
  /** Per-client limit of GET /api/search (one is made from the config when not given). */
  searchLimiter?: RateLimiter;
  /** Extra routes (the web chat page and local Direct Line), mounted after the API. */
  extraRoutes?: (server: Server) => void;
}

export function createServer(deps: ServerDeps): Server {
  const { config, adapter, bot, kb, engine, logger } = deps;
  const server = restify.createServer({ name: 'yiqi', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: config.MAX_BODY_BYTES,
      mapParams: false,
      rejectUnknown: false,
    }),
  );
  const started = Date.now();

  server.post('/api/messages', async (req: Request, res: Response) => {
    const contentType = (req.header('content-type') ?? '').toLowerCase();
    if (!contentType.startsWith('application/json')) {
      return send(res, 415, { error: 'content-type must be application/json' });
    }
    const problem = activityProblem(req.body, { loopbackServiceUrlOnly: config.localMode });
    if (problem) return send(res, 400, { error: problem });
    const activity = req.body as Activity;
    let auth;
    try {
      auth = await adapter.authenticate(activity, req.header('authorization') ?? '');
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
    try {
      const invoke = await adapter.processAuthenticated(auth, activity, (context) => bot.run(context));
      if (invoke) return send(res, invoke.status, invoke.body);
      return send(res, 200);
    } catch (err) {
      logger.error('turn failed outside the bot', { err, conversationId: activity.conversation?.id });
      return send(res, 500, { error: 'internal error' });
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) =>
    send(res, 200, {
      status: 'ok',
      measures: kb.measures.length,
      knowledgeVersion: kb.version,
      mode: config.localMode ? 'local' : 'authenticated',
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    }),
  );

  const searchLimiter =
    deps.searchLimiter ??
    new RateLimiter({
      perSecond: config.PUBLIC_RATE_PER_SECOND,
      burst: config.PUBLIC_RATE_BURST,
      trustProxy: config.TRUST_PROXY,
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
      // restify's own errors (413, malformed JSON, 404, 405): a short JSON body, no stack.
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
