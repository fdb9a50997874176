// Writes a day the way the bot says it: 2023-12-31 → 2023年12月31日.

/** 2023-12-31 → 2023年12月31日 (text that is not a YYYY-MM-DD day is returned unchanged). */
export function chineseDate(day: string | undefined): string {
  if (!day) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day;
}
