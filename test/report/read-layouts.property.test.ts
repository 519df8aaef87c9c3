// Random valid reports, printed the ways real reports reach us (pdftotext -layout with wrapped
// labels and page markers, one cell per line, markdown pipe rows), are read back cell for cell.
// The expected values are the generated report itself, never the reader's output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/report/formats/index.ts';
import type { AnnualReport, FormatId } from '../../src/report/model.ts';
import { readReportText } from '../../src/report/parse/index.ts';
import { applicationColumns, applicationRows, reviewLitigationKeys } from '../../src/report/parse/targets.ts';
import { arbitraryReport } from '../support/arbitrary-report.ts';

type Layout = 'layout' | 'cell_per_line' | 'markdown' | 'tabs' | 'raw' | PipeLayout;

/**
 * What HTML-to-text and HTML-to-markdown tools make of a web table: "规章 | 0 | 0 | 3 |" (no leading
 * pipe), one cell per line ending in " |" (an empty cell is a line "|"), "| 0 |||| 3 |" (empty cells
 * collapsed into runs of pipes), "规章 | 0 | 3" (no pipe at either end).
 */
type PipeLayout = 'pipe_trailing' | 'pipe_cell_per_line' | 'pipe_collapsed' | 'pipe_bare';
const PIPE_LAYOUTS: readonly PipeLayout[] = ['pipe_trailing', 'pipe_cell_per_line', 'pipe_collapsed', 'pipe_bare'];
const isPipe = (layout: Layout): layout is PipeLayout => (PIPE_LAYOUTS as readonly string[]).includes(layout);

/** One printed row in a pipe layout. */
function pipeRow(layout: PipeLayout, label: string, values: readonly string[]): string[] {
  const cells = label ? [label, ...values] : [...values];
  if (layout === 'pipe_trailing') return [`${cells.join(' | ')} |`];
  if (layout === 'pipe_cell_per_line') return cells.map((c) => (c === '' ? '|' : `${c} |`));
  if (layout === 'pipe_bare') return [cells.join(' | ')];
  let row = `| ${cells.join(' | ')} |`;
  for (let before = ''; before !== row; ) [before, row] = [row, row.replace(/\|\s+\|/g, '||')];
  return [row];
}

interface Choices {
  /** Per printed row: where to wrap a long label (0 = no wrap), and whether values sit on the first line. */
  wraps: number[];
  valuesOnFirstLine: boolean[];
  /** Lines after which a page marker is printed. */
  pageBreaks: number[];
  spaces: number[];
  /** Printing habits: "1、"/"1．" numbering, ASCII brackets, full-width digits, vertical group labels, spaced-out short labels. */
  numbering: 'dot' | 'comma' | 'fullwidth';
  asciiBrackets: boolean;
  fullWidthDigits: boolean;
  verticalGroups: boolean;
  spacedLabels: boolean;
  marks: { at: number; blank: boolean }[];
  /** Raw pdftotext: labels of these printed rows come only after the table's values. */
  deferred: number[];
  /** Degraded pages: table 二 blocks printed in reverse order (（一） last); pinyin glosses of a mirror site (報(bào)告). */
  reversedBlocks: boolean;
  pinyin: boolean;
}

const GLOSSES: Record<string, string> = { 报: '(bào)', 规: '(guī)', 区: '(qū)', 开: '(kāi)', 请: '(qǐng)' };
const withGlosses = (text: string) => text.replace(/[报规区开请]/g, (ch) => ch + GLOSSES[ch]);

function habit(label: string, choices: Choices): string {
  let out = label;
  if (choices.numbering === 'comma') out = out.replace(/^(\d+)\./, '$1、');
  if (choices.numbering === 'fullwidth') out = out.replace(/^(\d+)\./, '$1．');
  if (choices.asciiBrackets) out = out.replace(/（/g, '(').replace(/）/g, ')');
  if (choices.spacedLabels && out.length <= 4 && !/[0-9（(]/.test(out)) out = out.split('').join(' ');
  return out;
}

const fullWidth = (v: string) => v.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)).replace('.', '．');

const value = (report: AnnualReport, key: string) => {
  const cell = report.cells[key];
  if (cell?.kind === 'not_applicable') return '/';
  return cell?.kind === 'blank' ? '' : String(cell?.value ?? '');
};

/**
 * Blank and "/" cells in table 三. A blank cannot be seen in column-aligned text, and a blank at
 * either end of a tab-separated row is indistinguishable from padding: those become "/".
 */
function withMarks(report: AnnualReport, layout: Layout, marks: { at: number; blank: boolean }[]): AnnualReport {
  const keys = Object.keys(report.cells).filter((k) => k.startsWith('applications.'));
  const cells = { ...report.cells };
  for (const mark of marks) {
    const key = keys[mark.at % keys.length]!;
    const edge = /\.(natural_person|total)$/.test(key);
    const blank = mark.blank && layout !== 'layout' && layout !== 'raw' && !((layout === 'tabs' || layout === 'pipe_bare') && edge);
    cells[key] = blank ? { kind: 'blank', value: null } : { kind: 'not_applicable', value: null };
  }
  return { ...report, cells };
}

function rowsToPrint(report: AnnualReport, reversedBlocks = false): { label: string; values: string[]; group: boolean }[] {
  const f: FormatId = report.format;
  const out: { label: string; values: string[]; group: boolean }[] = [];
  const t2 = formats[f].tables.active_disclosure;
  out.push({ label: '二、主动公开政府信息情况', values: [], group: true });
  for (const block of reversedBlocks ? [...t2.blocks].reverse() : t2.blocks) {
    out.push({ label: block.label, values: [], group: true });
    out.push({ label: ['信息内容', ...block.columns.map((c) => c.label)].join('  '), values: [], group: true });
    for (const row of block.rows) {
      out.push({ label: row.label, values: block.columns.map((c) => value(report, `active_disclosure.${block.id}.${row.id}.${c.id}`)), group: false });
    }
  }
  out.push({ label: '三、收到和处理政府信息公开申请情况', values: [], group: true });
  out.push({ label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', values: [], group: true });
  out.push({ label: '申请人情况', values: [], group: true });
  out.push({ label: '自然人  法人或其他组织  总计', values: [], group: true });
  out.push({ label: '商业企业  科研机构  社会公益组织  法律服务机构  其他', values: [], group: true });
  for (const row of applicationRows(f)) {
    const label = `${row.number ?? ''}${row.label}`;
    if (row.isGroup) out.push({ label, values: [], group: true });
    else out.push({ label, values: applicationColumns(f).map((c) => value(report, `applications.${row.id}.${c}`)), group: false });
  }
  out.push({ label: '四、政府信息公开行政复议、行政诉讼情况', values: [], group: true });
  out.push({ label: '行政复议  行政诉讼', values: [], group: true });
  out.push({ label: '结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉  复议后起诉', values: [], group: true });
  out.push({ label: '结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计', values: [], group: true });
  out.push({ label: '', values: reviewLitigationKeys().map((k) => value(report, k)), group: false });
  return out;
}

function print(report: AnnualReport, layout: Layout, choices: Choices): string {
  const lines: string[] = [
    `      ${report.agency}`,
    `   ${report.year} 年政府信息公开工作年度报告`,
    '',
    '一、总体情况',
    report.sections.find((s) => s.id === 'general_situation')?.text ?? '',
  ];
  const pad = (i: number) => ' '.repeat(2 + (choices.spaces[i % choices.spaces.length] ?? 0));
  const floating: string[] = [];
  const deferredLabels: string[] = [];
  rowsToPrint(report, choices.reversedBlocks).forEach((original, i) => {
    const row = { ...original, label: choices.pinyin ? withGlosses(habit(original.label, choices)) : habit(original.label, choices), values: choices.fullWidthDigits ? original.values.map(fullWidth) : original.values };
    // huaianshi: a group label printed one character per line between the rows it spans
    if (layout === 'layout' && choices.verticalGroups && row.group && /^(三、本年度办理结果|（三）不予公开|（四）无法提供|（五）不予处理|（六）其他处理)$/.test(original.label)) {
      floating.push(...original.label.match(/^[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|./g)!);
      return;
    }
    if (layout === 'layout' && !row.group && floating.length > 0) lines.push(`${pad(i)}${floating.shift()}`);
    if (layout === 'raw') {
      // one value per line with an empty line between values; some labels only after the table
      const isApplicationRow = !row.group && row.values.length === 7;
      if (row.label && !(isApplicationRow && choices.deferred.includes(i))) lines.push(row.label);
      else if (row.label) deferredLabels.push(row.label);
      if (original.label.startsWith('四、政府信息公开行政复议')) lines.splice(lines.length - 1, 0, ...deferredLabels.splice(0));
      for (const v of row.values) lines.push('', v);
      lines.push('');
      return;
    }
    if (isPipe(layout)) {
      lines.push(...pipeRow(layout, row.label, row.values));
      return;
    }
    if (layout === 'tabs') {
      lines.push([row.label, ...row.values].join('\t'));
      if (choices.pageBreaks.includes(i)) lines.push('', `- ${i % 9 + 1} -`, '');
      return;
    }
    const wrap = choices.wraps[i % choices.wraps.length] ?? 0;
    if (layout === 'markdown') {
      if (row.group) lines.push(row.label.startsWith('三、') || row.label.startsWith('二、') || row.label.startsWith('四、') ? `## ${row.label}` : `### ${row.label}`);
      else {
        lines.push(`| ${[row.label || '数值', ...row.values.map((_, c) => `数据${c + 1}`)].join(' | ')} |`, `|${'---|'.repeat(row.values.length + 1)}`);
        lines.push(`| ${[row.label || '数值', ...row.values].join(' | ')} |`);
      }
    } else if (layout === 'cell_per_line') {
      if (row.label) lines.push(row.label, '');
      for (const v of row.values) lines.push(v === '' ? '\t' : v, ...(choices.spaces[lines.length % choices.spaces.length]! % 2 === 0 ? [''] : []));
    } else {
      const cut = row.group || row.label.length < 14 || wrap === 0 ? 0 : 7 + (wrap % (row.label.length - 9));
      const head = cut ? row.label.slice(0, cut) : row.label;
      const tail = cut ? row.label.slice(cut) : '';
      const values = row.values.map((v, c) => v + pad(i + c)).join('');
      if (!tail) lines.push(row.values.length ? `${pad(i)}${head}${pad(i + 1)}${values}` : `${pad(i)}${head}`);
      else if (choices.valuesOnFirstLine[i % choices.valuesOnFirstLine.length]) lines.push(`${pad(i)}${head}${pad(i + 1)}${values}`, `${pad(i)}${tail}`);
      else lines.push(`${pad(i)}${head}`, `${pad(i)}${tail}`, `${' '.repeat(30)}${values}`);
    }
    if (choices.pageBreaks.includes(i)) lines.push('', `${' '.repeat(40)}- ${i % 9 + 1} -`, '');
  });
  lines.push(
    '五、存在的主要问题及改进情况',
    report.sections.find((s) => s.id === 'problems_and_improvements')?.text ?? '',
    '六、其他需要报告的事项',
    report.sections.find((s) => s.id === 'other_matters')?.text ?? '',
  );
  return lines.join('\n');
}

const choicesArb: fc.Arbitrary<Choices> = fc.record({
  wraps: fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }),
  valuesOnFirstLine: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
  pageBreaks: fc.array(fc.nat(60), { maxLength: 4 }),
  spaces: fc.array(fc.nat(8), { minLength: 1, maxLength: 12 }),
  numbering: fc.constantFrom('dot' as const, 'comma' as const, 'fullwidth' as const),
  asciiBrackets: fc.boolean(),
  fullWidthDigits: fc.boolean(),
  verticalGroups: fc.boolean(),
  spacedLabels: fc.boolean(),
  marks: fc.array(fc.record({ at: fc.nat(300), blank: fc.boolean() }), { maxLength: 6 }),
  deferred: fc.array(fc.nat(60), { maxLength: 10 }),
  reversedBlocks: fc.boolean(),
  pinyin: fc.boolean(),
});

function expectSameCells(report: AnnualReport, read: AnnualReport): void {
  const wrong: string[] = [];
  for (const [key, cell] of Object.entries(report.cells)) {
    const got = read.cells[key];
    if (!got || got.kind !== cell.kind || got.value !== cell.value) wrong.push(`${key}: 应为 ${cell.value}，读得 ${got?.value}`);
  }
  for (const key of Object.keys(read.cells)) if (!(key in report.cells)) wrong.push(`${key}: 多读`);
  expect(wrong).toEqual([]);
  expect(read.format).toBe(report.format);
  expect(read.year).toBe(report.year);
  expect(read.agency).toBe(report.agency);
  expect(read.incompleteTables).toBeUndefined();
}

describe('random valid reports printed in real-world layouts are read back exactly', () => {
  for (const layout of ['layout', 'cell_per_line', 'markdown', 'tabs', 'raw', ...PIPE_LAYOUTS] as const) {
    it(`reads every cell of a report printed as ${layout}`, () => {
      fc.assert(
        fc.property(arbitraryReport(), choicesArb, (generated, choices) => {
          const report = withMarks(generated, layout, choices.marks);
          expectSameCells(report, readReportText(print(report, layout, choices)));
        }),
        { numRuns: 60 },
      );
    });
  }
});
