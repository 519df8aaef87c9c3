// Labels displaced from their values, as PDF-to-text conversions print them: a long label wrapped
// over two lines with its values between the two halves, so two row labels stand above one row
// of values. A forward-only cursor gave those values to the second label and shifted every later
// row by one; the global alignment (row-alignment.ts) reads every row right. Written by hand; the
// expected values are the ones printed below.
import { describe, expect, it } from 'vitest';
import { readReportText } from '../../src/report/parse/index.ts';
import { alignSegments } from '../../src/report/parse/row-alignment.ts';

const zeros = '0 0 0 0 0 0 0';
const text = [
  '某某区某某局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年，我局认真贯彻落实《条例》。',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量   4  1  0  0  0  0  5',
  '二、上年结转政府信息公开申请数量   1  0  0  0  0  0  1',
  '三、本年度办理结果',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一',
  '        2  1  0  0  0  0  3',
  '情形，不计其他情形）',
  '        1  0  0  0  0  0  1',
  '（三）不予公开',
  `1.属于国家秘密  ${zeros}`,
  `2.其他法律行政法规禁止公开  ${zeros}`,
  `3.危及“三安全一稳定”  ${zeros}`,
  `4.保护第三方合法权益  ${zeros}`,
  `5.属于三类内部事务信息  ${zeros}`,
  `6.属于四类过程性信息  ${zeros}`,
  `7.属于行政执法案卷  ${zeros}`,
  `8.属于行政查询事项  ${zeros}`,
  '（四）无法提供',
  '1.本机关不掌握相关政府信息  1  0  0  0  0  0  1',
  `2.没有现成信息需要另行制作  ${zeros}`,
  `3.补正后申请内容仍不明确  ${zeros}`,
  '（五）不予处理',
  `1.信访举报投诉类申请  ${zeros}`,
  `2.重复申请  ${zeros}`,
  `3.要求提供公开出版物  ${zeros}`,
  `4.无正当理由大量反复申请  ${zeros}`,
  `5.要求行政机关确认或重新出具已获取信息  ${zeros}`,
  '（六）其他处理',
  `1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请  ${zeros}`,
  `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请  ${zeros}`,
  `3.其他  ${zeros}`,
  '（七）总计  4  1  0  0  0  0  5',
  '四、结转下年度继续办理  1  0  0  0  0  0  1',
  '四、政府信息公开行政复议、行政诉讼情况',
  '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
  '五、存在的主要问题及改进情况',
  '无。',
].join('\n');

describe('labels displaced from their values do not shift the rows after them', () => {
  const report = readReportText(text);
  const row = (id: string) => ['natural_person', 'commercial_enterprise', 'research_institution', 'social_welfare_organization', 'legal_service_organization', 'other_organization', 'total'].map((c) => report.cells[`applications.${id}.${c}`]?.value);

  it('gives the values under two labels to the first, the next values to the wrapped second', () => {
    expect(row('outcomes.granted')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(row('outcomes.partially_granted')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('reads every later row where it is printed', () => {
    expect(row('outcomes.withheld.state_secret')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('outcomes.unable_to_provide.not_held')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('outcomes.total')).toEqual([4, 1, 0, 0, 0, 0, 5]);
    expect(row('carried_to_next_year')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.readFindings?.filter((f) => f.rule === 'READ_EXTRA_VALUES') ?? []).toEqual([]);
  });
});

describe('the alignment itself', () => {
  it('prefers the alignment that keeps a later same-line label in its row', () => {
    // labels 2 and 3 before one row; a row without label; then label 4 on the line of its values.
    const { best } = alignSegments(
      [
        { rows: 1, before: [{ index: 2, sameLine: false }, { index: 3, sameLine: false }], after: [] },
        { rows: 1, before: [], after: [4] },
        { rows: 1, before: [{ index: 4, sameLine: true }], after: [] },
      ],
      10,
    );
    expect(best.starts).toEqual([2, 3, 4]);
  });

  it('returns both alignments when two labels stand over one row and nothing else decides', () => {
    const { best, ties } = alignSegments([{ rows: 1, before: [{ index: 0, sameLine: false }, { index: 1, sameLine: false }], after: [] }], 5);
    expect([best.starts, ...ties.map((t) => t.starts)].sort()).toEqual([[0], [1]]);
  });
});
