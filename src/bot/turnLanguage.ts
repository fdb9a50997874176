// The language of the turn being answered: the message's own (English words → English), else the
// conversation's, else the client's locale (en-*), else Chinese. Kept in the turn state so every
// dialog and card of the turn uses the same view of the knowledge base.
import type { TurnContext } from 'botbuilder';
import { kbIn, type Lang } from '../kb/language.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';

const TURN_LANGUAGE = Symbol.for('yiqi.turnLanguage');

/** The language a client's locale asks for: English for en-*, Chinese otherwise. */
export function localeLanguage(locale: string | undefined): Lang {
  return /^en(\b|[-_])/i.test(locale ?? '') ? 'en' : 'zh';
}

export function setTurnLanguage(context: TurnContext, lang: Lang): void {
  context.turnState.set(TURN_LANGUAGE, lang);
}

export function turnLanguage(context: TurnContext): Lang {
  return (
    (context.turnState.get(TURN_LANGUAGE) as Lang | undefined) ?? localeLanguage(context.activity.locale)
  );
}

/** The knowledge base in the turn's language. */
export function turnKb(services: { kb: KnowledgeBase }, context: TurnContext): KnowledgeBase {
  return kbIn(services.kb, turnLanguage(context));
}
