// Narrative-only reports: the key figures of the prose, read as figures from the text. Written by
// hand; the expected values are the numbers in the sentences below.
import { describe, expect, it } from 'vitest';
import { readReportText } from '../../src/report/parse/index.ts';

const page = (sentence: string) => ['某某乡人民政府2023年政府信息公开工作年度报告', '一、总体情况', sentence, '五、存在的主要问题及改进情况', '无。'].join('\n');

describe('figures stated only in the prose', () => {
  it('reads 全年收到申请2件，予以公开2件 into the totals, marked as from the text', () => {
    const report = readReportText(page('2023年，我乡全年共收到政府信息公开申请2件，予以公开2件，上年结转1件，结转下年度继续办理1件。'));
    expect(report.cells['applications.new_received.total']).toMatchObject({ kind: 'number', value: 2, fromText: true, source: { line: 3 } });
    expect(report.cells['applications.outcomes.granted.total']?.value).toBe(2);
    expect(report.cells['applications.carried_over_from_last_year.total']?.value).toBe(1);
    expect(report.cells['applications.carried_to_next_year.total']?.value).toBe(1);
    expect(report.readFindings?.map((f) => f.rule)).toContain('NARRATIVE_FIGURES');
  });

  it('reads 全年未收到政府信息公开申请 as 0 new applications', () => {
    expect(readReportText(page('2023年，我乡全年未收到政府信息公开申请。')).cells['applications.new_received.total']?.value).toBe(0);
  });

  it('reads nothing from the prose when table 三 is printed (the rules compare them)', () => {
    const text = [
      '某某乡人民政府2023年政府信息公开工作年度报告',
      '一、总体情况',
      '全年共收到政府信息公开申请5件。',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3',
    ].join('\n');
    const cell = readReportText(text).cells['applications.new_received.total'];
    expect(cell?.value).toBe(3);
    expect(cell?.fromText).toBeUndefined();
  });
});
