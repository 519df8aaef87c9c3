// Numbers as reports write them in prose: "4", "４", "四", "十二", "一百零五", "两千三百".

const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const bigUnits: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Regex source for one number in any of these spellings. */
export const numberPattern = '[0-9０-９]+|[零〇一二两三四五六七八九十百千万亿]+';

/** The value of an Arabic (half- or full-width) or Chinese numeral; null when it is not one. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(s)) return null;
  let total = 0; // completed 万/亿 groups
  let section = 0; // inside the current group
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in digits) {
      digit = digits[ch]!;
    } else if (ch in smallUnits) {
      // "十二" = 12: a unit without a digit before it means one of it.
      section += (digit ?? 1) * smallUnits[ch]!;
      digit = null;
    } else if (ch in bigUnits) {
      total = (total + section + (digit ?? 0)) * bigUnits[ch]!;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
