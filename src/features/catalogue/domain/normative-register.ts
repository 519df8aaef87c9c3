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
  /** 成文日期: when the document was made (the 2019 format's 本年新制作数量). */
  writtenOn?: LocalDate | null;
  /** The day it was withdrawn from the portal, if ever: no longer 对外公开 from then on. */
  withdrawnOn?: LocalDate | null;
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

/** The 2019 format's columns for item (一) (国办公开办函〔2019〕60号, report years 2019–2020). */
export interface Gov2019Art20Item1Counts {
  newly_made: number;
  newly_published: number;
  total_published: number;
}

/**
 * 2019 format, spec §7.3 last paragraph: 本年新制作数量 = documents made (成文) in Y; 本年新公开数量 =
 * published in Y; 对外公开总数量 = published on or before 31 Dec Y and still available to the public
 * then. A document abolished or expired stays published (marked 废止/失效 on the portal), so it still
 * counts; one withdrawn from the portal by 31 Dec does not. A draft never published is not counted at
 * all: an unpublished normative document cannot be relied upon (国办发〔2018〕37号).
 */
export function countGov2019Art20Item1(docs: readonly NormativeDocument[], year: number): Gov2019Art20Item1Counts {
  const last = `${year}-12-31` as LocalDate;
  let made = 0;
  let published = 0;
  let total = 0;
  for (const doc of docs) {
    if (!doc.publishedOn) continue;
    if (inYear(doc.writtenOn, year)) made++;
    if (inYear(doc.publishedOn, year)) published++;
    if (onOrBefore(doc.publishedOn, last) && !onOrBefore(doc.withdrawnOn, last)) total++;
  }
  return { newly_made: made, newly_published: published, total_published: total };
}

/** Table 二 first-block cells of the 2019 format, keyed as report-format.json defines them. */
export function gov2019Art20Item1Cells(docs: readonly NormativeDocument[], year: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of ['regulations', 'normative_documents'] as const) {
    const kind = row === 'regulations' ? 'regulation' : 'normative_document';
    const counts = countGov2019Art20Item1(docs.filter((d) => d.kind === kind), year);
    for (const [column, value] of Object.entries(counts)) out[`active_disclosure.art20_item1.${row}.${column}`] = value;
  }
  return out;
}
