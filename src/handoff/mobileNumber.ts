// Mainland China mobile numbers as people type them: 138 1234 5678, 138-1234-5678, +86 13812345678,
// full-width digits. Read into the bare eleven digits, and shown masked (138****5678) wherever a
// number is not the request's own contact field.

const MOBILE = /^1[3-9]\d{9}$/;

/** The eleven digits of a mainland mobile number in the text, or undefined when it holds none or more. */
export function parseMobile(text: string): string | undefined {
  const plain = text.normalize('NFKC');
  // Letters mean this is not (only) a phone number; another country's code is not a mainland number.
  if (/[a-z]/i.test(plain)) return undefined;
  if (/^\s*(?:\+|00)/.test(plain) && !/^\s*(?:\+|00)\s*86/.test(plain)) return undefined;
  let digits = plain.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  else if (digits.length === 15 && digits.startsWith('0086')) digits = digits.slice(4);
  return MOBILE.test(digits) ? digits : undefined;
}

/** 13812345678 → 138****5678. */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : '*'.repeat(mobile.length);
}
