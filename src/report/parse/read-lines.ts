// The reader: from the lines of a published report to an AnnualReport. Finds the six headings,
// reads each table from the lines between its heading and the next, decides the format of each
// table from the words it prints (report-format.json `format_detection`) and the year, and keeps
// every choice it had to make as a finding. Never throws, except NotAnnualReportError for a
// document that is recognisably something else.
import { formatForYear } from '../formats/index.ts';
import type { AnnualReport, FormatId, SectionId, TableId } from '../model.ts';
import { toSimplified } from './encoding.ts';
import { readNarrativeFigures } from './narrative-figures.ts';
import { hasPinyinGlosses, stripPinyinGlosses } from './pinyin-glosses.ts';
import { readDocumentFacts } from './facts.ts';
import type { LineCell, ReportLine } from './lines.ts';
import { assertAnnualReport } from './not-report.ts';
import { newReadContext, type ReadContext } from './read-context.ts';
import { buildSections, findHeadings, type HeadingHit } from './sections.ts';
import { readActiveDisclosureTable } from './table-active-disclosure.ts';
import { readApplicationsTable } from './table-applications.ts';
import { readReviewLitigationValues, reviewValues } from './table-review-litigation.ts';
import { tokenize } from './tokens.ts';

const NARRATIVE_NAMES: Record<string, string> = {
  'applications.new_received.total': '本年新收申请',
  'applications.carried_over_from_last_year.total': '上年结转申请',
  'applications.carried_to_next_year.total': '结转下年度办理',
  'applications.outcomes.granted.total': '予以公开',
  'applications.outcomes.partially_granted.total': '部分公开',
};

const ORDER: readonly SectionId[] = [
  'general_situation',
  'active_disclosure',
  'applications',
  'review_litigation',
  'problems_and_improvements',
  'other_matters',
];

/** Lines `[from, to)` of a table: from its heading to the next heading; null when there is no sign of it. */
function regionOf(id: SectionId, headings: readonly HeadingHit[], lineCount: number): { from: number; to: number; headingFound: boolean } | null {
  const hit = headings.find((h) => h.id === id);
  if (hit) {
    const after = headings.find((h) => h.lineIndex > hit.lineIndex);
    return { from: hit.lineIndex + 1, to: after ? after.lineIndex : lineCount, headingFound: true };
  }
  // No heading: the gap between the sections that should surround the table.
  const rank = ORDER.indexOf(id);
  const before = headings.filter((h) => ORDER.indexOf(h.id) < rank).at(-1);
  const after = headings.find((h) => ORDER.indexOf(h.id) > rank && (!before || h.lineIndex > before.lineIndex));
  const from = before ? before.lineIndex + 1 : 0;
  const to = after ? after.lineIndex : lineCount;
  return to > from ? { from, to, headingFound: false } : null;
}

/** Lines as the reader needs them: text always a string (a caller's null or number becomes text). */
function wellFormed(input: readonly ReportLine[]): ReportLine[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
  return (Array.isArray(input) ? input : []).map((line, i) => {
    const source = line && typeof line.source === 'object' && line.source !== null ? line.source : { line: i + 1 };
    const out: ReportLine = { text: text(line?.text), source };
    if (Array.isArray(line?.cells)) {
      out.cells = (line.cells as readonly (LineCell | null)[]).map((c) => ({ text: text(c?.text), source: c && typeof c.source === 'object' && c.source !== null ? c.source : source }));
    }
    return out;
  });
}

/** Traditional-character documents are read in Simplified; the source keeps the printed text. */
function simplified(input: readonly ReportLine[]): ReportLine[] {
  const whole = input.map((l) => l.text).join('\n');
  // Pinyin glosses of mirror sites ("報(bào)告") go first; the source keeps the printed text.
  const lines = hasPinyinGlosses(whole)
    ? input.map((l) => ({
        text: stripPinyinGlosses(l.text),
        source: { ...l.source, text: l.source.text ?? l.text },
        ...(l.cells ? { cells: l.cells.map((c) => ({ text: stripPinyinGlosses(c.text), source: { ...c.source, text: c.source.text ?? c.text } })) } : {}),
      }))
    : input;
  const convert = toSimplified(lines.map((l) => l.text).join('\n'));
  if (!convert) return [...lines];
  return lines.map((l) => ({
    text: convert(l.text),
    source: { ...l.source, text: l.source.text ?? l.text },
    ...(l.cells ? { cells: l.cells.map((c) => ({ text: convert(c.text), source: { ...c.source, text: c.source.text ?? c.text } })) } : {}),
  }));
}

function resolveFormat(year: number | null, t2: FormatId | null, t3: FormatId | null): FormatId {
  const byYear = year !== null ? formatForYear(year) : null;
  if (byYear && (t2 === byYear || t3 === byYear)) return byYear;
  return t2 ?? t3 ?? byYear ?? 'gov_2021';
}

export function readReportLines(input: readonly ReportLine[]): AnnualReport {
  const lines = simplified(wellFormed(input));
  const ctx: ReadContext = newReadContext();
  const headings = findHeadings(lines);
  const facts = readDocumentFacts(lines, headings[0]?.lineIndex ?? -1);
  const yearFormat = facts.year !== null ? formatForYear(facts.year) : null;

  // Table 二 and 三 show their format; read them with what they show, else with the year's.
  const t2Region = regionOf('active_disclosure', headings, lines.length);
  const t3Region = regionOf('applications', headings, lines.length);
  const t4Hit = headings.find((h) => h.id === 'review_litigation');
  const t2Items = t2Region ? tokenize(lines, t2Region.from, t2Region.to) : [];
  const t3Items = t3Region ? tokenize(lines, t3Region.from, t3Region.to) : [];

  const fallback: FormatId = yearFormat ?? 'gov_2021';
  const t2 = readActiveDisclosureTable(t2Items, ctx, { fallbackFormat: fallback, headingFound: Boolean(t2Region?.headingFound) });
  const t3 = readApplicationsTable(t3Items, ctx, {
    fallbackFormat: t2.detectedFormat ?? fallback,
    reviewTablePresent: Boolean(t4Hit),
    headingFound: Boolean(t3Region?.headingFound),
  });

  const incompleteTables: TableId[] = [];
  if (t3.incomplete) incompleteTables.push('applications');

  let reviewRead = false;
  if (t4Hit) {
    const region = regionOf('review_litigation', headings, lines.length)!;
    const values = reviewValues(tokenize(lines, region.from, region.to));
    reviewRead = readReviewLitigationValues(values, ctx, false).complete;
    if (!reviewRead) incompleteTables.push('review_litigation');
  } else if (t3.flattenedReview) {
    reviewRead = readReviewLitigationValues(t3.flattenedReview, ctx, true).complete;
    if (!reviewRead) incompleteTables.push('review_litigation');
  }

  if (t2.rowsRead.length === 0) {
    ctx.findings.push({
      rule: 'TABLE_INCOMPLETE',
      severity: 'error',
      message: '未能读到表二（主动公开政府信息情况）的任何数据行。',
      cells: [],
    });
    incompleteTables.push('active_disclosure');
  } else if (t2.missingRows.length > 0) {
    ctx.findings.push({
      rule: 'TABLE_INCOMPLETE',
      severity: 'error',
      message: `表二缺少以下行：${t2.missingRows.map((r) => r.name).join('、')}；已读到的数据予以保留。`,
      cells: t2.missingRows.flatMap((r) => r.cells),
    });
    incompleteTables.push('active_disclosure');
  }
  if (!t4Hit && !t3.flattenedReview) {
    ctx.findings.push({
      rule: 'TABLE_INCOMPLETE',
      severity: 'error',
      message: '未找到表四（政府信息公开行政复议、行政诉讼情况）。',
      cells: [],
    });
    incompleteTables.push('review_litigation');
  }
  const tableOrder: readonly TableId[] = ['active_disclosure', 'applications', 'review_litigation'];
  incompleteTables.sort((a, b) => tableOrder.indexOf(a) - tableOrder.indexOf(b));

  assertAnnualReport({
    title: facts.title,
    opening: lines
      .slice(0, 12)
      .map((l) => l.text)
      .join('\n'),
    headingCount: headings.length,
    applicationRowsRead: t3.rowsRead.length,
    tableRowsRead: t2.rowsRead.length + t3.rowsRead.length + (reviewRead ? 1 : 0),
  });

  // No row of table 三 on the page: the key figures the prose states (全年收到申请2件…), marked as such.
  if (t3.rowsRead.length === 0) {
    const fromText = readNarrativeFigures(lines, ctx);
    if (fromText.length > 0) {
      ctx.findings.push({
        rule: 'NARRATIVE_FIGURES',
        severity: 'warning',
        message: `页面上没有表三的数据，以下数字取自正文叙述：${fromText.map((k) => `${NARRATIVE_NAMES[k] ?? k} ${ctx.cells[k]!.value} 件（“${ctx.cells[k]!.source?.text ?? ''}”）`).join('；')}，请与表格核对。`,
        cells: fromText,
      });
    }
  }

  const format = resolveFormat(facts.year, t2.detectedFormat, t3.detectedFormat);
  const report: AnnualReport = {
    format,
    year: facts.year,
    agency: facts.agency,
    cells: ctx.cells,
    sections: buildSections(lines, headings),
  };
  const tableFormats: Partial<Record<TableId, FormatId>> = {};
  if (t2.detectedFormat) tableFormats.active_disclosure = t2.detectedFormat;
  if (t3.detectedFormat) tableFormats.applications = t3.detectedFormat;
  if (Object.values(tableFormats).some((f) => f !== format)) report.tableFormats = tableFormats;
  if (facts.title) report.title = facts.title;
  if (facts.reportDate) report.reportDate = facts.reportDate;
  if (facts.citedDocuments.length > 0) report.citedDocuments = facts.citedDocuments;
  if (incompleteTables.length > 0) report.incompleteTables = incompleteTables;
  if (facts.year === null) {
    ctx.findings.push({ rule: 'YEAR_NOT_FOUND', severity: 'warning', message: '未能从标题或统计期限中读出报告年度，请核对。', cells: [] });
  } else if (facts.yearSource === 'narrative' || facts.yearSource === 'page_date') {
    ctx.findings.push({
      rule: 'YEAR_FROM_TEXT',
      severity: 'warning',
      message:
        facts.yearSource === 'narrative'
          ? `标题和统计期限中没有年度，报告年度 ${facts.year} 年取自正文的叙述，请核对。`
          : `标题和统计期限中没有年度，报告年度 ${facts.year} 年按页面的发布日期推定，请核对。`,
      cells: [],
    });
  }
  if (!facts.title && headings.length + t2.rowsRead.length + t3.rowsRead.length > 0) {
    // An excerpt, a CMS module page or a repost: what the page shows is read; what it does not show
    // may well be in the report itself, so a missing table is a warning here, not an error.
    for (const finding of ctx.findings) if (finding.rule === 'TABLE_INCOMPLETE') finding.severity = 'warning';
    ctx.findings.push({
      rule: 'TITLE_NOT_FOUND',
      severity: 'warning',
      message: '页面上没有年度报告的标题，可能是摘录、转载或栏目页面：已读取页面上的内容，页面未显示的部分不作为错误，请对照报告全文核对。',
      cells: [],
    });
  }
  if (headings.length === 0) {
    ctx.findings.push({ rule: 'NO_SECTIONS', severity: 'warning', message: '未找到年度报告的章节标题（一、总体情况 等），内容可能不完整。', cells: [] });
  }
  if (ctx.findings.length > 0) report.readFindings = ctx.findings;
  return report;
}
