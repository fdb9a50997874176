// The web chat: the page at /, its assets under /webchat/, the Web Chat bundle served from
// node_modules (no CDN at run time), and /webchat/config.json telling the page which Direct Line to
// use. With DIRECT_LINE_SECRET the page gets tokens from /api/directline/token and talks to Azure;
// without it, in local mode, it talks to the local Direct Line in this server; otherwise (Teams-only
// production) the page says web chat is not set up.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { TurnContext } from 'botbuilder';
import type { Next, Request, Response, Server } from 'restify';
import type { YiqiAdapter } from '../bot/YiqiAdapter.js';
import type { Config } from '../config.js';
import {
  adapterTurnRunner,
  AZURE_TOKEN_PATH,
  DIRECT_LINE_PREFIX,
  mountAzureTokenRoute,
  mountLocalDirectLine,
  type LocalDirectLineLimits,
} from '../directline/index.js';
import { packageRoot } from '../kb/packageRoot.js';
import type { JsonBodyReader } from '../http/jsonBody.js';
import type { Logger } from '../log/logger.js';
import { RateLimiter, trustedProxyHops } from '../bot/rateLimiter.js';
import { StaticAsset } from './staticAsset.js';

export type WebChatMode = 'local' | 'azure' | 'off';

/** What GET /webchat/config.json tells the page. */
export type WebChatConfig =
  | { mode: 'local'; tokenUrl: string; domain: string; webSocket: false; pollingInterval: number }
  | { mode: 'azure'; tokenUrl: string; domain: string; webSocket: true }
  | { mode: 'off' };

export interface WebChatDeps {
  config: Pick<
    Config,
    | 'localMode'
    | 'DIRECT_LINE_SECRET'
    | 'DIRECT_LINE_ENDPOINT'
    | 'PUBLIC_RATE_PER_SECOND'
    | 'PUBLIC_RATE_BURST'
    | 'TRUST_PROXY'
    | 'TRUST_PROXY_HOPS'
    | 'FRAME_ANCESTORS'
  >;
  adapter: YiqiAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** The server's body reader (its cap on bodies read at once is shared). */
  bodies: JsonBodyReader;
  /** Tests pass smaller limits for the local Direct Line. */
  localLimits?: Partial<LocalDirectLineLimits>;
}

export function webChatMode(config: WebChatDeps['config']): WebChatMode {
  if (config.DIRECT_LINE_SECRET !== undefined) return 'azure';
  return config.localMode ? 'local' : 'off';
}

/** The Web Chat bundle (React and Adaptive Cards inside) in the installed botframework-webchat. */
export function webChatBundlePath(): string {
  const entry = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(packageRoot(pathToFileURL(entry).href), 'dist', 'webchat.js');
}

export function mountWebChat(server: Server, deps: WebChatDeps): WebChatMode {
  const { config, logger } = deps;
  const mode = webChatMode(config);
  let chatConfig: WebChatConfig = { mode: 'off' };
  // Per-client limits on what a web visitor can start or send (tokens, conversations, messages);
  // polling for replies is not limited.
  const limiter = new RateLimiter({
    perSecond: config.PUBLIC_RATE_PER_SECOND,
    burst: config.PUBLIC_RATE_BURST,
    trustProxy: trustedProxyHops(config),
  });
  const limit = limiter.middleware();
  server.use((req: Request, res: Response, next: Next) => {
    const path = req.path();
    if (req.method === 'POST' && (path.startsWith(DIRECT_LINE_PREFIX) || path === AZURE_TOKEN_PATH))
      return limit(req, res, next);
    return next();
  });
  if (mode === 'local') {
    const limits = mountLocalDirectLine(server, {
      runTurn: adapterTurnRunner(deps.adapter, deps.bot),
      logger,
      limits: deps.localLimits,
      bodies: deps.bodies,
      trustProxyHops: trustedProxyHops(config),
    });
    chatConfig = {
      mode,
      tokenUrl: `${DIRECT_LINE_PREFIX}/tokens/generate`,
      domain: DIRECT_LINE_PREFIX,
      webSocket: false,
      pollingInterval: limits.pollingIntervalMs,
    };
  } else if (mode === 'azure') {
    mountAzureTokenRoute(server, {
      secret: config.DIRECT_LINE_SECRET!,
      endpoint: config.DIRECT_LINE_ENDPOINT,
      logger,
      bodies: deps.bodies,
    });
    chatConfig = { mode, tokenUrl: AZURE_TOKEN_PATH, domain: config.DIRECT_LINE_ENDPOINT, webSocket: true };
  }

  const web = join(packageRoot(import.meta.url), 'web');
  const js = 'text/javascript; charset=utf-8';
  const page = new StaticAsset(join(web, 'index.html'), {
    contentType: 'text/html; charset=utf-8',
    headers: {
      'content-security-policy': contentSecurityPolicy(chatConfig, config.FRAME_ANCESTORS),
      'referrer-policy': 'no-referrer',
    },
  });
  const assets: Record<string, StaticAsset> = {
    'app.js': new StaticAsset(join(web, 'app.js'), { contentType: js }),
    'embed.js': new StaticAsset(join(web, 'embed.js'), { contentType: js }),
    // The large-text switch, shared by this page and the pages (src/pages).
    'large-text.js': new StaticAsset(join(web, 'large-text.js'), { contentType: js }),
    'webchat.css': new StaticAsset(join(web, 'webchat.css'), { contentType: 'text/css; charset=utf-8' }),
    'webchat.js': new StaticAsset(webChatBundlePath(), {
      contentType: js,
      cacheControl: 'public, max-age=3600',
    }),
  };

  // restify routes HEAD only where a HEAD route exists; Node sends HEAD responses without a body.
  const getAndHead = (path: string, asset: StaticAsset) => {
    const serve = async (req: Request, res: Response) => asset.serve(req, res);
    server.get(path, serve);
    server.head(path, serve);
  };
  getAndHead('/', page);
  for (const [name, asset] of Object.entries(assets)) getAndHead(`/webchat/${name}`, asset);
  // Nothing here speaks WebSocket (the local Direct Line polls): refuse upgrades at once rather
  // than leave the socket open, which restify would do.
  server.on('upgrade', (_req: unknown, socket: Duplex) => {
    socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  server.get('/webchat/config.json', async (_req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    res.status(200);
    res.json(chatConfig);
  });
  return mode;
}

/**
 * Scripts and styles from this server only (Web Chat injects <style> elements); images only from
 * itself, inline and the blobs Web Chat makes (the page shows none from elsewhere); the chat
 * service; framed only by FRAME_ANCESTORS (default: this site; sites embedding the chat are listed).
 */
function contentSecurityPolicy(chat: WebChatConfig, frameAncestors: string): string {
  const connect = ["'self'"];
  if (chat.mode === 'azure') {
    const { host, protocol } = new URL(chat.domain);
    connect.push(`${protocol}//${host}`, `${protocol === 'http:' ? 'ws:' : 'wss:'}//${host}`);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}
