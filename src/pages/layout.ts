// The frame of every page: <head> with title, description, canonical and Open Graph tags (share
// previews), the stylesheet and scripts (no inline script: the CSP forbids it); a skip link; the
// banner with the main navigation and the large-text switch; the main landmark; the footer.
import { markup, type Html } from './html.js';
import { pagePath, type PageSite } from './site.js';
import { escapeRegExp } from '../escapeRegExp.js';

export interface PageMeta {
  /** The page's own title; the site name is appended in <title>. */
  title: string;
  description: string;
  /** The path in this language, e.g. /measures/rd-reward (for canonical and og:url). */
  path: string;
  /** Which main-navigation entry is the current page. */
  section?: 'measures' | 'search' | 'privacy' | 'terms';
  ogType?: 'website' | 'article';
  /** Page-specific scripts (besides the large-text switch). */
  scripts?: readonly string[];
}

/** The stylesheet and scripts the pages load, served by mountPages / the web chat routes. */
export const PAGE_ASSETS = {
  css: '/pages/pages.css',
  pageScript: '/pages/pages.js',
  largeText: '/webchat/large-text.js',
} as const;

export function layout(site: PageSite, meta: PageMeta, main: Html): string {
  const t = site.texts;
  const url = site.baseUrl ? `${site.baseUrl}${meta.path}` : undefined;
  // The entry of the page itself is the current page; the entry of the section it is in (a measure
  // under the list) is marked current too, as "true".
  const navLink = (section: NonNullable<PageMeta['section']>, path: string, label: string) => {
    const target = pagePath(site, path);
    const current = meta.path === target ? 'page' : meta.section === section ? 'true' : undefined;
    return markup`<li><a href="${target}"${ariaCurrent(current)}>${label}</a></li>`;
  };
  const alternate = site.alternate
    ? meta.path.replace(new RegExp(`^${escapeRegExp(site.prefix)}`), site.alternate.prefix) || '/'
    : undefined;
  return markup`<!doctype html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title} · ${t.siteName}</title>
<meta name="description" content="${meta.description}">
${url ? markup`<link rel="canonical" href="${url}">\n` : ''}${
    site.alternate && alternate
      ? markup`<link rel="alternate" hreflang="${site.alternate.lang}" href="${alternate}">\n`
      : ''
  }<meta property="og:type" content="${meta.ogType ?? 'website'}">
<meta property="og:site_name" content="${t.siteName}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:locale" content="${t.ogLocale}">
${url ? markup`<meta property="og:url" content="${url}">\n` : ''}<meta name="theme-color" content="#0f4c81">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PAGE_ASSETS.css}">
<script src="${PAGE_ASSETS.largeText}"></script>
${(meta.scripts ?? []).map((src) => markup`<script src="${src}" defer></script>\n`)}</head>
<body>
<a class="yq-skip" href="#main">${t.skipLink}</a>
<header class="yq-site-header">
<div class="yq-bar">
<a class="yq-brand" href="/"><span class="yq-logo" aria-hidden="true">益</span><span class="yq-brand-name">${t.siteName}</span><span class="yq-visually-hidden"> ${t.nav.home}</span></a>
<nav class="yq-nav" aria-label="${t.nav.label}"><ul>
${navLink('measures', '/measures', t.nav.measures)}
${navLink('search', '/search', t.nav.search)}
<li><a href="/">${t.nav.chat}</a></li>
${
  site.alternate && alternate
    ? markup`<li><a href="${alternate}" hreflang="${site.alternate.lang}" lang="${site.alternate.lang}">${t.nav.otherLanguage}</a></li>\n`
    : ''
}</ul></nav>
<button type="button" class="yq-large-toggle" data-large-text-toggle aria-pressed="false" hidden>${t.largeText.button}</button>
</div>
</header>
<main id="main" class="yq-page" tabindex="-1">
${main}
</main>
<footer class="yq-footer">
<nav aria-label="${t.nav.footerLabel}"><ul>
${navLink('privacy', '/privacy', t.nav.privacy)}
${navLink('terms', '/terms', t.nav.terms)}
</ul></nav>
<p>${t.footer.disclaimer}</p>
<p>${site.kb.sources[0]?.citation}</p>
</footer>
</body>
</html>
`.value;
}

function ariaCurrent(value: string | undefined): Html {
  return value ? markup` aria-current="${value}"` : markup``;
}
