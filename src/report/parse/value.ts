// Reading one table cell as printed. Published reports write the same thing many ways: "0",
// "０", " 0 ", "[bookmark: _GoBack]0" (a Word artefact), "/" or "—" for a cell that does not
// apply, "減3" for a signed change, "251000元" for an amount the format wants in 万元.
// A blank cell, a not-applicable mark and a 0 stay three different things (annual-report-format.md
// §5: blank → BLANK_CELL warning, "/" → not applicable).

/** What one printed token says. `unknown` is text the reader cannot read as a cell. */
export type CellToken =
  | { kind: 'number'; value: number; unit?: 'yuan' | 'wan_yuan'; note?: string }
  | { kind: 'blank' }
  | { kind: 'not_applicable' }
  | { kind: 'unknown'; text: string };

/** Word bookmarks and field codes that leak into text exports: `[bookmark: _GoBack]`. */
const WORD_ARTEFACT = /\[(?:bookmark|_?GoBack|anchor)[^\]]*\]/gi;

/** Marks used for "not applicable": slash, hyphen, dashes of every width. */
const NOT_APPLICABLE = /^(?:[/／\\]|[-－‐‑–—―─]{1,2})$/;

/** Full-width digits, signs and the decimal point → ASCII, so one pattern reads them all. */
export function toHalfWidth(text: string): string {
  if (!/[０-９．＋，]/.test(text)) return text;
  return text.replace(/[０-９．＋，]/g, (ch) => {
    if (ch === '．') return '.';
    if (ch === '＋') return '+';
    if (ch === '，') return ',';
    return String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 0x30);
  });
}

/** Strip the artefacts and spaces (ASCII, no-break, ideographic) a token may carry. */
export function cleanToken(raw: string): string {
  return raw.replace(WORD_ARTEFACT, '').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

/**
 * Read a printed cell. Never throws: what cannot be read comes back as `unknown` with the text,
 * so the caller can report it instead of dropping it.
 */
export function readCellToken(raw: string): CellToken {
  // The same few cell texts ("0", "", "/", "12") recur in every row of every report: read each once.
  // Tokens are never mutated, so the cached object can be shared.
  const hit = tokenCache.get(raw);
  if (hit !== undefined) return hit;
  const token = readUncached(raw);
  if (tokenCache.size > 20_000) tokenCache.clear();
  tokenCache.set(raw, token);
  return token;
}

const tokenCache = new Map<string, CellToken>();

function readUncached(raw: string): CellToken {
  const text = toHalfWidth(cleanToken(raw));
  if (text === '') return { kind: 'blank' };
  if (NOT_APPLICABLE.test(text)) return { kind: 'not_applicable' };

  // Signed change of 本年增/减 (gov_2019 table 二): "-3", "−3", "减3", "減3", "+2", "增2".
  const signed = /^(减|減|增|[+\-−－])(\d+(?:\.\d+)?)$/.exec(text);
  if (signed) {
    const magnitude = Number(signed[2]);
    const negative = signed[1] !== '增' && signed[1] !== '+';
    return { kind: 'number', value: negative && magnitude !== 0 ? -magnitude : magnitude };
  }

  // Amounts with a unit: "160.5964万元" stays 万元; "251000元" is converted to 万元 (the unit of
  // table 二 item 8), keeping the printed unit and a note.
  const amount = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元)$/.exec(text);
  if (amount) {
    const digits = amount[1]!.replace(/,/g, '') + (amount[2] ?? '');
    if (amount[3] === '万元') return { kind: 'number', value: Number(digits), unit: 'wan_yuan' };
    const wan = shiftDecimalLeft(digits, 4);
    return {
      kind: 'number',
      value: Number(wan),
      unit: 'yuan',
      note: `原文为“${raw.trim()}”，已按 1 万元 = 10000 元折算为 ${wan} 万元`,
    };
  }

  // Plain numbers, with optional thousands separators and a count unit ("4件").
  const plain = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:件|个|项|条|次)?$/.exec(text);
  if (plain) return { kind: 'number', value: Number(plain[1]!.replace(/,/g, '') + (plain[2] ?? '')) };

  return { kind: 'unknown', text: raw.trim() };
}

/** Divide a decimal string by 10^places without floating-point noise ("251000" → "25.1"). */
export function shiftDecimalLeft(digits: string, places: number): string {
  const [whole = '0', fraction = ''] = digits.split('.');
  const padded = whole.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
  const tail = (padded.slice(padded.length - places) + fraction).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

/** True when the token reads as a cell value (a number or a not-applicable mark). */
export function isValueToken(raw: string): boolean {
  const token = readCellToken(raw);
  return token.kind === 'number' || token.kind === 'not_applicable';
}
