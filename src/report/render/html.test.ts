import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, notApplicableCell, withCell } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { renderHtml } from './html.tsx';

const report = (format: 'gov_2021' | 'gov_2019' = 'gov_2021'): AnnualReport =>
  buildReport({ format, year: format === 'gov_2021' ? 2024 : 2020, agency: '曹镇乡人民政府', reportDate: format === 'gov_2021' ? '2025-01-20' : '2021-01-15', texts: { general_situation: '第一段。\n第二段。' } });

const load = (html: string) => cheerio.load(html);
const th = ($: cheerio.CheerioAPI, table: string, text: string) => $(`table.${table} th`).filter((_, e) => $(e).text() === text).first();

describe('renderHtml', () => {
  it('is a complete Chinese HTML page with an A4 print stylesheet and Chinese fonts', () => {
    const html = renderHtml(report());
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(load(html)('h1').text()).toBe('曹镇乡人民政府2024年政府信息公开工作年度报告');
  });

  it('prints the six canonical headings and splits section text into paragraphs', () => {
    const $ = load(renderHtml(report()));
    expect($('h2').map((_, e) => $(e).text()).get()).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect($('section[data-section="general_situation"] p').map((_, e) => $(e).text()).get()).toEqual(['第一段。', '第二段。']);
  });

  it('table 三 has the corner note over three rows and columns, 申请人情况 over seven, 法人或其他组织 over five, 总计 over two rows', () => {
    const $ = load(renderHtml(report()));
    const corner = th($, 'applications', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect([corner.attr('colspan'), corner.attr('rowspan')]).toEqual(['3', '3']);
    expect(th($, 'applications', '申请人情况').attr('colspan')).toBe('7');
    expect(th($, 'applications', '法人或其他组织').attr('colspan')).toBe('5');
    expect(th($, 'applications', '自然人').attr('rowspan')).toBe('2');
    expect($('table.applications thead th').filter((_, e) => $(e).text() === '总计').attr('rowspan')).toBe('2');
  });

  it('table 三 groups outcome rows: 三、本年度办理结果 spans the 22 outcome rows of gov_2021, （三）不予公开 its 8', () => {
    const $ = load(renderHtml(report()));
    expect(th($, 'applications', '三、本年度办理结果').attr('rowspan')).toBe('22');
    expect(th($, 'applications', '（三）不予公开').attr('rowspan')).toBe('8');
    expect(th($, 'applications', '（六）其他处理').attr('rowspan')).toBe('3');
    expect(th($, 'applications', '一、本年新收政府信息公开申请数量').attr('colspan')).toBe('3');
    expect($('table.applications tbody tr')).toHaveLength(25);
    expect($('table.applications tbody td')).toHaveLength(175);
  });

  it('gov_2019 table 三 has （六）其他处理 as one row: 20 outcome rows, 23 rows in all', () => {
    const $ = load(renderHtml(report('gov_2019')));
    expect(th($, 'applications', '三、本年度办理结果').attr('rowspan')).toBe('20');
    expect(th($, 'applications', '（六）其他处理').attr('colspan')).toBe('2');
    expect($('table.applications tbody tr')).toHaveLength(23);
  });

  it('table 四 has the three-level header of the format and one row of 15 cells', () => {
    const $ = load(renderHtml(report()));
    expect(th($, 'review-litigation', '行政复议').attr('colspan')).toBe('5');
    expect(th($, 'review-litigation', '行政诉讼').attr('colspan')).toBe('10');
    expect(th($, 'review-litigation', '未经复议直接起诉').attr('colspan')).toBe('5');
    expect(th($, 'review-litigation', '复议后起诉').attr('colspan')).toBe('5');
    const secondRow = $('table.review-litigation thead tr').eq(1).find('th');
    expect(secondRow.first().text()).toBe('结果维持');
    expect(secondRow.first().attr('rowspan')).toBe('2');
    expect($('table.review-litigation thead tr').eq(2).find('th')).toHaveLength(10);
    expect($('table.review-litigation tbody td')).toHaveLength(15);
  });

  it('renders blank as an empty cell, not applicable as "/" and zero as "0"', () => {
    let r = withCell(report(), 'applications.new_received.research_institution', blankCell());
    r = withCell(r, 'applications.new_received.commercial_enterprise', notApplicableCell());
    const $ = load(renderHtml(r));
    const cell = (k: string) => $(`td[data-cell="${k}"]`);
    expect([cell('applications.new_received.research_institution').text(), cell('applications.new_received.research_institution').attr('class')]).toEqual(['', 'cell blank']);
    expect([cell('applications.new_received.commercial_enterprise').text(), cell('applications.new_received.commercial_enterprise').attr('class')]).toEqual(['/', 'cell not-applicable']);
    expect([cell('applications.new_received.natural_person').text(), cell('applications.new_received.natural_person').attr('class')]).toEqual(['0', 'cell number']);
  });

  it('escapes text from the document: a "<script>" in a section stays text', () => {
    const r = { ...report(), agency: '<b>某镇</b>', sections: report().sections.map((s) => (s.id === 'other_matters' ? { ...s, text: '<script>alert(1)</script>' } : s)) };
    const html = renderHtml(r);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(load(html)('p.signature').text()).toContain('<b>某镇</b>');
  });

  it('marks the cells of findings and lists the findings with their severity', () => {
    const findings = [{ rule: 'T3_BALANCE', severity: 'error' as const, message: '表三"总计"列：新收 4 + 上年结转 0 ≠ 办理结果总计 3 + 结转下年度 0', cells: ['applications.new_received.total'] }];
    const $ = load(renderHtml(report(), findings));
    const marked = $('td[data-cell="applications.new_received.total"]');
    expect(marked.attr('class')).toContain('finding-error');
    expect(marked.attr('title')).toBe(findings[0]!.message);
    expect($('.findings li').text()).toBe(`错误${findings[0]!.message}`);
  });

  it('names each table for screen readers with a caption the printed page does not show', () => {
    const $ = load(renderHtml(report()));
    expect($('caption').map((_, e) => $(e).text()).get()).toEqual(['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);
    expect($('caption').first().attr('class')).toBe('visually-hidden');
  });
});
