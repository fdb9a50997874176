// What every page is rendered from: a view of the knowledge base in one language (the Chinese base,
// or kb.en once it exists: the same shape, English texts), that language's page texts, where its
// pages live (/ or /en/), and the public address for share links.
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { href } from './html.js';
import type { PageLang, PageTexts } from './pageTexts.js';

export interface PageSite {
  kb: KnowledgeBase;
  texts: PageTexts;
  lang: PageLang;
  /** Path prefix of this language's pages: '' for Chinese, '/en' for English. */
  prefix: string;
  /** PUBLIC_BASE_URL without a trailing slash, when set: canonical and Open Graph URLs. */
  baseUrl?: string;
  /** The same pages in the other language, when both are mounted. */
  alternate?: { lang: PageLang; prefix: string };
  /** The values the privacy page states (RETENTION_DAYS, SHARE_TTL_DAYS). */
  retention: RetentionSettings;
}

export interface RetentionSettings {
  retentionDays: number;
  shareTtlDays: number;
}

/** A page's path in this site's language: pagePath(site, '/measures') → /en/measures. */
export function pagePath(site: PageSite, path: string): string {
  return `${site.prefix}${path}`;
}

export function measurePath(site: PageSite, id: string): string {
  return pagePath(site, `/measures/${id}`);
}

export function areaPath(site: PageSite, areaId: string): string {
  return pagePath(site, `/measures#${areaAnchor(areaId)}`);
}

export function areaAnchor(areaId: string): string {
  return `area-${areaId}`;
}

/** The chat page, opened with a first question (web/app.js sends it). */
export function chatPath(question: string): string {
  return href('/', { q: question });
}
