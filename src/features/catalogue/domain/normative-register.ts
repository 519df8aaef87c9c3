// The normative-document register and table 二's first block (active-disclosure.md §7.3).
// 条例第二十条第（一）项 puts 规范性文件 in active disclosure; the annual report (条例第五十条) counts
// 本年制发件数 / 本年废止件数 / 现行有效件数 for 规章 and 行政规范性文件.
// Defaults follow README U12: expiry counts as 废止; published-but-not-yet-effective counts as 现行有效.
import { compareLocalDates, type LocalDate } from '../../../law/local-date.ts';

export interface NormativeDocument {
  /** 规章 are made only by ministries and provincial/设区的市 governments (立法法); county and township: never. */
  kind: 'regulation' | 'normative_document';
  /** 制发 = 印发并公开: a normative document not yet published cannot be relied upon (国办发〔2018〕37号). */
  publishedOn: LocalDate | null;
  effectiveOn?: LocalDate | null;
  abolishedOn?: LocalDate | null;
  /** 有效期届满 date, when the document has a validity period. */
  expiresOn?: LocalDate | null;
}

export interface RegisterOptions {
  /** Count documents whose validity period ends in the year as 废止 (U12 default: true). */
  countExpiryAsAbolished: boolean;
  /** Count documents published by 31 Dec but effective only later as 现行有效 (U12 default: true). */
  countNotYetEffectiveAsValid: boolean;
}

export const DEFAULT_REGISTER_OPTIONS: RegisterOptions = { countExpiryAsAbolished: true, countNotYetEffectiveAsValid: true };

export interface Art20Item1Counts {
  issued_this_year: number;
  abolished_this_year: number;
  currently_valid: number;
}

const inYear = (d: LocalDate | null | undefined, year: number): d is LocalDate => !!d && Number(d.slice(0, 4)) === year;
const onOrBefore = (d: LocalDate | null | undefined, last: LocalDate): d is LocalDate => !!d && compareLocalDates(d, last) <= 0;

/** The date a document stopped being valid: abolition, or expiry when expiry counts. */
function endOn(doc: NormativeDocument, opts: RegisterOptions): LocalDate | null {
  const dates = [doc.abolishedOn, opts.countExpiryAsAbolished ? doc.expiresOn : null].filter((d): d is LocalDate => !!d);
  if (dates.length === 0) return null;
  return dates.sort(compareLocalDates)[0]!;
}

export function countArt20Item1(docs: readonly NormativeDocument[], year: number, options: RegisterOptions = DEFAULT_REGISTER_OPTIONS): Art20Item1Counts {
  const last = `${year}-12-31` as LocalDate;
  let issued = 0;
  let abolished = 0;
  let valid = 0;
  for (const doc of docs) {
    // An unpublished document is not 制发 and cannot be valid (国办发〔2018〕37号).
    if (!doc.publishedOn) continue;
    if (inYear(doc.publishedOn, year)) issued++;
    const end = endOn(doc, options);
    if (inYear(end, year)) abolished++;
    const published = onOrBefore(doc.publishedOn, last);
    const ended = onOrBefore(end, last);
    const inForce = options.countNotYetEffectiveAsValid || !doc.effectiveOn || onOrBefore(doc.effectiveOn, last);
    if (published && !ended && inForce) valid++;
  }
  return { issued_this_year: issued, abolished_this_year: abolished, currently_valid: valid };
}

/** Table 二 first-block cells keyed as report-format.json defines them (`active_disclosure.<block>.<row>.<column>`). */
export function art20Item1Cells(docs: readonly NormativeDocument[], year: number, options: RegisterOptions = DEFAULT_REGISTER_OPTIONS): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of ['regulations', 'normative_documents'] as const) {
    const kind = row === 'regulations' ? 'regulation' : 'normative_document';
    const counts = countArt20Item1(docs.filter((d) => d.kind === kind), year, options);
    for (const [column, value] of Object.entries(counts)) out[`active_disclosure.art20_item1.${row}.${column}`] = value;
  }
  return out;
}
