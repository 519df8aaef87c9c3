import { describe, expect, it } from 'vitest';
import { buildReport, withSectionText } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { checkNarrative } from './narrative.ts';

const a = (address: string) => `applications.${address}`;

function withApplications(n: number, carried = 0): AnnualReport {
  return buildReport({
    format: 'gov_2021',
    year: 2024,
    agency: '曹镇乡人民政府',
    values: {
      [a('new_received.natural_person')]: n,
      [a('new_received.total')]: n,
      [a('carried_over_from_last_year.natural_person')]: carried,
      [a('carried_over_from_last_year.total')]: carried,
      [a('outcomes.granted.natural_person')]: n + carried,
      [a('outcomes.granted.total')]: n + carried,
      [a('outcomes.total.natural_person')]: n + carried,
      [a('outcomes.total.total')]: n + carried,
    },
  });
}

const say = (report: AnnualReport, text: string) => checkNarrative(withSectionText(report, 'general_situation', text));
const rules = (report: AnnualReport, text: string) => say(report, text).map((f) => f.rule);

describe('R_NARRATIVE_COUNTS: numbers in the prose against table 三', () => {
  it('"共受理依申请公开 4 件" agrees with 4 new applications (seed 004 wording, spaces included)', () => {
    expect(rules(withApplications(4), '2024 年曹镇乡共受理依申请公开 4 件，均在法定期间内，按时答复申请人')).toEqual([]);
  });

  it('"共受理依申请公开4件" against 3 new applications is warned, quoting the text and naming the cell', () => {
    const found = say(withApplications(3), '全年共受理依申请公开4件。');
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_NARRATIVE_COUNTS', 'warning']]);
    expect(found[0]!.message).toContain('"受理依申请公开4件"');
    expect(found[0]!.message).toContain('表三"一、本年新收政府信息公开申请数量"总计为 3 件');
    expect(found[0]!.cells).toEqual([a('new_received.total')]);
  });

  it('"受理" may include the carried-over applications: 沭阳县 2025 "共受理政府信息公开申请 749 件" = 713 new + 36 carried', () => {
    expect(rules(withApplications(713, 36), '全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件。')).toEqual([]);
    expect(rules(withApplications(713, 36), '全县全年共收到政府信息公开申请 749 件。')).toEqual(['R_NARRATIVE_COUNTS']);
  });

  it('reads Chinese numerals: "收到政府信息公开申请十二件" = 12', () => {
    expect(rules(withApplications(12), '本年度收到政府信息公开申请十二件。')).toEqual([]);
    expect(rules(withApplications(11), '本年度收到政府信息公开申请十二件。')).toEqual(['R_NARRATIVE_COUNTS']);
  });

  it('reads the number before the noun: "受理4件政府信息公开申请"', () => {
    expect(rules(withApplications(4), '全年受理4件政府信息公开申请。')).toEqual([]);
    expect(rules(withApplications(5), '全年受理4件政府信息公开申请。')).toEqual(['R_NARRATIVE_COUNTS']);
  });

  it('"办理" may count new plus carried-over applications', () => {
    expect(rules(withApplications(4, 2), '全年共办理政府信息公开申请6件。')).toEqual([]);
    expect(rules(withApplications(4, 2), '全年共办理政府信息公开申请9件。')).toEqual(['R_NARRATIVE_COUNTS']);
  });

  it('"全年无依申请" requires rows 一 and 二 to be zero', () => {
    expect(rules(withApplications(0), '全年无依申请办理的公开事项。')).toEqual([]);
    const found = say(withApplications(2), '全年无依申请办理的公开事项。');
    expect(found.map((f) => f.rule)).toEqual(['R_NARRATIVE_COUNTS']);
    expect(found[0]!.cells).toEqual([a('new_received.natural_person'), a('new_received.total')]);
  });

  it('"未收到…申请" is a statement of zero, not a count', () => {
    expect(rules(withApplications(0), '2021 年我镇未收到依申请公开的相关信息。')).toEqual([]);
    expect(rules(withApplications(1), '2021 年我镇未收到政府信息公开申请。')).toEqual(['R_NARRATIVE_COUNTS']);
  });

  it('years and percentages in the same sentence are not mistaken for counts', () => {
    expect(rules(withApplications(4), '2024 年共受理依申请公开 4 件，依申请公开按时办结率 100%。')).toEqual([]);
  });

  it('"无因政府信息公开申请…被申请行政复议" speaks about reconsideration, not about applications', () => {
    expect(rules(withApplications(3), '无因政府信息公开申请工作被申请行政复议和行政诉讼的情况。')).toEqual([]);
  });
});

describe('T4_NARRATIVE: statements about reconsideration and litigation against table 四', () => {
  const base = withApplications(1);
  const withCase = buildReport({
    format: 'gov_2021',
    year: 2024,
    agency: '某镇人民政府',
    values: { ...Object.fromEntries(Object.entries(base.cells).map(([k, c]) => [k, c.value ?? 0])), 'review_litigation.litigation_direct.corrected': 1, 'review_litigation.litigation_direct.total': 1 },
  });

  it('"无…行政复议和行政诉讼" is consistent with an all-zero table 四', () => {
    expect(rules(base, '无因政府信息公开申请工作被申请行政复议和行政诉讼的情况。')).toEqual([]);
  });

  it('"无…行政复议和行政诉讼" while table 四 shows a suit is warned', () => {
    const found = say(withCase, '本年度未发生政府信息公开行政复议、行政诉讼案件。');
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['T4_NARRATIVE', 'warning']]);
    expect(found[0]!.message).toContain('"行政诉讼（未经复议直接起诉）"');
    expect(found[0]!.cells).toEqual(['review_litigation.litigation_direct.corrected', 'review_litigation.litigation_direct.total']);
  });

  it('"…行政复议…数量为 0" about reconsideration only does not cover the litigation columns', () => {
    expect(rules(withCase, '因政府信息公开申请被申请行政复议的数量为 0 件。')).toEqual([]);
  });

  it('and the other way round: the text reports a case while table 四 is all zero', () => {
    const found = say(base, '本年度发生行政诉讼1件，法院判决维持。');
    expect(found.map((f) => f.rule)).toEqual(['T4_NARRATIVE']);
    expect(found[0]!.message).toContain('但表四');
  });

  it('seed 001 wording "行政复议、提起行政诉讼的数量为 0 条" agrees with zeros', () => {
    expect(rules(base, '因政府信息公开申请行政复议、提起行政诉讼的数量为 0 条。')).toEqual([]);
    expect(rules(withCase, '因政府信息公开申请行政复议、提起行政诉讼的数量为 0 条。')).toEqual(['T4_NARRATIVE']);
  });
});

describe('R_NARRATIVE_COUNTS: "按时办结率100%" against the replies the product recorded', () => {
  const claim = '2024 年共受理依申请公开 4 件，均在法定期间内，按时答复申请人，依申请公开按时办结率 100%。';
  const check = (overdueReplies?: number) => checkNarrative(withSectionText(withApplications(4), 'general_situation', claim), overdueReplies === undefined ? {} : { overdueReplies });

  it('is consistent when no reply was overdue, or when the product has no records to compare', () => {
    expect(check(0)).toEqual([]);
    expect(check()).toEqual([]);
  });

  it('is warned when the product recorded an overdue reply', () => {
    const found = check(1);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_NARRATIVE_COUNTS', 'warning']]);
    expect(found[0]!.message).toContain('本系统记录本年度有 1 件申请逾期答复');
  });
});
