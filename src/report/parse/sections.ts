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
  /** Text run into the heading's line ("一、总体情况。2023年，我局…" → "2023年，我局…"). */
  rest?: string;
}

/** A numbered heading with its section's text on the same line: "一、总体情况。2023年，…". */
export function splitRunInHeading(text: string): { id: SectionId; heading: string; rest: string } | null {
  const m = /^\s*(?:#+\s*)?((?:[一二三四五六]、|[1-6][、.．])\s*[^。：:]{2,30}?)[。：:]\s*(.+)$/.exec(text);
  if (!m) return null;
  const id = headingOf(m[1]!);
  if (!id || headingRank(id, m[1]!) < 3) return null;
  return { id, heading: m[1]!.trim(), rest: m[2]!.trim() };
}

// The 2021 and 2019 headings, and the names of the pre-2019 template (概述, 依申请公开政府信息情况,
// 因政府信息公开申请行政复议、提起行政诉讼的情况, 存在的主要问题及改进措施) that mirrors and old pages keep.
const SECTION_WORDS: readonly { id: SectionId; test: (core: string) => boolean }[] = [
  { id: 'general_situation', test: (c) => /^(?:(?:政府信息公开(?:工作)?)?总体情况|(?:主要工作)?概述|基本情况)/.test(c) && c.length <= 16 },
  { id: 'active_disclosure', test: (c) => /^(?:行政机关)?主动公开政府信息(?:的)?(?:工作)?情况/.test(c) },
  { id: 'applications', test: (c) => /^(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况|^依申请公开政府信息(?:的)?(?:受理|办理|和不予公开政府信息的?)?情况/.test(c) },
  {
    id: 'review_litigation',
    test: (c) => /^(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议(?:、|和|及)?(?:提起)?行政诉讼(?:的)?情况|^因政府信息公开(?:工作)?(?:被)?申请(?:行政)?复议(?:、|和|及)?(?:提起)?(?:行政)?诉讼(?:的)?情况|^(?:被)?申请行政复议(?:、|和|及)?提起行政诉讼(?:的)?情况/.test(c),
  },
  { id: 'problems_and_improvements', test: (c) => /^(?:政府信息公开工作)?(?:存在的?|主要)(?:主要)?问题(?:及|和|与)?(?:改进|整改)(?:情况|措施|方向)?/.test(c) },
  { id: 'other_matters', test: (c) => /^其他需要报告的事项/.test(c) },
];

// Every line of every report is asked whether it is a heading; table rows and furniture repeat.
const headingCache = new Map<string, SectionId | null>();

/** The section a line heads, or null. */
export function headingOf(text: string): SectionId | null {
  const hit = headingCache.get(text);
  if (hit !== undefined) return hit;
  const id = headingOfUncached(text);
  if (headingCache.size > 20_000) headingCache.clear();
  headingCache.set(text, id);
  return id;
}

function headingOfUncached(text: string): SectionId | null {
  const t = text.replace(/^\s*#+\s*/, '');
  if (t.length > 60) return null;
  let core = normalizeLabel(t);
  core = core.replace(/^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）|\d{1,2}\.)/, '');
  core = core.replace(/[：:。]$/, '');
  if (core.length > 30) return null;
  for (const s of SECTION_WORDS) if (s.test(core)) return s.id;
  return null;
}

const NUMERALS: Record<SectionId, [string, string]> = {
  general_situation: ['一', '1'],
  active_disclosure: ['二', '2'],
  applications: ['三', '3'],
  review_litigation: ['四', '4'],
  problems_and_improvements: ['五', '5'],
  other_matters: ['六', '6'],
};

/**
 * How much a line looks like the section's own heading: its numeral ("二、", "6、") beats no
 * numbering, which beats a sub-heading numbering ("（一）主动公开政府信息情况" inside section 一).
 */
function headingRank(id: SectionId, text: string): number {
  const t = normalizeLabel(text.replace(/^\s*#+\s*/, ''));
  const [chinese, arabic] = NUMERALS[id];
  if (t.startsWith(`${chinese}、`) || t.startsWith(`${arabic}.`) || t.startsWith(`第${chinese}部分`)) return 3;
  if (/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d{1,2}\.)/.test(t)) return 1;
  return 2;
}

/** Each section's heading line (the best-ranked, then the first), in document order. */
export function findHeadings(lines: readonly ReportLine[]): HeadingHit[] {
  const found = new Map<SectionId, HeadingHit & { rank: number }>();
  lines.forEach((line, lineIndex) => {
    if (line.cells && line.cells.length > 1) return;
    const runIn = splitRunInHeading(line.text);
    const id = runIn?.id ?? headingOf(line.text);
    if (!id) return;
    const rank = headingRank(id, line.text);
    const previous = found.get(id);
    if (!previous || rank > previous.rank) {
      const heading = runIn ? runIn.heading : line.text.replace(/^\s*#+\s*/, '').trim();
      found.set(id, { id, lineIndex, heading, rank, ...(runIn ? { rest: runIn.rest } : {}) });
    }
  });
  return [...found.values()].sort((a, b) => a.lineIndex - b.lineIndex).map(({ rank: _rank, ...hit }) => hit);
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
    let body = [...(hit.rest ? [hit.rest] : []), ...lines.slice(hit.lineIndex + 1, end).map((l) => l.text.trim())]
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
