import { describe, expect, it } from 'vitest';
import { agencyFrom, findCitedDocuments, findPageDate, findReportDate, findStatisticsPeriod, findTitle, yearFrom } from './facts.ts';
import type { ReportLine } from './lines.ts';

const lines = (...texts: string[]): ReportLine[] => texts.map((text, i) => ({ text, source: { line: i + 1 } }));

describe('document facts', () => {
  it('joins a title printed over two lines up to the line that says 报告', () => {
    expect(findTitle(lines('\t土门关乡人民政府2021年度', '', '政府信息公开工作年度报告', '', '一、总体情况'), 4)).toBe(
      '土门关乡人民政府2021年度政府信息公开工作年度报告',
    );
  });

  it('skips the furniture of a web page above the title', () => {
    expect(
      findTitle(lines('当前位置：首页 > 政府信息公开 > 政府信息公开年报', '索引号：11320000/2024-00012', '城关镇人民政府2023年政府信息公开工作年度报告', '一、总体情况'), 3),
    ).toBe('城关镇人民政府2023年政府信息公开工作年度报告');
  });

  it('joins the organ printed above a title that starts with the year', () => {
    expect(findTitle(lines('                洪泽区人民政府', '      2023 年政府信息公开工作年度报告', '', '   一、总体情况'), 3)).toBe(
      '洪泽区人民政府2023 年政府信息公开工作年度报告',
    );
  });

  it('reads the year whether it stands before or after the organ, with or without spaces', () => {
    expect(yearFrom('土门关乡人民政府2021年度')).toBe(2021);
    expect(yearFrom('2021 年草坝镇政府信息公开工作 年度报告')).toBe(2021);
  });

  it('takes the organ as printed: the words before the year, or after it up to 政府信息公开', () => {
    expect(agencyFrom('土门关乡人民政府2021年度政府信息公开工作年度报告')).toBe('土门关乡人民政府');
    expect(agencyFrom('2021 年草坝镇政府信息公开工作 年度报告')).toBe('草坝镇');
    expect(agencyFrom('段店乡2019年度政府信息公开年度报告')).toBe('段店乡');
    expect(agencyFrom('湛河区曹镇乡人民政府 2024 年政府信息公开工作年度报告')).toBe('湛河区曹镇乡人民政府');
    expect(agencyFrom('沭阳县发展和改革局关于2023年政府信息公开工作年度报告')).toBe('沭阳县发展和改革局');
    expect(agencyFrom('2023年度城关镇人民政府政府信息公开工作年度报告')).toBe('城关镇人民政府');
  });

  it('reads the signature date at the end, in full-width digits too', () => {
    expect(findReportDate(lines('六、其他需要报告的事项', '无', '', '      段店乡人民政府', '     2019年12月31日'))).toBe('2019-12-31');
    expect(findReportDate(lines('六、其他需要报告的事项', '无', '２０２５年１月２０日'))).toBe('2025-01-20');
  });

  it('ignores an impossible date', () => {
    expect(findReportDate(lines('报告', '2025年2月30日'))).toBeNull();
  });

  it('reads the publication date a saved web page prints, not the 成文日期 (signature)', () => {
    expect(findPageDate(lines('索引号：014314799/2024-00002', '发布机构：沭阳县发展和改革局', '发布日期：2024-01-17', '沭阳县发展和改革局2023年度政府信息公开年度报告'))).toBe('2024-01-17');
    expect(findPageDate(lines('来源：区政府办', '发布时间：2025年1月20日 10:30', '报告'))).toBe('2025-01-20');
    expect(findPageDate(lines('成文日期：2025-01-10', '报告', '2025年1月10日'))).toBeNull();
    expect(findPageDate(lines('发布日期：2025-02-30'))).toBeNull();
  });

  it('lists the document numbers cited, as printed and in order', () => {
    const text =
      '按照《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告》国办公开办函〔2020〕60 号的要求……《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';
    expect(findCitedDocuments(text)).toEqual(['国办公开办函〔2020〕60 号', '国办函〔2020〕109号']);
    expect(findCitedDocuments('根据国办公开办函〔2021〕30号规定')).toEqual(['国办公开办函〔2021〕30号']);
  });

  it('reads the statistics period in its usual wordings', () => {
    expect(findStatisticsPeriod('报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。')).toMatchObject({
      from: '2023-01-01',
      to: '2023-12-31',
    });
    expect(findStatisticsPeriod('本报告所列数据统计期限从2025年1月1日至2025年12月31日止')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(findStatisticsPeriod('统计时间为2024年1月1日至12月31日')).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
  });
});
