// Small builders for Adaptive Cards 1.5 — only elements Teams renders (TextBlock, FactSet,
// Container, ColumnSet, ActionSet, Action.Submit, Action.OpenUrl).
import type { Attachment } from 'botbuilder';
import type { CardAction } from '../cardAction.js';

export type Element = Record<string, unknown>;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function text(value: string, options: Element = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string, options: Element = {}): Element {
  return text(value, { weight: 'Bolder', spacing: 'Medium', ...options });
}

export function facts(rows: readonly { title: string; value: string }[]): Element {
  return { type: 'FactSet', facts: rows };
}

export function container(items: Element[], options: Element = {}): Element {
  return { type: 'Container', items, ...options };
}

export function submit(title: string, data: CardAction, options: Element = {}): Element {
  return { type: 'Action.Submit', title, data, ...options };
}

export function openUrl(title: string, url: string): Element {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: Element[]): Element {
  return { type: 'ActionSet', actions };
}

export function card(body: Element[], actions: Element[] = []): Attachment {
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body,
      ...(actions.length > 0 ? { actions } : {}),
    },
  };
}
