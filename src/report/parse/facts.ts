// Facts about the document as printed: title, report year, organ, signature date, the statistics
// period it states and the documents it cites. Read from the text only; the rules (rules/) judge
// them (R_REPORT_DATE, R_PERIOD, R_CITED_DOCUMENT).
import type { ReportLine } from './lines.ts';
import { toHalfWidth } from './value.ts';

export interface DocumentFacts {
  title: string | null;
  year: number | null;
  agency: string | null;
  reportDate: string | null;
  citedDocuments: string[];
  /** Where the year was read: the title, the 统计期限, the report's sentence about itself or its first narrative year, the page's 发布日期. */
  yearSource: 'title' | 'period' | 'narrative' | 'page_date' | null;
  /** "统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止" as dates, when the report states one. */
  statisticsPeriod: { from: string; to: string; text: string } | null;
}

const compact = (text: string) => toHalfWidth(text).replace(/[\s\u00a0\u3000]+/g, '');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Site furniture above a report on a web page: never part of the title. */
const NOT_TITLE = /^(?:索引号|发布机构|发文机关|发布日期|发文日期|成文日期|来源|信息来源|当前位置|您当前的位置|首页|浏览次数|字号|分享|打印|关闭)/;

/**
 * The title: the first short line before the first heading that names a report (…年度报告, 年报),
 * joined with the line above it when the title is printed over two lines (seed 000:
 * "土门关乡人民政府2021年度" / "政府信息公开工作年度报告"; 洪泽区: organ / "2023 年…年度报告").
 */
export function findTitle(lines: readonly ReportLine[], firstHeading: number): string | null {
  const limit = firstHeading >= 0 ? firstHeading : Math.min(lines.length, 15);
  const candidates: { text: string; index: number }[] = [];
  for (let i = 0; i < limit && candidates.length < 12; i++) {
    const text = lines[i]!.text.replace(/^\s*#+\s*/, '').trim();
    if (text === '' || text.length > 60 || NOT_TITLE.test(text)) continue;
    candidates.push({ text, index: i });
  }
  const at = candidates.findIndex((c) => /年度报告|年报|工作报告/.test(c.text));
  if (at >= 0) {
    const current = candidates[at]!;
    const previous = at > 0 ? candidates[at - 1]! : null;
    const hasYear = /(?:19|20)\d{2}\s*年/.test(current.text);
    const startsWithYear = /^(?:19|20)\d{2}\s*年/.test(current.text);
    if (
      previous &&
      current.index - previous.index <= 2 &&
      previous.text.length <= 30 &&
      !/报告|[。；]/.test(previous.text) &&
      (!hasYear || startsWithYear)
    ) {
      return previous.text + current.text;
    }
    return current.text;
  }
  const dated = candidates.find((c) => /(?:19|20)\d{2}\s*年/.test(c.text));
  return dated ? dated.text : null;
}

/** Year of the report: "2021年度", "2021 年草坝镇…", "2023 年政府信息公开工作年度报告". */
export function yearFrom(text: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(compact(text));
  return m ? Number(m[1]) : null;
}

/** The organ as printed in the title, without the year and the "政府信息公开工作年度报告" words. */
export function agencyFrom(title: string): string | null {
  const t = compact(title).replace(/^[《〈“"]|[》〉”"]$/g, '');
  const m = /^(.*?)(?:19|20)\d{2}年度?(.*)$/.exec(t);
  const strip = (s: string) =>
    s
      .replace(/(?:政府信息公开|政务公开|信息公开).*$/, '')
      .replace(/(?:关于|的|、|，)+$/, '');
  let agency = '';
  if (m) agency = strip(m[1]!) || strip(m[2]!);
  else agency = strip(t);
  return agency.length >= 2 && agency.length <= 40 ? agency : null;
}

const DATE_LINE = /^[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[）)]?$/;

/** Signature date: a line holding only a date, near the end (or right under the title). */
export function findReportDate(lines: readonly ReportLine[]): string | null {
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < 12; i--) {
    const t = compact(lines[i]!.text);
    if (t !== '') tail.push(t);
  }
  const head: string[] = [];
  for (let i = 0; i < lines.length && head.length < 8; i++) {
    const t = compact(lines[i]!.text);
    if (t !== '') head.push(t);
  }
  for (const t of [...tail, ...head]) {
    const m = DATE_LINE.exec(t);
    if (m) {
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) return date;
    }
  }
  return null;
}

/** "发布日期：2024-01-17", "公开日期 2024年1月17日 10:30": the date a saved web page says it was published. */
const PAGE_DATE = /(?:发布日期|发布时间|公开日期|公开时间|发布于)[:：]?(\d{4})(?:年|-|\/|\.)(\d{1,2})(?:月|-|\/|\.)(\d{1,2})/;

/**
 * The publication date printed by the site around a saved report (条例第四十九条 counts from it), from
 * the site lines above the title or below the text; null when the document has none (a PDF or Word file
 * carries only its signature date). 成文日期 is the signature, not the publication, and is not read here.
 */
export function findPageDate(lines: readonly ReportLine[]): string | null {
  const edge = [...lines.slice(0, 30), ...lines.slice(Math.max(30, lines.length - 15))];
  for (const line of edge) {
    const m = PAGE_DATE.exec(compact(line.text));
    if (m) {
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) return date;
    }
  }
  return null;
}

/** Document numbers cited in the text: 国办公开办函〔2021〕30号, 国办函〔2020〕109号 (as printed). */
export function findCitedDocuments(text: string): string[] {
  const found: string[] = [];
  const known = /(?:国办公开办函|国办秘函|国办函|国办发|国发)\s*[〔［\[【]\s*(?:19|20)\d{2}\s*[〕］\]】]\s*\d{1,4}\s*号/g;
  // Other organs' numbers ("宁政办发〔2020〕12号") when the abbreviation stands after a bracket or space.
  const generic = /(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,8}[函发字]\s*[〔［\[【]\s*(?:19|20)\d{2}\s*[〕］\]】]\s*\d{1,4}\s*号/g;
  const hits: { index: number; text: string }[] = [];
  for (const m of text.matchAll(known)) hits.push({ index: m.index!, text: m[0] });
  for (const m of text.matchAll(generic)) {
    if (!hits.some((h) => m.index! <= h.index && h.index < m.index! + m[0].length)) hits.push({ index: m.index!, text: m[0] });
  }
  hits.sort((a, b) => a.index - b.index);
  for (const h of hits) if (!found.includes(h.text)) found.push(h.text);
  return found;
}

/** "统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日", "从2025年1月1日至2025年12月31日止". */
export function findStatisticsPeriod(text: string): DocumentFacts['statisticsPeriod'] {
  const t = compact(text);
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到|—|-|－|~)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:止)?/.exec(t);
  if (!m) return null;
  const from = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const to = isoDate(Number(m[4] ?? m[1]), Number(m[5]), Number(m[6]));
  if (!from || !to) return null;
  return { from, to, text: m[0] };
}

/** A year a report of this kind can be about (the 条例 of 2007 applies from 2008). */
function plausibleYear(year: number): boolean {
  return year >= 2008 && year <= 2099;
}

/**
 * The year a page without a title states about itself: "现公布…2025年度政府信息公开工作报告",
 * "现将我局2020年度政府信息公开情况报告如下", else the first year of the narrative right after the
 * first heading ("2022年，抚远市自然资源局…"; a date "截止2023年12月31日" counts too).
 */
export function narrativeYear(lines: readonly ReportLine[], firstHeading: number): number | null {
  const head = compact(lines.slice(0, 30).map((l) => l.text).join(''));
  const about = /((?:19|20)\d{2})年度?[^。，,]{0,20}?政府信息公开[^。]{0,12}?(?:工作)?(?:年度)?(?:情况)?(?:的)?报告/.exec(head);
  if (about && plausibleYear(Number(about[1]))) return Number(about[1]);
  const from = firstHeading >= 0 ? firstHeading + 1 : 0;
  const body = compact(lines.slice(from, from + 6).map((l) => l.text).join('')).slice(0, 300);
  const first = /((?:19|20)\d{2})年/.exec(body);
  return first && plausibleYear(Number(first[1])) ? Number(first[1]) : null;
}

export function readDocumentFacts(lines: readonly ReportLine[], firstHeading: number): DocumentFacts {
  const text = lines.map((l) => l.text).join('\n');
  const title = findTitle(lines, firstHeading);
  const period = findStatisticsPeriod(text);
  let year = title ? yearFrom(title) : null;
  let yearSource: DocumentFacts['yearSource'] = year !== null ? 'title' : null;
  if (year === null && period) {
    year = Number(period.from.slice(0, 4));
    yearSource = 'period';
  }
  if (year === null) {
    const head = lines.slice(0, 8).map((l) => l.text).join('');
    if (/报告/.test(head)) year = yearFrom(head);
    if (year !== null) yearSource = title ? 'title' : 'narrative';
  }
  if (year === null) {
    year = narrativeYear(lines, firstHeading);
    if (year !== null) yearSource = 'narrative';
  }
  if (year === null) {
    // Published in the first half of a year: the report of the year before (条例第四十九条: by 1 月 31 日).
    const published = findPageDate(lines);
    if (published) {
      const [y, m] = published.split('-').map(Number) as [number, number];
      year = m <= 6 ? y - 1 : y;
      yearSource = 'page_date';
    }
  }
  return {
    title,
    year,
    yearSource,
    agency: title ? agencyFrom(title) : null,
    reportDate: findReportDate(lines),
    citedDocuments: findCitedDocuments(text),
    statisticsPeriod: period,
  };
}
