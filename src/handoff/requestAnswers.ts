// Reads the answers of the request flow: consent (同意/不同意, 是/否 and their variants), an
// enterprise name, the question, and Teams' “contact me here”. The district and the mobile number
// have their own readers (districtMatcher, mobileNumber).
import { compact, parseYesNo } from '../eligibility/parseAnswer.js';

const AGREE = /^(?:我)?(?:同意|愿意|确认|接受|agree|iagree|accept)(?:的|了|提交)?$/u;
const DISAGREE = /^(?:我)?(?:不同意|不愿意|拒绝|不接受|disagree|decline)(?:的|了)?$/u;
const HERE =
  /^(?:请)?(?:就)?(?:在)?(?:这里|这儿|这|此处|本对话|teams)(?:里)?(?:联系|回复)?(?:我)?(?:吧|就行|就好)?$|^(?:contactmehere|here)$/u;

export const MAX_ENTERPRISE_CHARS = 60;
export const MAX_QUESTION_CHARS = 500;

/** true for consent, false for a refusal, undefined when the text is neither. */
export function parseConsent(text: string, labels: { yes: string; no: string }): boolean | undefined {
  const t = compact(text);
  if (t === compact(labels.no) || DISAGREE.test(t)) return false;
  if (t === compact(labels.yes) || AGREE.test(t)) return true;
  return parseYesNo(text);
}

/** An enterprise name of 2 to 60 characters with at least one letter or Han character. */
export function readEnterpriseName(text: string): string | undefined {
  const name = text.replace(/\s+/g, ' ').trim();
  const length = [...name].length;
  if (length < 2 || length > MAX_ENTERPRISE_CHARS) return undefined;
  return /[\p{L}]/u.test(name) ? name : undefined;
}

/** The question in the user's words: at least two characters, cut at 500. */
export function readQuestion(text: string): string | undefined {
  const question = text.trim();
  return [...question].length >= 2 ? [...question].slice(0, MAX_QUESTION_CHARS).join('') : undefined;
}

/** Whether the text asks to be contacted in this conversation (Teams: 在这里联系我). */
export function isContactHere(text: string, label: string): boolean {
  const t = compact(text);
  return t === compact(label) || HERE.test(t);
}
