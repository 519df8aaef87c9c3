// Table 二 blocks printed out of template order (第二十条第（一）项 after （五）（六）（八）). Written by
// hand; the expected values are the ones printed below.
import { describe, expect, it } from 'vitest';
import { readReportText } from '../../src/report/parse/index.ts';

const text = [
  '某某镇2022年政府信息公开工作年度报告',
  '一、总体情况',
  '2022年，我镇认真贯彻落实《条例》。',
  '二、主动公开政府信息情况',
  '第二十条第（五）项',
  '信息内容\t本年处理决定数量',
  '行政许可\t12',
  '第二十条第（六）项',
  '信息内容\t本年处理决定数量',
  '行政处罚\t7',
  '行政强制\t1',
  '第二十条第（八）项',
  '信息内容\t本年收费金额（单位：万元）',
  '行政事业性收费\t2.5',
  '第二十条第（一）项',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t0',
  '行政规范性文件\t3\t1\t9',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
].join('\n');

describe('table 二 blocks in any order', () => {
  const report = readReportText(text);
  const cell = (key: string) => report.cells[`active_disclosure.${key}`]?.value;

  it('reads the blocks printed before （一） and （一） itself', () => {
    expect(cell('art20_item5.administrative_licensing.decisions_this_year')).toBe(12);
    expect(cell('art20_item6.administrative_penalty.decisions_this_year')).toBe(7);
    expect(cell('art20_item6.administrative_coercion.decisions_this_year')).toBe(1);
    expect(cell('art20_item8.administrative_fees.fee_amount_this_year')).toBe(2.5);
    expect(cell('art20_item1.regulations.currently_valid')).toBe(0);
    expect(cell('art20_item1.normative_documents.issued_this_year')).toBe(3);
    expect(cell('art20_item1.normative_documents.abolished_this_year')).toBe(1);
    expect(cell('art20_item1.normative_documents.currently_valid')).toBe(9);
  });

  it('does not call table 二 incomplete', () => {
    expect(report.incompleteTables ?? []).not.toContain('active_disclosure');
  });
});
