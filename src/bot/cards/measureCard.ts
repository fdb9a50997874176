// The answer about one measure: our number (never shown as an official article number), title,
// area, a notice when a stage has ended, the focus of a follow-up, summary, key figures, time,
// who it is for, how to apply, the source line, and buttons (none on a card shared into a chat).
import { punctuation } from '../../kb/language.js';
import type { MeasureAnswer } from '../../answers/answer.js';
import { formatFigure } from '../../answers/formatFact.js';
import { alsoNamedLine, focusLines, measureLabel } from '../../answers/renderText.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import {
  actionSet,
  card,
  container,
  facts,
  heading,
  openUrl,
  submit,
  text,
  type Element,
} from './adaptiveCard.js';

export interface MeasureCardOptions {
  /**
   * A card someone inserts into a chat with other people (Teams' compose box): its buttons would
   * talk to a bot that is not in that chat, so it has none; related measures are listed as text and
   * the measure's page is linked when its address is known.
   */
  shared?: { pageUrl?: string };
}

export function measureCard(kb: KnowledgeBase, a: MeasureAnswer, options: MeasureCardOptions = {}) {
  const r = kb.replies.measure;
  const m = a.measure;
  const top = [fill(r.numberLabel, { number: m.number }), a.area.shortTitle];
  if (m.officialArticle) top.push(fill(r.officialArticle, { label: m.officialArticle.label }));
  const body: Element[] = [
    text(top.join(' · '), { isSubtle: true, size: 'Small', spacing: 'None' }),
    text(m.title, { size: 'Large', weight: 'Bolder', spacing: 'Small' }),
  ];
  for (const note of a.validityNotes) {
    if (note.status === 'ended' || note.status === 'target-year-passed') {
      body.push(
        container(
          [text(note.text, { color: note.status === 'ended' ? 'Attention' : 'Warning', weight: 'Bolder' })],
          {
            style: note.status === 'ended' ? 'attention' : 'warning',
          },
        ),
      );
    }
  }
  const focus = focusLines(kb, a);
  if (focus.length > 0) {
    body.push(
      container(
        [
          heading(focus[0]!, { spacing: 'None' }),
          ...focus.slice(1).map((l) => text(l, { spacing: 'Small' })),
        ],
        {
          style: 'emphasis',
        },
      ),
    );
  }
  body.push(text(m.summary));
  if (a.keyFacts.length > 0) {
    body.push(
      heading(r.factsHeading),
      facts(a.keyFacts.map((f) => ({ title: f.label, value: formatFigure(f, kb.lang) }))),
    );
  }
  body.push(heading(r.validityHeading));
  if (a.validityNotes.length > 0)
    for (const v of a.validityNotes) body.push(text(v.text, { spacing: 'Small' }));
  else body.push(text(r.noValidity, { spacing: 'Small' }));
  body.push(
    heading(r.beneficiariesHeading),
    ...m.beneficiaries.map((b) => text(`· ${b}`, { spacing: 'Small' })),
  );
  if (a.focus !== 'apply') {
    const channels = m.howToApply.channels.flatMap((id) => kb.channelById.get(id)?.name ?? []);
    body.push(heading(r.howToApplyHeading));
    if (m.howToApply.sourceSays) body.push(text(m.howToApply.sourceSays, { spacing: 'Small' }));
    body.push(
      text(m.howToApply.note, { spacing: 'Small' }),
      text(channels.join(punctuation(kb.lang).listSeparator), { spacing: 'Small', isSubtle: true }),
    );
  }
  if (m.departments.length > 0)
    body.push(
      text(
        `${r.departmentsHeading}${punctuation(kb.lang).colon}${m.departments.join(punctuation(kb.lang).listSeparator)}`,
        { size: 'Small' },
      ),
    );
  const also = alsoNamedLine(kb, a);
  if (also) body.push(container([text(also)], { style: 'emphasis' }));
  body.push(
    text(
      `${r.sourceLabel}${punctuation(kb.lang).colon}${a.source.citation}${punctuation(kb.lang).fullStop}${r.numberingNote}`,
      {
        size: 'Small',
        isSubtle: true,
        spacing: 'Medium',
      },
    ),
  );
  if (options.shared) {
    if (a.related.length > 0)
      body.push(
        heading(r.relatedHeading),
        ...a.related.map((x) => text(`· ${measureLabel(kb, x)}`, { spacing: 'Small' })),
      );
    const pageUrl = options.shared.pageUrl;
    return card(body, pageUrl ? [openUrl(r.openPage, pageUrl)] : []);
  }
  const buttons: Element[] = [];
  // The other measures the message named, one press away.
  for (const x of a.alsoNamed ?? [])
    buttons.push(submit(measureLabel(kb, x), { action: 'measure', id: x.id, text: measureLabel(kb, x) }));
  if (a.canCheckEligibility)
    buttons.push(
      submit(r.canIApply, { action: 'eligibility', id: m.id, text: r.canIApply }, { style: 'positive' }),
    );
  if (a.related.length > 0) {
    body.push(heading(r.relatedHeading));
    body.push(
      actionSet(
        a.related.map((x) =>
          submit(measureLabel(kb, x), { action: 'measure', id: x.id, text: measureLabel(kb, x) }),
        ),
      ),
    );
  }
  buttons.push(
    submit(r.useful, { action: 'feedback', id: m.id, useful: true, text: r.useful }),
    submit(r.notUseful, { action: 'feedback', id: m.id, useful: false, text: r.notUseful }),
  );
  return card(body, buttons);
}
