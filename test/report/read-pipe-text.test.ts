// Pipe-separated text that is not a full "| … |" row, as HTML-to-text tools print web tables.
// Written by hand; the expected values are the ones printed in the text below.
import { describe, expect, it } from 'vitest';
import { readReportText } from '../../src/report/parse/index.ts';

const value = (text: string, key: string) => {
  const cell = readReportText(text).cells[key];
  return cell ? (cell.kind === 'number' ? cell.value : cell.kind) : 'missing';
};

const head = ['某某县某某局2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我局认真贯彻落实《条例》。', '二、主动公开政府信息情况'];
const tail = ['四、政府信息公开行政复议、行政诉讼情况', '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'];

describe('pipes separate cells, they never end a row', () => {
  it('reads rows without a leading pipe ("规章 | 0 | 0 | 3 |")', () => {
    const text = [...head, '第二十条第（一）项 |', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 0 | 0 | 3 |', '行政规范性文件 | 2 | 1 | 14 |', ...tail].join('\n');
    expect(value(text, 'active_disclosure.art20_item1.regulations.currently_valid')).toBe(3);
    expect(value(text, 'active_disclosure.art20_item1.normative_documents.issued_this_year')).toBe(2);
    expect(value(text, 'active_disclosure.art20_item1.normative_documents.abolished_this_year')).toBe(1);
    expect(value(text, 'active_disclosure.art20_item1.normative_documents.currently_valid')).toBe(14);
  });

  it('reads one cell per line ending in " |", a line "|" being an empty cell', () => {
    const text = [
      ...head,
      '三、收到和处理政府信息公开申请情况',
      '申请人情况 |',
      '自然人 |',
      '总计 |',
      '一、本年新收政府信息公开申请数量 |',
      '5 |',
      '1 |',
      '|',
      '0 |',
      '0 |',
      '0 |',
      '6 |',
      '二、上年结转政府信息公开申请数量 |',
      '0 |',
      '0 |',
      '0 |',
      '0 |',
      '0 |',
      '0 |',
      '0 |',
      ...tail,
    ].join('\n');
    expect(value(text, 'applications.new_received.natural_person')).toBe(5);
    expect(value(text, 'applications.new_received.commercial_enterprise')).toBe(1);
    expect(value(text, 'applications.new_received.research_institution')).toBe('blank');
    expect(value(text, 'applications.new_received.total')).toBe(6);
    expect(value(text, 'applications.carried_over_from_last_year.total')).toBe(0);
  });

  it('reads empty cells collapsed into runs of pipes ("| 3 | ||||| 3 |")', () => {
    const text = [
      ...head,
      '三、收到和处理政府信息公开申请情况',
      '| 一、本年新收政府信息公开申请数量 | 3 | ||||| 3 |',
      '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ...tail,
    ].join('\n');
    expect(value(text, 'applications.new_received.natural_person')).toBe(3);
    for (const column of ['commercial_enterprise', 'research_institution', 'social_welfare_organization', 'legal_service_organization', 'other_organization']) {
      expect(value(text, `applications.new_received.${column}`)).toBe('blank');
    }
    expect(value(text, 'applications.new_received.total')).toBe(3);
  });

  it('drops "|" padding lines of a merged label cell when they would overfill the row', () => {
    const text = [
      ...head,
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 |',
      '2 | 0 | 0 | 0 | 0 | 0 | 2 |',
      '|',
      '|',
      '二、上年结转政府信息公开申请数量 |',
      '1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      ...tail,
    ].join('\n');
    expect(value(text, 'applications.new_received.total')).toBe(2);
    expect(value(text, 'applications.carried_over_from_last_year.natural_person')).toBe(1);
    expect(value(text, 'applications.carried_over_from_last_year.total')).toBe(1);
  });

  it('reads fifteen table 四 values printed "0 | 0 | … | 0" without pipes at the ends', () => {
    const text = [...head, '四、政府信息公开行政复议、行政诉讼情况', '1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 2 | 2', '五、存在的主要问题及改进情况', '无。'].join('\n');
    expect(value(text, 'review_litigation.administrative_reconsideration.upheld')).toBe(1);
    expect(value(text, 'review_litigation.administrative_reconsideration.total')).toBe(1);
    expect(value(text, 'review_litigation.litigation_after_reconsideration.pending')).toBe(2);
    expect(value(text, 'review_litigation.litigation_after_reconsideration.total')).toBe(2);
  });
});
