// /search?q=: the bot's own search engine and answer composition, server-rendered so it works
// without JavaScript — the measure, the candidates of an ambiguous question, an area, the overview,
// the honest decline with the channels the source names, or — for a need the measures cover only in
// part — that plainly, with the measures that may still help. The query stays in the URL and the box.
import type { Answer } from '../answers/answer.js';
import { composeAnswer, composePersonAnswer } from '../answers/composeAnswer.js';
import { declinedReason } from '../answers/declinedReason.js';
import { measureLabel } from '../answers/renderText.js';
import { fill } from '../kb/replies.js';
import { MAX_QUERY_CHARS } from '../search/normalizeQuery.js';
import type { SearchEngine } from '../search/searchEngine.js';
import { badge, channelList, measureList, searchForm } from './components.js';
import { href, markup, type Html } from './html.js';
import { layout } from './layout.js';
import { areaPath, chatPath, measurePath, pagePath, type PageSite } from './site.js';

/** The query as the page keeps it: trimmed and no longer than the engine reads. */
export function pageQuery(q: unknown): string {
  return typeof q === 'string' ? q.trim().slice(0, MAX_QUERY_CHARS) : '';
}

export function renderSearchPage(site: PageSite, engine: SearchEngine, q: string, day: string): string {
  const t = site.texts.search;
  const title = q ? fill(t.titleWithQuery, { q }) : t.title;
  const main = markup`<h1>${t.title}</h1>
${searchForm(site, q)}
${q ? results(site, composeAnswer(site.kb, engine.search(q), day), q, day) : examples(site)}`;
  return layout(
    site,
    {
      title,
      description: t.description,
      path: q ? href(pagePath(site, '/search'), { q }) : pagePath(site, '/search'),
      section: 'search',
    },
    main,
  );
}

function examples(site: PageSite): Html {
  const example = (e: string) =>
    markup`<li><a href="${href(pagePath(site, '/search'), { q: e })}">${e}</a></li>\n`;
  return markup`<section aria-labelledby="examples">
<h2 id="examples">${site.texts.search.examplesHeading}</h2>
<ul>
${site.kb.replies.welcome.examples.map(example)}</ul>
</section>`;
}

function results(site: PageSite, answer: Answer, q: string, day: string): Html {
  const { kb, texts } = site;
  const t = texts.search;
  const r = kb.replies;
  let body: Html;
  const areaLink = (a: { id: string; title: string }) =>
    markup`<h3><a href="${areaPath(site, a.id)}">${a.title}</a></h3>\n`;
  switch (answer.type) {
    case 'measure': {
      const m = answer.measure;
      body = markup`<h3>${t.bestMatch}</h3>
<div class="yq-result">
<h4 class="yq-result__title"><a href="${measurePath(site, m.id)}">${measureLabel(kb, m)}</a></h4>
${badge(site, m, day)}
<p>${m.summary}</p>
</div>`;
      break;
    }
    case 'ambiguous':
      body = markup`<p>${r.ambiguous.prompt}</p>
${measureList(site, answer.measures, day)}`;
      break;
    case 'area':
      body = markup`${areaLink(answer.area)}<p>${fill(r.area.prompt, { area: answer.area.shortTitle, count: answer.measures.length })}</p>
${measureList(site, answer.measures, day, 4)}`;
      break;
    case 'overview':
      body = markup`<p>${r.overview.prompt}</p>
${answer.areas.map(({ area, measures }) => markup`${areaLink(area)}${measureList(site, measures, day, 4)}\n`)}`;
      break;
    case 'declined':
      body = markup`<p class="yq-notice">${declinedReason(r.declined, answer)}</p>
<p>${r.declined.whereToAsk}</p>
<h3>${t.channelsHeading}</h3>
${channelList(composePersonAnswer(kb, 'declines').channels)}
<h3>${r.declined.coversHeading}</h3>
<ul class="yq-inline-list">
${answer.areas.map((a) => markup`<li><a href="${areaPath(site, a.id)}">${a.shortTitle}</a></li>\n`)}</ul>`;
      break;
    case 'partial':
      // A need the package covers only in part: said plainly, then the measures that may still help.
      body = markup`<p class="yq-notice">${fill(r.partial.text, { topic: answer.topic })}</p>
<p>${r.partial.mayHelp}</p>
${measureList(
  site,
  answer.mayHelp.map((b) => b.measure),
  day,
)}
<p>${r.declined.whereToAsk}</p>
<h3>${t.channelsHeading}</h3>
${channelList(composePersonAnswer(kb, 'declines').channels)}`;
      break;
    default:
      // The search engine answers with the kinds above only; anything else is a bug, not a page.
      throw new Error(`the search page cannot show a "${answer.type}" answer`);
  }
  return markup`<section class="yq-results" aria-labelledby="results">
<h2 id="results">${t.resultsHeading}</h2>
${body}
<p class="yq-actions"><a class="yq-button yq-button--secondary" href="${chatPath(q)}">${fill(t.askChat, { q })}</a></p>
</section>`;
}
