// Recognises questions that point at a measure by number (“第8项”, “措施8”, “8号措施”) or at an
// official article (“(二)”, “第二条” of the notice), before any lexical matching.
import { parseSmallNumber } from './chineseNumber.js';

export type Reference = { type: 'number'; number: number } | { type: 'article'; label: string };

const NUM = '([0-9]{1,3}|[零〇一二两三四五六七八九十]{1,3})';
const BY_NUMBER = [
  new RegExp(`第\\s*${NUM}\\s*(?:项|条|个措施|号措施|点)`),
  /(?:措施|条目|measure)\s*(?:第\s*)?([0-9]{1,2})(?![0-9.万亿%个家元年])/,
  /(?:措施|条目)\s*第?([一二三四五六七八九十]{1,3})(?=$|[^\p{Script=Han}]|条|项|是|讲|说)/u,
  new RegExp(`${NUM}\\s*号\\s*(?:措施|政策)`),
  // A part of a list of numbers (8号和18号措施): the number alone, before the noun the list shares.
  new RegExp(`^\\s*${NUM}\\s*号\\s*$`),
  // The same with 项 (22项和24项哪个更管用): a part that is only the number and 项 or 条.
  new RegExp(`^\\s*${NUM}\\s*(?:项|条)\\s*$`),
  /(?:measure|item|no\.?)\s*#?\s*([0-9]{1,2})\b/,
];
const ARTICLE = /[(]\s*([一二三四五六七八九十]{1,3})\s*[)]/;

export function detectReference(text: string, measureCount: number): Reference | undefined {
  const article = ARTICLE.exec(text);
  if (article) return { type: 'article', label: `(${article[1]})` };
  for (const pattern of BY_NUMBER) {
    const m = pattern.exec(text);
    const n = m ? parseSmallNumber(m[1]!) : undefined;
    if (n !== undefined && n >= 1 && n <= measureCount) return { type: 'number', number: n };
  }
  return undefined;
}
