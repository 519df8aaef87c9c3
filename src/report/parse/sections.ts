// The six headings of the report (条例第五十条 lists the contents; 国办公开办函〔2021〕30号 fixes
// the order). Real reports deviate: "存在的主要问题及改进情况" without "五、" (seed 000), "6、" for
// "六、" (seed 003), "五、政府信息公开工作存在的主要问题及改进情况", markdown "## " prefixes, or a
// heading missing altogether (seed 001 has no 四). A heading is a short line whose words name the
// section; numbering is read but not required.
import type { Section, SectionId } from '../model.ts';
import { normalizeLabel } from './labels.ts';
import type { ReportLine } from './lines.ts';
import { isPageMarker } from './tokens.ts';

export interface HeadingHit {
  id: SectionId;
  lineIndex: number;
  heading: string;
}

const SECTION_WORDS: readonly { id: SectionId; test: (core: string) => boolean }[] = [
  { id: 'general_situation', test: (c) => /^(?:政府信息公开(?:工作)?)?总体情况/.test(c) },
  { id: 'active_disclosure', test: (c) => /^主动公开政府信息(?:的)?情况/.test(c) },
  { id: 'applications', test: (c) => /^收到和处理政府信息公开申请(?:的)?情况/.test(c) },
  { id: 'review_litigation', test: (c) => /^政府信息公开行政复议、?行政诉讼(?:的)?情况/.test(c) },
  { id: 'problems_and_improvements', test: (c) => /^(?:政府信息公开工作)?存在的主要问题(?:及|和)改进情况/.test(c) },
  { id: 'other_matters', test: (c) => /^其他需要报告的事项/.test(c) },
];

/** The section a line heads, or null. */
export function headingOf(text: string): SectionId | null {
  const t = text.replace(/^\s*#+\s*/, '');
  if (t.length > 60) return null;
  let core = normalizeLabel(t);
  core = core.replace(/^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）|\d{1,2}\.)/, '');
  core = core.replace(/[：:。]$/, '');
  if (core.length > 30) return null;
  for (const s of SECTION_WORDS) if (s.test(core)) return s.id;
  return null;
}

/** Each section's first heading line, in document order. */
export function findHeadings(lines: readonly ReportLine[]): HeadingHit[] {
  const found = new Map<SectionId, HeadingHit>();
  lines.forEach((line, lineIndex) => {
    if (line.cells && line.cells.length > 1) return;
    const id = headingOf(line.text);
    if (id && !found.has(id)) found.set(id, { id, lineIndex, heading: line.text.replace(/^\s*#+\s*/, '').trim() });
  });
  return [...found.values()].sort((a, b) => a.lineIndex - b.lineIndex);
}

const NARRATIVE: ReadonlySet<SectionId> = new Set(['general_situation', 'problems_and_improvements', 'other_matters']);

/** Signature block at the end of the last section: the organ's name and the date. */
function isSignatureLine(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (/^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$/.test(t)) return true;
  return t.length <= 25 && !/[。，；：]/.test(t) && /(人民政府|办公室|办公厅|局|委员会|办事处|镇|乡|街道|中心)$/.test(t);
}

/**
 * Sections with their text. Narrative sections keep every line; table sections keep only prose
 * lines (sentences), so the table's cells do not end up in the text.
 */
export function buildSections(lines: readonly ReportLine[], headings: readonly HeadingHit[]): Section[] {
  return headings.map((hit, order) => {
    const end = order + 1 < headings.length ? headings[order + 1]!.lineIndex : lines.length;
    let body = lines
      .slice(hit.lineIndex + 1, end)
      .map((l) => l.text.trim())
      .filter((t) => t !== '' && !isPageMarker(t) && !/^[-|\s:]+$/.test(t));
    if (!NARRATIVE.has(hit.id)) body = body.filter((t) => !t.includes('\t') && t.length >= 25 && /[。；]/.test(t));
    if (order === headings.length - 1) {
      while (body.length > 0 && isSignatureLine(body[body.length - 1]!)) body.pop();
    }
    const section: Section = { id: hit.id, heading: hit.heading, text: body.join('\n'), order };
    const source = lines[hit.lineIndex]!.source;
    section.source = { ...source, text: lines[hit.lineIndex]!.text.trim() };
    return section;
  });
}
