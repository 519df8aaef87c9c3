import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, notApplicableCell, withCell } from '../build.ts';
import { readReportText } from '../parse/index.ts';
import { renderText } from './text.ts';

const a = (address: string) => `applications.${address}`;
const report = () =>
  buildReport({
    format: 'gov_2021',
    year: 2024,
    agency: '曹镇乡人民政府',
    reportDate: '2025-01-20',
    values: { [a('new_received.natural_person')]: 4, [a('new_received.total')]: 4, [a('outcomes.granted.natural_person')]: 4, [a('outcomes.granted.total')]: 4, [a('outcomes.total.natural_person')]: 4, [a('outcomes.total.total')]: 4 },
    texts: { general_situation: '2024 年共受理依申请公开 4 件。', other_matters: '本机关本年度未收取信息处理费。' },
  });

describe('renderText', () => {
  it('prints the title, the six canonical headings in order and the signature', () => {
    const lines = renderText(report()).split('\n');
    expect(lines[0]).toBe('曹镇乡人民政府2024年政府信息公开工作年度报告');
    const headings = lines.filter((l) => /^[一二三四五六]、/.test(l) && !l.includes('\t'));
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(lines.slice(-3)).toEqual(['曹镇乡人民政府', '2025年1月20日', '']);
  });

  it('prints each table 三 row as tab-separated cells: three label columns then seven values', () => {
    const lines = renderText(report()).split('\n');
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t\t\t4\t0\t0\t0\t0\t0\t4');
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t\t4\t0\t0\t0\t0\t0\t4');
    expect(lines).toContain('\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0');
    expect(lines).toContain('\t（七）总计\t\t4\t0\t0\t0\t0\t0\t4');
  });

  it('prints table 四 with its three header rows and one row of 15 values', () => {
    const lines = renderText(report()).split('\n');
    expect(lines).toContain(`行政复议${'\t'.repeat(5)}行政诉讼${'\t'.repeat(9)}`);
    expect(lines).toContain(['0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'].join('\t'));
  });

  it('keeps blank, "/" and 0 apart: empty field, "/", "0"', () => {
    let r = withCell(report(), a('carried_over_from_last_year.research_institution'), blankCell());
    r = withCell(r, a('carried_over_from_last_year.commercial_enterprise'), notApplicableCell());
    expect(renderText(r).split('\n')).toContain('二、上年结转政府信息公开申请数量\t\t\t0\t/\t\t0\t0\t0\t0');
  });

  it('prints a 万元 fee with its decimals and without float noise', () => {
    const r = withCell(report(), 'active_disclosure.art20_item8.administrative_fees.fee_amount_this_year', 0.1 + 0.2);
    expect(renderText(r).split('\n')).toContain('行政事业性收费\t0.3\t\t');
  });

  it('is read back by the report reader with every cell, blank and "/" intact', () => {
    let r = withCell(report(), a('carried_over_from_last_year.research_institution'), blankCell());
    r = withCell(r, a('outcomes.granted.commercial_enterprise'), notApplicableCell());
    const back = readReportText(renderText(r));
    expect(back.format).toBe('gov_2021');
    expect(back.year).toBe(2024);
    for (const [key, cell] of Object.entries(r.cells)) expect([key, back.cells[key]?.kind, back.cells[key]?.value]).toEqual([key, cell.kind, cell.value]);
  });

  it('prints a table whose heading the document lacks under its canonical heading (seed 001 has no heading 四)', () => {
    const r = report();
    r.sections = r.sections.filter((s) => s.id !== 'review_litigation').map((s, order) => ({ ...s, order }));
    const lines = renderText(r).split('\n');
    expect(lines).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(lines.indexOf('四、政府信息公开行政复议、行政诉讼情况')).toBeLessThan(lines.indexOf('五、存在的主要问题及改进情况'));
  });
});
