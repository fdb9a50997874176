// Mounts the pages on the bot's restify server: /measures, /measures/<id>, /search?q=, /privacy,
// /terms (and the same under /en/ when English knowledge is given), each for GET and HEAD, plus the
// pages' stylesheet and script. Fixed pages are rendered once per day and kept in memory; every
// page is rendered once at mount, so a bad text stops start-up rather than a request — or, for the
// bundled server, once at build time (scripts/bundle-server.mjs), with the same code and files.
import { join } from 'node:path';
import type { Request, RequestHandler, Response, Server } from 'restify';
import { RateLimiter } from '../bot/rateLimiter.js';
import type { Config } from '../config.js';
import type { KnowledgeSnapshot } from '../kb/knowledgeSnapshot.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { packageRoot } from '../kb/packageRoot.js';
import type { SearchEngine } from '../search/searchEngine.js';
import { StaticAsset } from '../web/staticAsset.js';
import { DailyPageCache } from './dailyPageCache.js';
import { PAGE_ASSETS } from './layout.js';
import { renderMeasureListPage } from './measureListPage.js';
import { renderMeasurePage } from './measurePage.js';
import { renderedPage, sendPage, type RenderedPage } from './pageResponse.js';
import { loadPageTexts } from './pageTexts.js';
import { pageQuery, renderSearchPage } from './searchPage.js';
import { measurePath, pagePath, type PageSite, type RetentionSettings } from './site.js';
import { renderNotFoundPage, renderTextPage } from './textPages.js';

/**
 * The defaults of RETENTION_DAYS and SHARE_TTL_DAYS, which the privacy page states. Those settings
 * arrive with service requests and enterprise profiles; app.ts then passes the configured values.
 */
export const DEFAULT_RETENTION: Readonly<RetentionSettings> = Object.freeze({
  retentionDays: 180,
  shareTtlDays: 30,
});

/** Browsers and proxies may keep a page for five minutes, then revalidate it with its ETag. */
const PAGE_CACHE_CONTROL = 'public, max-age=300';

export interface PagesDeps {
  kb: KnowledgeBase;
  engine: SearchEngine;
  /** Today in Shanghai as YYYY-MM-DD (the app's clock: YIQI_TODAY pins it). */
  today: () => string;
  config: Pick<Config, 'PUBLIC_BASE_URL' | 'PUBLIC_RATE_PER_SECOND' | 'PUBLIC_RATE_BURST' | 'TRUST_PROXY'>;
  /** The English view of the knowledge base (kb.en); the /en/ pages are mounted only with it. */
  en?: KnowledgeBase;
  retention?: RetentionSettings;
  /**
   * The build's snapshot of the validated knowledge files (the bundled server). The page texts are
   * read through it, and when every file the start read is the one the build read, the pages are
   * not rendered again at mount: the build rendered every page (renderEveryPage) from those files
   * with the same code.
   */
  snapshot?: KnowledgeSnapshot;
}

export interface MountedPages {
  /** The languages mounted, with their path prefixes. */
  sites: readonly PageSite[];
}

/** The sites to render: Chinese at /, English at /en/ when an English view is given. */
export function pageSites(
  deps: Pick<PagesDeps, 'kb' | 'en' | 'retention' | 'snapshot'> & { baseUrl?: string },
): PageSite[] {
  const base = { baseUrl: deps.baseUrl, retention: deps.retention ?? DEFAULT_RETENTION };
  const zh: PageSite = {
    ...base,
    kb: deps.kb,
    texts: loadPageTexts(deps.kb.dir, 'zh-CN', deps.snapshot),
    lang: 'zh-CN',
    prefix: '',
  };
  if (!deps.en) return [zh];
  const en: PageSite = {
    ...base,
    kb: deps.en,
    texts: loadPageTexts(deps.kb.dir, 'en', deps.snapshot),
    lang: 'en',
    prefix: '/en',
    alternate: { lang: 'zh-CN', prefix: '' },
  };
  zh.alternate = { lang: 'en', prefix: '/en' };
  return [zh, en];
}

export function mountPages(server: Server, deps: PagesDeps): MountedPages {
  const { engine, today, config } = deps;
  const sites = pageSites({ ...deps, baseUrl: config.PUBLIC_BASE_URL });
  const renderedAtBuild = deps.snapshot?.current === true;

  const cache = new DailyPageCache();
  const searchLimiter = new RateLimiter({
    perSecond: config.PUBLIC_RATE_PER_SECOND,
    burst: config.PUBLIC_RATE_BURST,
    trustProxy: config.TRUST_PROXY,
  }).middleware();
  const getAndHead = (path: string, ...handlers: RequestHandler[]) => {
    server.get(path, ...handlers);
    server.head(path, ...handlers);
  };
  const send = (req: Request, res: Response, page: RenderedPage, status = 200) =>
    sendPage(req, res, page, { status, cacheControl: status === 200 ? PAGE_CACHE_CONTROL : 'no-cache' });

  for (const site of sites) {
    const key = (page: string) => `${site.lang}:${page}`;
    const notFound = (req: Request, res: Response) =>
      send(req, res, renderedPage(renderNotFoundPage(site, req.path())), 404);

    getAndHead(pagePath(site, '/measures'), async (req: Request, res: Response) => {
      const day = today();
      return send(
        req,
        res,
        cache.get(key('measures'), day, () => renderMeasureListPage(site, day)),
      );
    });
    getAndHead(pagePath(site, '/measures/:id'), async (req: Request, res: Response) => {
      const id = String((req.params as Record<string, unknown>).id ?? '');
      const measure = site.kb.measureById.get(id);
      if (measure) {
        const day = today();
        return send(
          req,
          res,
          cache.get(key(`measure:${id}`), day, () => renderMeasurePage(site, measure, day)),
        );
      }
      // Our number (/measures/3) is a stable alias of the id.
      const byNumber = /^\d{1,3}$/.test(id)
        ? site.kb.measures.find((m) => m.number === Number(id))
        : undefined;
      if (byNumber) return redirect(res, measurePath(site, byNumber.id));
      return notFound(req, res);
    });
    getAndHead(pagePath(site, '/search'), searchLimiter, async (req: Request, res: Response) => {
      const q = pageQuery((req.query as Record<string, unknown> | undefined)?.q);
      return send(req, res, renderedPage(renderSearchPage(site, engine, q, today())));
    });
    for (const which of ['privacy', 'terms'] as const) {
      getAndHead(pagePath(site, `/${which}`), async (req: Request, res: Response) =>
        send(
          req,
          res,
          cache.get(key(which), today(), () => renderTextPage(site, which)),
        ),
      );
    }
    if (!renderedAtBuild) renderEveryPage(site, engine, today(), cache);
  }
  // The first guess at the list's address.
  getAndHead('/faq', async (_req: Request, res: Response) => redirect(res, '/measures'));

  const web = join(packageRoot(import.meta.url), 'web');
  const assets: [string, StaticAsset][] = [
    [PAGE_ASSETS.css, new StaticAsset(join(web, 'pages.css'), { contentType: 'text/css; charset=utf-8' })],
    [
      PAGE_ASSETS.pageScript,
      new StaticAsset(join(web, 'pages.js'), { contentType: 'text/javascript; charset=utf-8' }),
    ],
  ];
  for (const [path, asset] of assets) {
    getAndHead(path, async (req: Request, res: Response) => asset.serve(req, res));
  }
  return { sites };
}

/**
 * Renders every page of a language once, so a broken text or template fails at start-up (or at
 * build time), keeping the fixed pages in `cache` when given.
 */
export function renderEveryPage(
  site: PageSite,
  engine: SearchEngine,
  day: string,
  cache = new DailyPageCache(),
): void {
  const key = (page: string) => `${site.lang}:${page}`;
  cache.get(key('measures'), day, () => renderMeasureListPage(site, day));
  for (const m of site.kb.measures)
    cache.get(key(`measure:${m.id}`), day, () => renderMeasurePage(site, m, day));
  cache.get(key('privacy'), day, () => renderTextPage(site, 'privacy'));
  cache.get(key('terms'), day, () => renderTextPage(site, 'terms'));
  renderSearchPage(site, engine, '', day);
  renderNotFoundPage(site, pagePath(site, '/'));
}

function redirect(res: Response, location: string): void {
  res.setHeader('location', location);
  res.setHeader('cache-control', 'public, max-age=3600');
  res.writeHead(301);
  res.end();
}
