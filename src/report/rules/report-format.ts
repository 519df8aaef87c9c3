// Report-level checks of the format itself (annual-report-format.md §5.4): R_FORMAT_MATCHES_YEAR
// with MIXED_FORMAT, R_CITED_DOCUMENT and R_SIX_SECTIONS.
import { formatForYear, formats } from '../formats/index.ts';
import type { AnnualReport, Finding, FormatId, TableId } from '../model.ts';
import { tableNumerals } from '../render/labels.ts';
import { effectiveTableFormat, finding, tablePresent } from './cells.ts';
import { sentences } from './prose.ts';

const formatNames: Record<FormatId, string> = {
  gov_2021: '2021年版格式（国办公开办函〔2021〕30号）',
  gov_2019: '2019年版格式（国办公开办函〔2019〕60号）',
};

const tables: TableId[] = ['active_disclosure', 'applications', 'review_litigation'];

export function checkFormatMatchesYear(report: AnnualReport): Finding[] {
  const findings: Finding[] = [];
  const present = tables.filter((t) => tablePresent(report, t));
  const used = new Map(present.map((t) => [t, effectiveTableFormat(report, t)] as const));

  // MIXED_FORMAT: tables of one report taken from both formats (an old Word template reused).
  const distinct = new Set(used.values());
  if (distinct.size > 1) {
    const parts = [...used].map(([t, f]) => `表${tableNumerals[t]}用${formatNames[f]}`);
    findings.push(finding('MIXED_FORMAT', 'warning', `本报告混用了两种格式：${parts.join('，')}。同一报告的各表应使用同一格式。`, []));
  }

  if (report.year === null) return findings;
  const expected = formatForYear(report.year);
  if (expected === null) {
    findings.push(finding('R_FORMAT_MATCHES_YEAR', 'warning', `报告年度为 ${report.year} 年，早于2019年修订的《政府信息公开条例》施行后的格式，本系统无法按统一格式核对。`, []));
    return findings;
  }
  const wrong = present.filter((t) => used.get(t) !== expected);
  if (report.format !== expected || wrong.length > 0) {
    const which = wrong.length > 0 ? `（${wrong.map((t) => `表${tableNumerals[t]}`).join('、')}用的是${formatNames[used.get(wrong[0]!)!]}）` : `（本报告按${formatNames[report.format]}填写）`;
    findings.push(finding('R_FORMAT_MATCHES_YEAR', 'warning', `${report.year}年度报告应使用${formatNames[expected]}${which}。`, []));
  }
  return findings;
}

/** "国办公开办函〔2020〕60 号", "国办公开办函[2021]30号" → "国办公开办函〔2020〕60号". */
export function normalizeDocumentNumber(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[\[【（(［]\s*(\d{4})\s*[\]】）)］]/g, '〔$1〕');
}

const formatDocument = /国办公开办函〔(\d{4})〕(\d+)号/g;

export function checkCitedDocument(report: AnnualReport): Finding[] {
  const expectedFormat = (report.year !== null ? formatForYear(report.year) : null) ?? report.format;
  const expected = formats[expectedFormat].document_no;
  const other = formats[expectedFormat === 'gov_2021' ? 'gov_2019' : 'gov_2021'].document_no;
  const texts = [...(report.citedDocuments ?? []), report.title ?? '', ...report.sections.flatMap((s) => sentences(s.text))];
  const wrong = new Set<string>();
  for (const raw of texts) {
    const text = normalizeDocumentNumber(raw);
    for (const m of text.matchAll(formatDocument)) {
      const cited = m[0];
      if (cited === expected) continue;
      // Only citations of the report format matter: the other format's number always, any other
      // 国办公开办函 when the sentence speaks of the annual report (seed 004's "〔2020〕60号").
      const aboutReport = /年度报告|年报|报告格式|有关事项/.test(text) || (report.citedDocuments ?? []).includes(raw);
      if (cited === other || aboutReport) wrong.add(cited);
    }
  }
  if (wrong.size === 0) return [];
  return [
    finding('R_CITED_DOCUMENT', 'warning', `报告引用的格式文件${[...wrong].map((d) => `"${d}"`).join('、')}不正确：${report.year ?? ''}年度报告的格式文件是${expected}${expectedFormat === 'gov_2021' ? '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》' : '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》'}。`, []),
  ];
}

export function checkSixSections(report: AnnualReport): Finding[] {
  const canonical = formats[report.format].sections;
  const problems: string[] = [];
  const ordered = [...report.sections].sort((a, b) => a.order - b.order);
  const ids = ordered.map((s) => s.id);
  const missing = canonical.filter((c) => !ids.includes(c.id));
  if (missing.length > 0) problems.push(`缺少${missing.map((c) => `"${c.heading}"`).join('、')}`);
  const duplicated = canonical.filter((c) => ids.filter((id) => id === c.id).length > 1);
  if (duplicated.length > 0) problems.push(`重复出现${duplicated.map((c) => `"${c.heading}"`).join('、')}`);
  const expectedOrder = canonical.map((c) => c.id).filter((id) => ids.includes(id));
  const actualOrder = ids.filter((id, i) => ids.indexOf(id) === i);
  if (expectedOrder.join() !== actualOrder.join()) problems.push('各部分顺序与格式不一致，应依次为一至六');
  for (const section of ordered) {
    const expected = canonical.find((c) => c.id === section.id)?.heading;
    if (expected && section.heading.replace(/\s+/g, '') !== expected) problems.push(`标题"${section.heading.trim()}"应为"${expected}"`);
  }
  if (problems.length === 0) return [];
  return [finding('R_SIX_SECTIONS', 'warning', `年度报告应依次包含六个部分并使用规定标题：${problems.join('；')}。`, [])];
}
