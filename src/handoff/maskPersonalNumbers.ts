// Hides the personal numbers people paste into a chat — mainland mobile numbers and resident ID
// numbers — before text is kept in a transcript or a maintainers' record. Mobile numbers keep their
// first three and last four digits (138****5678), ID numbers their first and last character.

const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;

export function maskPersonalNumbers(text: string): string {
  // Full-width digits (１３８…) are digits too.
  const plain = /[０-９＋－]/.test(text) ? text.replace(/[０-９＋－]/g, (c) => c.normalize('NFKC')) : text;
  return plain
    .replace(ID_NUMBER, (id: string) => `${id[0]}${'*'.repeat(id.length - 2)}${id.at(-1)}`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`);
}
