// The welcome: what the bot does, the six areas as buttons, examples to try, and the check-up.
import { punctuation } from '../../kb/language.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { actionSet, card, heading, submit, text } from './adaptiveCard.js';
import { areaButtons } from './listCards.js';

export function welcomeCard(kb: KnowledgeBase) {
  const r = kb.replies.welcome;
  return card([
    text(r.title, { size: 'Large', weight: 'Bolder' }),
    text(r.text),
    actionSet([submit(r.checkupButton, { action: 'checkup', text: r.checkupButton }, { style: 'positive' })]),
    heading(r.areasHeading),
    areaButtons(kb.areas),
    heading(r.tryHeading),
    ...r.examples.map((e) => text(`· ${e}`, { spacing: 'Small' })),
    text(kb.replies.measure.numberingNote, { size: 'Small', isSubtle: true }),
  ]);
}

export function welcomeText(kb: KnowledgeBase): string {
  const r = kb.replies.welcome;
  return [
    r.title,
    r.text,
    '',
    `${r.areasHeading}${punctuation(kb.lang).colon}${kb.areas.map((a) => a.shortTitle).join(punctuation(kb.lang).listSeparator)}`,
    `${r.tryHeading}`,
    ...r.examples.map((e) => `· ${e}`),
    `· ${r.checkupButton.replace(/\(.*\)$/, '')}`,
  ].join('\n');
}
