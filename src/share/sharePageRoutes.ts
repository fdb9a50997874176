// GET /p/<token>: the share page of a 服务包 snapshot, or a 404 page for a link that is unknown,
// expired or revoked (503 when the store cannot be read). Limited per client like the other public
// endpoints; never indexed, never sends a referrer, cached only privately and revalidated each time
// (a revoked link must stop working at once).
import type { Request, Response, Server } from 'restify';
import { RateLimiter } from '../bot/rateLimiter.js';
import type { Config } from '../config.js';
import type { Logger } from '../log/logger.js';
import type { ProfileTexts } from '../profiles/texts.js';
import { qrSvg } from './qrCode.js';
import type { EligibilityTexts } from '../eligibility/texts.js';
import { renderMessagePage, renderSharePage, SHARE_PAGE_CSP } from './sharePage.js';
import type { ShareLinks } from './shareLinks.js';

export const SHARE_PAGE_PREFIX = '/p/';

export interface SharePageDeps {
  config: Pick<Config, 'PUBLIC_RATE_PER_SECOND' | 'PUBLIC_RATE_BURST' | 'TRUST_PROXY'>;
  links: ShareLinks;
  texts: ProfileTexts;
  packageTexts: EligibilityTexts;
  botName: string;
  logger: Logger;
}

function sendPage(res: Response, status: number, html: string): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'content-security-policy': SHARE_PAGE_CSP,
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex, nofollow, noarchive',
    'cache-control': 'private, no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

export function mountSharePages(server: Server, deps: SharePageDeps): void {
  const { links, texts, botName, logger, config } = deps;
  const limiter = new RateLimiter({
    perSecond: config.PUBLIC_RATE_PER_SECOND,
    burst: config.PUBLIC_RATE_BURST,
    trustProxy: config.TRUST_PROXY,
  });
  const notFound = renderMessagePage(texts.share.notFoundTitle, texts.share.notFoundText, botName);
  const unavailable = renderMessagePage(texts.share.unavailableTitle, texts.share.unavailableText, botName);

  server.get(`${SHARE_PAGE_PREFIX}:token`, limiter.middleware(), async (req: Request, res: Response) => {
    const token = String((req.params as Record<string, unknown> | undefined)?.token ?? '');
    let snapshot;
    try {
      snapshot = await links.get(token);
    } catch (err) {
      logger.error('share link could not be read', { err });
      return sendPage(res, 503, unavailable);
    }
    if (!snapshot) return sendPage(res, 404, notFound);
    const url = links.urlOf(snapshot.token);
    return sendPage(
      res,
      200,
      renderSharePage(snapshot, {
        texts,
        packageTexts: deps.packageTexts,
        botName,
        ...(url ? { qrSvg: qrSvg(url, texts.share.pageQrCaption) } : {}),
      }),
    );
  });
}
