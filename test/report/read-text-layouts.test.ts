// Layouts and cell forms the fixtures do not show, written out by hand with their values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { readReportLines, readReportText, type ReportLine } from '../../src/report/parse/index.ts';

const dir = join(import.meta.dirname, '../fixtures/reports');
const seed004 = readFileSync(join(dir, '004_2e14c0d31e5d676b.txt'), 'utf8');

const report2019 = [
  '白土岗乡人民政府2020年政府信息公开工作年度报告',
  '一、总体情况',
  '本年度我乡认真落实《中华人民共和国政府信息公开条例》。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t2\t2\t15',
  '第二十条第（五）项',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t12\t减3\t40',
  '其他对外管理服务事项\t5\t+2\t/',
  '第二十条第（六）项',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政处罚\t8\t−1\t6',
  '行政强制\t2\t0\t—',
  '第二十条第（八）项',
  '信息内容\t上一年项目数量\t本年增/减',
  '行政事业性收费\t3\t-1',
  '第二十条第（九）项',
  '信息内容\t采购项目数量\t采购总金额',
  '政府集中采购\t3\t251000元',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量\t\t3\t1\t0\t0\t0\t0\t4',
  '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0',
  '三、本年度办理结果\t（一）予以公开\t3\t1\t0\t0\t0\t4',
  '- 2 -',
  '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0',
].join('\n');

describe('a gov_2019 table 二 with signed changes, marks and amounts in 元', () => {
  const report = readReportText(report2019);
  const cell = (key: string) => report.cells[`active_disclosure.${key}`];

  it('detects gov_2019 from the column words and the year', () => {
    expect(report.format).toBe('gov_2019');
    expect(report.year).toBe(2020);
  });

  it('reads 减3, −1 and -1 as negative changes and +2 as a positive one', () => {
    expect(cell('art20_item5.administrative_licensing.change_this_year')?.value).toBe(-3);
    expect(cell('art20_item5.other_external_management_services.change_this_year')?.value).toBe(2);
    expect(cell('art20_item6.administrative_penalty.change_this_year')?.value).toBe(-1);
    expect(cell('art20_item8.administrative_fees.change_this_year')?.value).toBe(-1);
  });

  it('keeps "/" and "—" as not applicable, apart from 0', () => {
    expect(cell('art20_item5.other_external_management_services.decisions_count')).toMatchObject({ kind: 'not_applicable', value: null });
    expect(cell('art20_item6.administrative_coercion.decisions_count')).toMatchObject({ kind: 'not_applicable', value: null });
    expect(cell('art20_item6.administrative_coercion.change_this_year')).toMatchObject({ kind: 'number', value: 0 });
  });

  it('converts 251000元 to 25.1 万元, keeping the printed unit, text and a note', () => {
    const amount = cell('art20_item9.centralized_government_procurement.procurement_total_amount');
    expect(amount).toMatchObject({ kind: 'number', value: 25.1, unit: 'yuan', source: { line: 22, text: '251000元' } });
    expect(amount?.note).toContain('万元');
  });

  it('places a row of six values by the row total and says so', () => {
    const granted = (column: string) => report.cells[`applications.outcomes.granted.${column}`]?.value;
    expect([granted('natural_person'), granted('commercial_enterprise'), granted('total')]).toEqual([3, 1, 4]);
    expect(report.cells['applications.outcomes.granted.other_organization']).toBeUndefined();
    const finding = report.readFindings?.find((f) => f.rule === 'READ_PLACEMENT');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('（一）予以公开');
    expect(finding?.cells).toContain('applications.outcomes.granted.total');
  });

  it('reads across a page marker inside table 三 and reports the table cut short', () => {
    expect(report.cells['applications.outcomes.partially_granted.total']?.value).toBe(0);
    expect(report.incompleteTables).toEqual(['applications', 'review_litigation']);
  });
});

describe('lines whose cells the caller already split (HTML, Word)', () => {
  const line = (text: string, n: number): ReportLine => ({ text, source: { line: n } });
  const row = (cells: string[], n: number): ReportLine => ({
    text: cells.join('\t'),
    cells: cells.map((text, column) => ({ text, source: { table: 1, row: n, column } })),
    source: { table: 1, row: n },
  });
  const lines: ReportLine[] = [
    line('城关镇人民政府2022年政府信息公开工作年度报告', 1),
    line('三、收到和处理政府信息公开申请情况', 2),
    row(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '申请人情况'], 0),
    row(['自然人', '法人或其他组织', '总计'], 1),
    row(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'], 2),
    row(['一、本年新收政府信息公开申请数量', '2', '', '', '', '', '', '2'], 3),
    row(['二、上年结转政府信息公开申请数量', '0', '', '', '', '', '', '0'], 4),
    row(['三、本年度办理结果', '（一）予以公开', '1', '', '', '', '', '', '1'], 5),
    row(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1', '', '', '', '', '', '1'], 6),
    row(['（三）不予公开', '1.属于国家秘密', '0', '', '', '', '', '', '0'], 7),
  ];
  const report = readReportLines(lines);

  it('keeps empty cells as blank cells and the printed values in place', () => {
    expect(report.cells['applications.new_received.natural_person']).toMatchObject({ kind: 'number', value: 2 });
    expect(report.cells['applications.new_received.commercial_enterprise']).toMatchObject({ kind: 'blank', value: null });
    expect(report.cells['applications.new_received.total']).toMatchObject({ kind: 'number', value: 2 });
    expect(report.cells['applications.outcomes.granted.total']?.value).toBe(1);
    expect(report.cells['applications.outcomes.partially_granted.natural_person']?.value).toBe(1);
  });

  it('remembers the table, row and column of each value', () => {
    expect(report.cells['applications.outcomes.granted.total']?.source).toMatchObject({ table: 1, row: 5, column: 8, text: '1' });
  });

  it('reads the year from the title line and the organ as printed', () => {
    expect(report.year).toBe(2022);
    expect(report.agency).toBe('城关镇人民政府');
  });
});

describe('a report written in Traditional characters', () => {
  const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(seed004);
  const simplified = readReportText(seed004);
  const report = readReportText(traditional);

  it('is read with the same cells as its Simplified original', () => {
    expect(traditional).not.toBe(seed004);
    const values = (r: typeof report) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, [c.kind, c.value]]));
    expect(values(report)).toEqual(values(simplified));
    expect(report.format).toBe('gov_2021');
    expect(report.year).toBe(2024);
    expect(report.sections).toHaveLength(6);
  });
});

describe('a cell that is not a value', () => {
  it('is kept as a blank cell with a note and reported, never dropped silently', () => {
    const text = seed004.replace('行政处罚\t0', '行政处罚\t约5');
    const report = readReportText(text);
    const cell = report.cells['active_disclosure.art20_item6.administrative_penalty.decisions_this_year'];
    expect(cell).toMatchObject({ kind: 'blank', value: null, source: { text: '约5' } });
    const finding = report.readFindings?.find((f) => f.rule === 'READ_UNKNOWN_TOKEN');
    expect(finding?.message).toContain('约5');
    expect(finding?.cells).toEqual(['active_disclosure.art20_item6.administrative_penalty.decisions_this_year']);
  });
});

describe('a subtotal printed on a group row', () => {
  it('is reported and not read into the row below', () => {
    // seed 004 with a row of seven zeros on its （六）其他处理 group row
    const source = seed004.replace('(六) 其他处理\t1.', '(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n\t1.');
    expect(source).not.toBe(seed004);
    const report = readReportText(source);
    expect(report.cells['applications.outcomes.other_handling.correction_overdue.total']?.value).toBe(0);
    expect(report.cells['applications.outcomes.total.total']?.value).toBe(4);
    expect(report.incompleteTables).toBeUndefined();
    const finding = report.readFindings?.find((f) => f.rule === 'READ_EXTRA_VALUES');
    expect(finding?.message).toContain('（六）其他处理');
  });
});

describe('a row that prints six values, placed by the column relations of the whole table', () => {
  // seed 004 changed: the 4 applications come from a 法律服务机构, and （一）予以公开 prints only six
  // values "0 0 0 4 0 4". Under the row total alone the 4 would land in 社会公益组织; the column
  // relations (（七）总计 = sum of the outcome rows, per column) put it under 法律服务机构.
  const source = seed004
    .replace('一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4', '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t4\t0\t4')
    .replace('(一) 予以公开\t4\t0\t0\t0\t0\t0\t4', '(一) 予以公开\t0\t0\t0\t4\t0\t4')
    .replace('(七) 总计\t4\t0\t0\t0\t0\t0\t4', '(七) 总计\t0\t0\t0\t0\t4\t0\t4');
  const report = readReportText(source);
  const granted = (column: string) => report.cells[`applications.outcomes.granted.${column}`];

  it('puts the 4 under 法律服务机构 and keeps 总计', () => {
    expect(source).not.toBe(seed004);
    expect(granted('legal_service_organization')?.value).toBe(4);
    expect(granted('social_welfare_organization')?.value ?? 0).toBe(0);
    expect(granted('total')?.value).toBe(4);
    expect(Object.keys(report.cells).filter((k) => k.startsWith('applications.outcomes.granted.'))).toHaveLength(6);
  });

  it('says that the column relations decided', () => {
    const finding = report.readFindings?.find((f) => f.rule === 'READ_PLACEMENT');
    expect(finding?.message).toContain('勾稽关系');
    expect(finding?.message).toContain('（一）予以公开');
  });
});
