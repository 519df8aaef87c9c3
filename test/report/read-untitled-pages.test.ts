// Pages without a title line — excerpts, CMS module pages, reposts, Traditional-character mirrors
// with pinyin glosses, "政府信息公开工作报告" without 年度 — are read, with a warning for what is
// missing, and the year comes from the page itself. Written by hand.
import { describe, expect, it } from 'vitest';
import { NotAnnualReportError, readReportText } from '../../src/report/parse/index.ts';

const rules = (text: string) => (readReportText(text).readFindings ?? []).map((f) => `${f.rule}:${f.severity}`);

describe('an excerpt without its title is read, with warnings', () => {
  const excerpt = [
    '本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限从2024年1月1日起至2024年12月31日止。',
    '一、总体情况',
    '2024年，街道办事处深入贯彻落实《条例》。',
    '三、收到和处理政府信息公开申请情况',
    '一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
  ].join('\n');

  it('reads the year from the 统计期限 and the cells shown', () => {
    const report = readReportText(excerpt);
    expect(report.year).toBe(2024);
    expect(report.cells['applications.new_received.total']?.value).toBe(2);
  });

  it('says the title is missing and reports missing tables as warnings, not errors', () => {
    const found = rules(excerpt);
    expect(found).toContain('TITLE_NOT_FOUND:warning');
    expect(found.filter((f) => f.endsWith(':error'))).toEqual([]);
  });
});

describe('the year from the page itself', () => {
  it('takes it from the sentence the report says about itself', () => {
    const text = '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)及有关要求，现公布朝阳市某局2025年度政府信息公开工作报告。本报告所列数据的统计期限为全年。\n一、总体情况\n一是主动公开情况。';
    expect(readReportText(text).year).toBe(2025);
    expect(rules(text)).not.toContain('YEAR_NOT_FOUND:warning');
  });

  it('takes it from the first year of the narrative under the first heading', () => {
    const text = '一、总体情况\n2022年，某市自然资源局不断强化政务公开工作，本报告所列数据统计期限为全年。';
    expect(readReportText(text).year).toBe(2022);
    expect(rules(text)).toContain('YEAR_FROM_TEXT:warning');
  });

  it('takes it from the 发布日期 of the page when nothing else states it (January: the year before)', () => {
    const text = '发布日期：2024-01-17\n某街道政府信息公开工作年度报告\n一、总体情况\n本街道认真落实《条例》。';
    expect(readReportText(text).year).toBe(2023);
  });
});

describe('titles and mirrors the reader used to refuse', () => {
  it('reads a ministry report titled 政府信息公开工作报告 without 年度', () => {
    const report = readReportText('自然资源部2024年政府信息公开工作报告\n根据《条例》编制本报告。\n一、总体情况\n2024年，我部认真落实《条例》。');
    expect(report.year).toBe(2024);
    expect(report.sections.map((s) => s.id)).toEqual(['general_situation']);
  });

  it('drops pinyin glosses of a Traditional-character mirror (報(bào)告, 區(qū))', () => {
    const text = ['根據(jù)《條例》的規(guī)定，現(xiàn)公布我區(qū)2020年政府信息公開工作年度報(bào)告。', '一、概述', '2020年，我區(qū)認真執(zhí)行《條例》。'].join('\n');
    const report = readReportText(text);
    expect(report.year).toBe(2020);
    expect(report.sections[0]?.text).not.toMatch(/\(/);
  });

  it('judges the genre only on a line that looks like a title, not on the first sentence of an excerpt', () => {
    const text = ['根據《湖北省人民政府辦公廳關於做好2020年政府信息公開年度報告編制和發布工作的通知》有關要求，現將我局2020年度政府信息公開情況報告如下。', '第二十條第（一）項', '規章 | 0 | 0 | 0 |'].join('\n');
    const report = readReportText(text);
    expect(report.year).toBe(2020);
    // 2020: the gov_2019 format, whose （一） columns are 本年新制作数量 …
    expect(report.cells['active_disclosure.art20_item1.regulations.newly_made']?.value).toBe(0);
  });

  it('still refuses a notice whose title is a notice', () => {
    expect(() => readReportText('关于做好2024年度政府信息公开工作年度报告编制和发布工作的通知\n各乡镇人民政府：\n现就有关事项通知如下。')).toThrow(NotAnnualReportError);
  });
});
