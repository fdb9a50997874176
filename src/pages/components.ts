// Pieces several pages share: a measure's status badge, a measure in a list, the search form and the
// channels the source names.
import { oneLineSummary } from '../answers/oneLineSummary.js';
import { measureLabel } from '../answers/renderText.js';
import { statusBadge } from '../answers/statusBadge.js';
import type { Channel, Measure } from '../kb/schema.js';
import { Html, markup } from './html.js';
import { measurePath, pagePath, type PageSite } from './site.js';

export function badge(site: PageSite, measure: Measure, day: string): Html {
  const b = statusBadge(site.kb.replies, measure, day);
  return markup`<span class="yq-badge yq-badge--${b.kind}">${b.text}</span>`;
}

/** A list of measures: number and title as a link, the status badge, a one-line summary. */
export function measureList(
  site: PageSite,
  measures: readonly Measure[],
  day: string,
  headingLevel: 3 | 4 = 3,
): Html {
  const h = new Html(`h${headingLevel}`);
  const item = (m: Measure) => markup`<li class="yq-measure-item">
<${h} class="yq-measure-item__title"><a href="${measurePath(site, m.id)}">${measureLabel(site.kb, m)}</a></${h}>
${badge(site, m, day)}
<p>${oneLineSummary(m.summary)}</p>
</li>
`;
  return markup`<ul class="yq-measure-list">
${measures.map(item)}</ul>`;
}

export function searchForm(site: PageSite, q = ''): Html {
  const t = site.texts.search;
  return markup`<form class="yq-search" role="search" action="${pagePath(site, '/search')}" method="get">
<label for="yq-q">${t.label}</label>
<div class="yq-search__row">
<input id="yq-q" name="q" type="search" value="${q}" placeholder="${t.placeholder}" maxlength="300" autocomplete="off">
<button type="submit">${t.button}</button>
</div>
</form>`;
}

export function channelList(channels: readonly Channel[]): Html {
  const entry = (c: Channel) => markup`<div><dt>${c.name}</dt><dd>${c.description}</dd></div>\n`;
  return markup`<dl class="yq-channels">
${channels.map(entry)}</dl>`;
}
