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

/** Throws NotAnnualReportError when the document is recognisably another kind of page. */
export function assertAnnualReport(shape: ReportShape): void {
  if (shape.tableRowsRead >= 3) return;
  const firstLine = shape.opening.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const title = (shape.title ?? firstLine).replace(/\s+/g, '');
  for (const genre of GENRES) {
    if (genre.pattern.test(title)) throw new NotAnnualReportError(genre.reason);
  }
  // A report cut short (only its title and the start of section 一) is still a report.
  if (REPORT_TITLE.test(title) || shape.headingCount >= 3) return;
  // Prose that talks about annual reports without being one: no headings, no tables.
  if (shape.headingCount <= 1 && /年度报告|年报/.test(shape.opening) && /[\u4e00-\u9fff]{20,}/.test(shape.opening)) {
    throw new NotAnnualReportError('文中没有年度报告的章节和统计表');
  }
}
