// /measures/<id>: everything the measure's card shows, as a page to read, link and print — the
// summary, each key figure with the source sentence it comes from, time and status, who it is for,
// how to apply (only the channels the source names), departments, the official article where
// known, related measures, the FAQ, the source line — and links that open the chat about it.
import type { ValidityNote } from '../answers/answer.js';
import { composeMeasureAnswer } from '../answers/composeAnswer.js';
import { formatFigure } from '../answers/formatFact.js';
import { measureLabel } from '../answers/renderText.js';
import { fill } from '../kb/replies.js';
import type { Fact, Measure, Validity } from '../kb/schema.js';
import { badge, channelList } from './components.js';
import { markup, type Html } from './html.js';
import { layout, PAGE_ASSETS } from './layout.js';
import { areaPath, chatPath, measurePath, pagePath, type PageSite } from './site.js';

export function renderMeasurePage(site: PageSite, measure: Measure, day: string): string {
  const { kb, texts } = site;
  const r = kb.replies.measure;
  const t = texts.measure;
  const a = composeMeasureAnswer(kb, measure, day);
  const label = fill(r.numberLabel, { number: measure.number });
  const kicker = [label, a.area.shortTitle];
  if (measure.officialArticle) kicker.push(fill(r.officialArticle, { label: measure.officialArticle.label }));
  const channels = measure.howToApply.channels.flatMap((id) => kb.channelById.get(id) ?? []);
  const quote = (text: string, origin: Fact['origin'] = 'press-report') =>
    markup`<p class="yq-quote"><span class="yq-quote__label">${t.quoteLabel[origin]}${texts.colon}</span><q>${text}</q></p>`;
  const chatLink = (question: string, text: string, secondary: boolean) =>
    markup`<a class="yq-button${secondary ? ' yq-button--secondary' : ''}" href="${chatPath(fill(question, { title: measure.title }))}">${text}</a>\n`;
  const article = measure.officialArticle;

  const main = markup`<nav class="yq-breadcrumb" aria-label="${texts.nav.breadcrumbLabel}"><ol>
<li><a href="${pagePath(site, '/measures')}">${texts.measures.title}</a></li>
<li><a href="${areaPath(site, a.area.id)}">${a.area.shortTitle}</a></li>
<li><a href="${measurePath(site, measure.id)}" aria-current="page">${measure.title}</a></li>
</ol></nav>
<article class="yq-measure" data-read-aloud-scope>
<header class="yq-measure__header">
<p class="yq-kicker">${kicker.join(' · ')}</p>
<h1>${measure.title}</h1>
<p class="yq-full-title">${measure.fullTitle}</p>
<p class="yq-status-line"><span class="yq-visually-hidden">${t.statusHeading}${texts.colon}</span>${badge(site, measure, day)}</p>
${a.validityNotes
  .filter((n) => n.status === 'ended' || n.status === 'target-year-passed')
  .map(
    (n) => markup`<p class="yq-notice yq-notice--${n.status}">${n.text}</p>\n`,
  )}<div class="yq-tools" data-noprint>
<button type="button" class="yq-button yq-button--secondary" data-read-aloud data-start="${texts.readAloud.start}" data-stop="${texts.readAloud.stop}" aria-pressed="false" hidden>${texts.readAloud.start}</button>
</div>
</header>
<p class="yq-summary">${measure.summary}</p>
<section aria-labelledby="facts">
<h2 id="facts">${r.factsHeading}</h2>
${a.keyFacts.length > 0 ? factList(a.keyFacts, quote) : markup`<p>${r.noFacts}</p>`}
</section>
<section aria-labelledby="time">
<h2 id="time">${r.validityHeading}</h2>
${
  measure.validity.length > 0
    ? markup`<ul class="yq-validity">
${measure.validity.map((v, i) => validityItem(site, v, a.validityNotes[i]!, quote))}</ul>`
    : markup`<p>${r.noValidity}</p>`
}
</section>
<section aria-labelledby="who">
<h2 id="who">${r.beneficiariesHeading}</h2>
<ul>
${measure.beneficiaries.map((b) => markup`<li>${b}</li>\n`)}</ul>
</section>
<section aria-labelledby="apply">
<h2 id="apply">${r.howToApplyHeading}</h2>
${measure.howToApply.sourceSays ? quote(measure.howToApply.sourceSays) : ''}
<p>${measure.howToApply.note}</p>
<h3>${t.channelsHeading}</h3>
${channelList(channels)}
${
  measure.departments.length > 0
    ? markup`<p><strong>${r.departmentsHeading}${texts.colon}</strong>${measure.departments.join('、')}</p>\n`
    : ''
}</section>
${
  article
    ? markup`<section aria-labelledby="article">
<h2 id="article">${t.officialArticleHeading}</h2>
<p>${fill(r.officialArticle, { label: article.label })}${texts.colon}${article.title}</p>
${article.quote ? quote(article.quote, 'official-notice') : ''}
</section>
`
    : ''
}<section aria-labelledby="faq">
<h2 id="faq">${t.faqHeading}</h2>
<dl class="yq-faq">
${measure.faq.map((f) => markup`<dt>${f.q}</dt><dd>${f.a}</dd>\n`)}</dl>
</section>
<section aria-labelledby="source">
<h2 id="source">${r.sourceLabel}</h2>
<p>${a.source.citation}</p>
<p class="yq-note">${r.numberingNote}</p>
</section>
</article>
${
  a.related.length > 0
    ? markup`<section class="yq-related" aria-labelledby="related" data-noprint>
<h2 id="related">${r.relatedHeading}</h2>
<ul>
${a.related.map((x) => markup`<li><a href="${measurePath(site, x.id)}">${measureLabel(kb, x)}</a> ${badge(site, x, day)}</li>\n`)}</ul>
</section>
`
    : ''
}<section class="yq-ask" aria-labelledby="ask" data-noprint>
<h2 id="ask">${t.askHeading}</h2>
<p class="yq-actions">
${chatLink(t.chatQuestion, t.askChat, false)}${a.canCheckEligibility ? chatLink(t.eligibilityQuestion, t.askEligibility, true) : ''}<a class="yq-button yq-button--secondary" href="${pagePath(site, '/measures')}">${t.backToList}</a>
</p>
</section>`;

  return layout(
    site,
    {
      title: fill(t.title, { label, title: measure.title }),
      description: measure.summary,
      path: measurePath(site, measure.id),
      section: 'measures',
      ogType: 'article',
      scripts: [PAGE_ASSETS.pageScript],
    },
    main,
  );
}

function factList(facts: readonly Fact[], quote: (text: string, origin: Fact['origin']) => Html): Html {
  const fact = (f: Fact) => markup`<div class="yq-fact">
<dt>${f.label}</dt>
<dd><strong class="yq-figure">${formatFigure(f)}</strong>${quote(f.quote, f.origin)}</dd>
</div>
`;
  return markup`<dl class="yq-facts">
${facts.map(fact)}</dl>`;
}

/**
 * One dated stage or target, with the sentence it comes from. The bot's status sentence is used,
 * except for a stage the source gives no date: that is said as such, never as an arrangement in force.
 */
function validityItem(site: PageSite, v: Validity, note: ValidityNote, quote: (text: string) => Html): Html {
  const text =
    note.status === 'undated' ? `${site.kb.replies.badge.undated}${site.texts.colon}${v.what}` : note.text;
  return markup`<li class="yq-validity__item yq-validity__item--${note.status}"><p>${text}</p>${quote(v.quote)}</li>
`;
}
