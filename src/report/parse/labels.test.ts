import { describe, expect, it } from 'vitest';
import { labelSimilarity, matchLabel, normalizeLabel, splitNumbering } from './labels.ts';
import { activeDisclosureRows, applicationRows } from './targets.ts';

const rows2021 = applicationRows('gov_2021');
const rows2019 = applicationRows('gov_2019');
const match = (text: string, rows = rows2021) => matchLabel(text, rows)?.id ?? null;

describe('label normalization (report-format.json label_normalization)', () => {
  it('writes ASCII brackets as full-width brackets', () => {
    expect(normalizeLabel('(一) 予以公开')).toBe('（一）予以公开');
  });

  it('removes whitespace that wraps or spaces out a label', () => {
    expect(normalizeLabel('本年新\n制作数量')).toBe('本年新制作数量');
    expect(normalizeLabel('规 章')).toBe('规章');
    expect(normalizeLabel('结 果 维 持')).toBe('结果维持');
  });

  it('writes "1、", "1．" and "1. " numbering as "1."', () => {
    expect(normalizeLabel('1、属于国家秘密')).toBe('1.属于国家秘密');
    expect(normalizeLabel('1．属于国家秘密')).toBe('1.属于国家秘密');
    expect(normalizeLabel('1. 属于国家秘密')).toBe('1.属于国家秘密');
  });

  it('treats "、" and "，" as the same joiner', () => {
    expect(normalizeLabel('2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请')).toBe(
      normalizeLabel('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    );
  });

  it('treats straight and curly quotes around 三安全一稳定 alike', () => {
    expect(normalizeLabel('3.危及"三安全一稳定"')).toBe(normalizeLabel('3.危及“三安全一稳定”'));
  });

  it('reads Traditional characters as Simplified', () => {
    expect(normalizeLabel('規範性文件')).toBe('规范性文件');
    expect(normalizeLabel('（七）總計')).toBe('（七）总计');
  });

  it('splits the numbering from the words', () => {
    expect(splitNumbering('（三）不予公开')).toEqual({ number: '（三）', core: '不予公开' });
    expect(splitNumbering('四、结转下年度继续办理')).toEqual({ number: '四、', core: '结转下年度继续办理' });
    expect(splitNumbering('2.重复申请')).toEqual({ number: '2.', core: '重复申请' });
    expect(splitNumbering('规章')).toEqual({ number: null, core: '规章' });
  });
});

describe('matching a printed label to a row of table 三', () => {
  it('matches exact labels with their numbering', () => {
    expect(match('一、本年新收政府信息公开申请数量')).toBe('new_received');
    expect(match('（七）总计')).toBe('outcomes.total');
    expect(match('四、结转下年度继续办理')).toBe('carried_to_next_year');
  });

  it('tolerates the OCR slip "2.其他法律行政止公开" (洪泽区 2023)', () => {
    expect(match('2.其他法律行政止公开')).toBe('outcomes.withheld.prohibited_by_laws');
  });

  it('finds the row label behind a glued group label such as "（四）无 1.本机关不掌握相关政府信息"', () => {
    expect(match('（四）无 1.本机关不掌握相关政府信息')).toBe('outcomes.unable_to_provide.not_held');
    expect(match('本 2.其他法律行政法规禁止公开')).toBe('outcomes.withheld.prohibited_by_laws');
  });

  it('matches the first line of a label wrapped over several lines', () => {
    expect(match('5.要求行政机关确认或重 新出具')).toBe('outcomes.not_processed.confirm_or_reissue');
    expect(match('（二）部分公开（区分处理的，只计这一情 形，不')).toBe('outcomes.partially_granted');
    expect(match('1、申请人无正当理由逾期不补')).toBe('outcomes.other_handling.correction_overdue');
  });

  it('does not take the middle or end of a wrapped label for a row', () => {
    expect(match('正、行政机关不再处理其政府信')).toBeNull();
    expect(match('计其他情形）')).toBeNull();
    expect(match('已获取信息')).toBeNull();
  });

  it('does not take the column headers 总计 and 其他 for the rows （七）总计 and 3.其他', () => {
    expect(match('总计')).toBeNull();
    expect(match('其他')).toBeNull();
    expect(match('3.其他')).toBe('outcomes.other_handling.other');
  });

  it('leaves the one-character pieces of a vertical group label unmatched', () => {
    for (const piece of ['三、', '本', '年', '度', '办', '理', '结', '果']) expect(match(piece)).toBeNull();
  });

  it('matches （六）其他处理 to the single gov_2019 row', () => {
    expect(match('（六）其他处理', rows2019)).toBe('outcomes.other_handling');
  });

  it('matches a label printed in Traditional characters', () => {
    expect(match('1.屬於國家秘密')).toBe('outcomes.withheld.state_secret');
  });
});

describe('matching a printed label to a row of table 二', () => {
  const rows = activeDisclosureRows('gov_2021');
  it('accepts the 2019 wording 规范性文件 for the 2021 row 行政规范性文件', () => {
    expect(matchLabel('规范性文件', rows)?.id).toBe('normative_documents');
    expect(matchLabel('行政规范性文件', rows)?.id).toBe('normative_documents');
  });

  it('does not take a sentence that begins with a row label for the row', () => {
    expect(matchLabel('行政许可事项办理情况已在网站公开，群众可随时查询办理进度', rows)).toBeNull();
  });
});

describe('label similarity', () => {
  it('is 1 for equal labels and lower for distant ones', () => {
    expect(labelSimilarity('重复申请', '重复申请')).toBe(1);
    expect(labelSimilarity('其他法律行政止公开', '其他法律行政法规禁止公开')).toBeCloseTo(9 / 12);
    expect(labelSimilarity('息公开申请', '本年新收政府信息公开申请数量')).toBeLessThan(0.6);
  });
});
