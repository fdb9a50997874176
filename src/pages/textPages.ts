// /privacy and /terms, written in knowledge/pages.yaml (reviewed data, with the retention settings
// filled in), and the page a wrong address gets.
import { fill } from '../kb/replies.js';
import { searchForm } from './components.js';
import { markup } from './html.js';
import { layout } from './layout.js';
import type { TextPage } from './pageTexts.js';
import { pagePath, type PageSite } from './site.js';

export function renderTextPage(site: PageSite, which: 'privacy' | 'terms'): string {
  const page: TextPage = site.texts[which];
  const values = { ...site.retention };
  const text = (s: string) => fill(s, values);
  const section = (s: TextPage['sections'][number], i: number) => markup`<section aria-labelledby="s${i + 1}">
<h2 id="s${i + 1}">${s.heading}</h2>
${s.paragraphs.map((p) => markup`<p>${text(p)}</p>\n`)}${
    s.items.length > 0 ? markup`<ul>\n${s.items.map((item) => markup`<li>${text(item)}</li>\n`)}</ul>\n` : ''
  }</section>
`;
  const main = markup`<h1>${page.title}</h1>
<p class="yq-lead">${text(page.intro)}</p>
${page.sections.map(section)}`;
  return layout(
    site,
    { title: page.title, description: page.description, path: pagePath(site, `/${which}`), section: which },
    main,
  );
}

export function renderNotFoundPage(site: PageSite, path: string): string {
  const t = site.texts.notFound;
  const main = markup`<h1>${t.title}</h1>
<p>${t.text}</p>
<p><a href="${pagePath(site, '/measures')}">${site.texts.measures.title}</a></p>
${searchForm(site)}`;
  return layout(site, { title: t.title, description: t.text, path }, main);
}
