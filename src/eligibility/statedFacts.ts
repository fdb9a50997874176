// Reads the answers a message states about the enterprise without being asked — “我们不是高新技术
// 企业，今年第一次进四上，去年研发投入600万” gives is-high-tech = no, first-time-sishang = yes,
// rd-last-year = 600万 — from the phrases each question lists under `says` (knowledge/eligibility.yaml).
// A stated answer is never asked again.
import { normalizeQuery } from '../search/normalizeQuery.js';
import { type AnswerValue, type Answers, readAmount } from './parseAnswer.js';
import type { EligibilityQuestion } from './schema.js';

const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;
/** Where a clause ends; a comma between digits groups thousands (6,500,000.00元) and ends nothing. */
const CLAUSE = /[，。;；！!？?\n]+|\.(?=\s|$)|(?<!\d),|,(?!\d)|\s{2,}|(?:但是|但|不过|而且|并且|同时|另外)/u;

/** The phrase as it is compared: normalised, without spaces or punctuation. */
function bare(text: string): string {
  return normalizeQuery(text).replace(PUNCTUATION, '');
}

/**
 * A phrase made ready to look for: its bare form, or a pattern when `…` in it stands for up to eight
 * characters (是…高企) — up to 24 in an English phrase, whose words are longer (four-above…for the
 * first time). Phrases come from the knowledge base, so each is prepared once, not per message.
 */
const prepared = new Map<string, string | RegExp>();
function prepare(phrase: string): string | RegExp {
  let ready = prepared.get(phrase);
  if (ready === undefined) {
    ready = phrase.includes('…')
      ? new RegExp(
          phrase
            .split('…')
            .map((part) => bare(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join(/\p{Script=Han}/u.test(phrase) ? '.{0,8}' : '.{0,24}'),
          'u',
        )
      : bare(phrase);
    prepared.set(phrase, ready);
  }
  return ready;
}

/** Whether a message holds a phrase. */
function holds(text: string, phrase: string): boolean {
  return where(text, phrase) >= 0;
}

/** Where in a message a phrase starts, or -1. */
function where(text: string, phrase: string): number {
  const ready = prepare(phrase);
  return typeof ready === 'string' ? text.indexOf(ready) : (ready.exec(text)?.index ?? -1);
}

export function readStatedFacts(text: string, questions: readonly EligibilityQuestion[]): Answers {
  const whole = bare(text);
  const clauses = normalizeQuery(text)
    .split(CLAUSE)
    .map((c) => c.trim())
    .filter(Boolean);
  const facts: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const says = q.says;
    if (!says) continue;
    let value: AnswerValue | undefined;
    switch (q.type) {
      case 'yesno':
        if (says.no.some((p) => holds(whole, p))) value = false;
        else if (says.yes.some((p) => holds(whole, p))) value = true;
        break;
      case 'choice': {
        // The option stated first: facts come before the question, which may quote the measure
        // (本公司早在2018年即获认定…请问是否仍可申领…对新认定专精特新中小企业…的奖励).
        let first = Infinity;
        for (const option of q.options) {
          for (const p of says.options[option.id] ?? []) {
            const at = where(whole, p);
            if (at >= 0 && at < first) {
              first = at;
              value = option.id;
            }
          }
        }
        break;
      }
      case 'amount':
        for (const clause of clauses) {
          const c = bare(clause);
          if (!says.amount.some((p) => holds(c, p))) continue;
          const reading = readAmount(clause);
          if (reading && reading !== 'negative' && reading.hasUnit) {
            value = reading.yuan;
            break;
          }
        }
        break;
    }
    if (value !== undefined) facts[q.id] = value;
  }
  return facts;
}
