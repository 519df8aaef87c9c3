// Telling an annual report from the pages that sit next to it on a government site: a 解读 of the
// report, a news item, a notice asking organs to publish their reports. Those mention 年度报告
// but have neither its headings nor its tables; importing them would create an empty report.

export class NotAnnualReportError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`该文件不是政府信息公开工作年度报告（${reason}），未导入。请上传年度报告全文。`);
    this.name = 'NotAnnualReportError';
    this.reason = reason;
  }
}

export interface ReportShape {
  title: string | null;
  /** Table 三 rows read (its labels are specific enough to show a report on their own). */
  applicationRowsRead?: number;
  /** The first lines of the document, joined. */
  opening: string;
  headingCount: number;
  /** Table rows the reader found with values. */
  tableRowsRead: number;
}

const GENRES: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /解读|图解|一图读懂|政策问答/, reason: '这是对年度报告的解读' },
  { pattern: /通知|通告|公告|函$/, reason: '这是一份通知或公告' },
  { pattern: /召开|举办|开展|会议|培训会|推进会|调研|动态|简报|新闻/, reason: '这是一则工作动态或新闻' },
];

const REPORT_TITLE = /(?:年度报告|年报)[）)]?$/;

/** A short Chinese line naming the report ("…2023年政府信息公开工作年度报告", "# …年度报告（2021年）"). */
function isTitleLine(line: string): boolean {
  const t = line.replace(/\s+/g, '').replace(/^#+/, '');
  return /年度报告|年报/.test(t) && t.length <= 60 && !/[。；]/.test(t) && !/[A-Za-z]{3,}/.test(t);
}

/**
 * What a report says about itself even without a title line (excerpts, CMS module pages, reposts,
 * mirrors): "现公布…2025年度政府信息公开工作报告", "本报告所列数据的统计期限为…", "现将…情况报告如下",
 * "起止时间为…" (the pre-2019 wording), a page header "2020年报_审计局".
 */
const REPORT_SIGNAL = /政府信息公开[^。\n]{0,16}报告|信息公开年报|年度报告|年报|统计期限|统计时限|统计时间|起止时间|报告如下/;

/** A line that may be a title: short, no sentence punctuation. */
function titleLike(line: string): boolean {
  return line.length > 0 && line.length <= 60 && !/[。；]/.test(line);
}

/**
 * Throws NotAnnualReportError unless the document shows itself as an annual report: a title, the
 * report's own words about itself (REPORT_SIGNAL) with a section heading or a table row, three of
 * the six headings, or three rows of table 三. Rows of numbers alone are not enough (a README or a
 * data listing can hold numbers in rows); an empty or unreadable text still gives a model with
 * findings, so the caller can say what is missing. A 解读, a news item or a notice is refused by its
 * title — only a line that looks like a title is judged, never the first sentence of an excerpt.
 */
export function assertAnnualReport(shape: ReportShape): void {
  const openingLines = shape.opening.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const title = (shape.title ?? openingLines[0] ?? '').replace(/\s+/g, '');
  const titled = REPORT_TITLE.test(title) || (shape.title !== null && isTitleLine(shape.title)) || openingLines.some(isTitleLine);
  if (shape.tableRowsRead >= 3 && (titled || shape.headingCount >= 1)) return;
  if (titleLike(title)) {
    for (const genre of GENRES) {
      if (genre.pattern.test(title)) throw new NotAnnualReportError(genre.reason);
    }
  }
  // A report cut short (only its title and the start of section 一) is still a report.
  if (titled || shape.headingCount >= 3) return;
  // An excerpt without its title: the report's words about itself with a heading or a table row,
  // or table 三's own rows.
  const signal = REPORT_SIGNAL.test(shape.opening.replace(/\s+/g, ''));
  if (signal && (shape.headingCount >= 1 || shape.tableRowsRead >= 1)) return;
  if ((shape.applicationRowsRead ?? 0) >= 3) return;
  // Nothing readable at all: a model with findings (NO_SECTIONS …) says more than a refusal.
  if (!/\p{L}/u.test(shape.opening)) return;
  throw new NotAnnualReportError(shape.tableRowsRead >= 3 ? '文中没有年度报告的标题和章节' : '文中没有年度报告的标题、章节和统计表');
}
