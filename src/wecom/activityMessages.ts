// Turns one outgoing Bot Framework activity into the WeCom messages that say the same thing:
// its text as text messages; each Adaptive Card as markdown (its readable content and links)
// followed by a button_interaction template card for its Action.Submit buttons — or only the
// template card when the card is a short question with buttons (是/否, options). Everything is
// split within WeCom's byte limits; at most 6 buttons fit a template card, so when a card has
// more, the main action comes first and the rest stay listed in the markdown to be typed.
import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { ButtonKeys } from './buttonKeys.js';
import { readAdaptiveCard, type CardButton, type ReadCard } from './cardReading.js';
import {
  MAIN_TITLE_ADVISED_CHARS,
  MARKDOWN_MAX_BYTES,
  MAX_BUTTONS,
  SUB_TITLE_ADVISED_CHARS,
  TEXT_MAX_BYTES,
} from './limits.js';
import type { TemplateCardButton, WeComMessage } from './outgoingMessage.js';
import { splitContent } from './splitContent.js';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface RenderOptions {
  buttonKeys: ButtonKeys;
  /** A task_id unique within the application (one per template card). */
  newTaskId?: () => string;
}

/** A task_id: digits, letters and '-' only, far below 128 bytes, unique in practice. */
export function newTaskId(): string {
  return `yiqi-${Date.now().toString(36)}-${randomBytes(8).toString('hex')}`;
}

export function toWeComMessages(activity: Partial<Activity>, options: RenderOptions): WeComMessage[] {
  if (activity.type !== undefined && activity.type !== 'message') return [];
  const messages: WeComMessage[] = [];
  const text = activity.text?.trim();
  if (text) {
    const markdown = activity.textFormat === 'markdown';
    for (const content of splitContent(text, markdown ? MARKDOWN_MAX_BYTES : TEXT_MAX_BYTES))
      messages.push(
        markdown ? { msgtype: 'markdown', markdown: { content } } : { msgtype: 'text', text: { content } },
      );
  }
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType !== ADAPTIVE_CARD) continue;
    messages.push(...cardMessages(readAdaptiveCard(attachment.content), options));
  }
  return messages;
}

function cardMessages(card: ReadCard, options: RenderOptions): WeComMessage[] {
  const buttons = chooseButtons(card.buttons, options.buttonKeys);
  const headline = card.headline ?? card.buttons[0]?.title ?? '';
  const subtitle = card.otherTexts.join('\n');
  const compact =
    buttons.chosen.length > 0 &&
    buttons.left.length === 0 &&
    card.textOnly &&
    card.links.length === 0 &&
    [...headline].length <= MAIN_TITLE_ADVISED_CHARS &&
    [...subtitle].length <= SUB_TITLE_ADVISED_CHARS;
  if (compact) return [templateCard(headline, subtitle, buttons.chosen, options)];

  const lines = [...card.lines];
  // Buttons of the card's bottom row that did not fit are listed too, so they can be typed.
  const left = buttons.left.filter((b) => !b.inline).map((b) => `· ${b.title}`);
  if (left.length > 0) lines.push('', ...left);
  const messages: WeComMessage[] = splitContent(lines.join('\n'), MARKDOWN_MAX_BYTES).map((content) => ({
    msgtype: 'markdown',
    markdown: { content },
  }));
  if (buttons.chosen.length > 0) messages.push(templateCard(shorten(headline), '', buttons.chosen, options));
  return messages;
}

/**
 * The buttons that go on the template card: the main action (style positive) first, then the
 * body's buttons in order, then the bottom row; duplicates (same value) once; at most 6.
 */
function chooseButtons(
  all: readonly CardButton[],
  keys: ButtonKeys,
): { chosen: TemplateCardButton[]; left: CardButton[] } {
  const ordered = [
    ...all.filter((b) => b.primary),
    ...all.filter((b) => !b.primary && b.inline),
    ...all.filter((b) => !b.primary && !b.inline),
  ];
  const chosen: TemplateCardButton[] = [];
  const left: CardButton[] = [];
  const seen = new Set<string>();
  for (const button of ordered) {
    const key = keys.encode(button.data ?? { text: button.title });
    if (seen.has(key)) continue;
    seen.add(key);
    if (chosen.length < MAX_BUTTONS) chosen.push({ text: button.title, key });
    else left.push(button);
  }
  return { chosen, left };
}

function templateCard(
  title: string,
  subtitle: string,
  buttons: TemplateCardButton[],
  options: RenderOptions,
): WeComMessage {
  return {
    msgtype: 'template_card',
    template_card: {
      card_type: 'button_interaction',
      task_id: (options.newTaskId ?? newTaskId)(),
      main_title: { title },
      ...(subtitle ? { sub_title_text: subtitle } : {}),
      button_list: buttons,
    },
  };
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAIN_TITLE_ADVISED_CHARS
    ? text
    : `${chars.slice(0, MAIN_TITLE_ADVISED_CHARS - 1).join('')}…`;
}
