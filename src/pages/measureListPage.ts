// /measures: the 28 measures by the six areas, each with our number, title, status badge for the
// day and a one-line summary; the source and the numbering caveat above them.
import { chineseDate } from '../kb/chineseDate.js';
import { fill } from '../kb/replies.js';
import { measureList, searchForm } from './components.js';
import { markup } from './html.js';
import { layout } from './layout.js';
import { areaAnchor, pagePath, type PageSite } from './site.js';

export function renderMeasureListPage(site: PageSite, day: string): string {
  const { kb, texts } = site;
  const t = texts.measures;
  const today = site.lang === 'zh-CN' ? chineseDate(day) : day;
  const areas = kb.areas.map((area) => ({ area, measures: kb.measures.filter((m) => m.area === area.id) }));
  const section = ({
    area,
    measures,
  }: (typeof areas)[number]) => markup`<section class="yq-area" aria-labelledby="${areaAnchor(area.id)}">
<h2 id="${areaAnchor(area.id)}">${area.title}</h2>
<p class="yq-area__summary">${area.summary} ${fill(t.count, { count: measures.length })}</p>
${measureList(site, measures, day)}
</section>
`;
  const main = markup`<h1>${t.title}</h1>
<p class="yq-lead">${t.intro}</p>
<p class="yq-note">${fill(t.statusNote, { today })}</p>
<p class="yq-note">${kb.replies.measure.numberingNote}</p>
${searchForm(site)}
<nav class="yq-toc" aria-label="${texts.nav.areasLabel}"><ul>
${areas.map(({ area }) => markup`<li><a href="#${areaAnchor(area.id)}">${area.shortTitle}</a></li>\n`)}</ul></nav>
${areas.map(section)}`;
  return layout(
    site,
    { title: t.title, description: t.description, path: pagePath(site, '/measures'), section: 'measures' },
    main,
  );
}
