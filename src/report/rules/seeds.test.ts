// The five sample reports of the specification (shared/seeds), transcribed by hand: numbers, blanks,
// headings and the sentences that matter were read from the documents, not produced by a reader.
// Expected findings come from annual-report-format.md §8 ("what each actually is").
import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, canonicalSections } from '../build.ts';
import { cellKeys } from '../formats/index.ts';
import type { AnnualReport, Section } from '../model.ts';
import { checkReport } from './check-report.ts';

const a = (address: string) => `applications.${address}`;
const legalAndTotal = ['commercial_enterprise', 'research_institution', 'social_welfare_organization', 'legal_service_organization', 'other_organization', 'total'];

function sections(report: AnnualReport, headings: Partial<Record<Section['id'], string | null>>, texts: Partial<Record<Section['id'], string>>): Section[] {
  return canonicalSections(report.format, texts)
    .filter((s) => headings[s.id] !== null)
    .map((s, order) => ({ ...s, heading: headings[s.id] ?? s.heading, order }));
}

/** 000 土门关乡人民政府 2021: all zeros, （六）3.其他 left blank, heading 五 without "五、", section 六 "无". */
function seed000(): AnnualReport {
  const report = buildReport({ format: 'gov_2021', year: 2021, agency: '土门关乡人民政府' });
  for (const c of ['natural_person', ...legalAndTotal]) report.cells[a(`outcomes.other_handling.other.${c}`)] = blankCell();
  report.citedDocuments = [];
  report.sections = sections(report, { problems_and_improvements: '存在的主要问题及改进情况' }, {
    general_situation:
      '2021年土门关乡按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和区政府对政府信息公开的新部署、新要求，全面推进决策、执行、管理、服务、结果公开。（二）持续完善公开内容。2021年乡政府充分依托现有公开平台，及时公开行政政策、政府文件、民生保障、工作开展动态、年度工作目标及进展情况等内容。全年无依申请办理的公开事项，无因政府信息公开申请工作被申请行政复议和行政诉讼的情况。',
    problems_and_improvements: '我乡政府信息公开工作虽然取得一定的成绩，但与社会公众对政府信息公开的需求还存在一定的差距。',
    other_matters: '无',
  });
  return report;
}

/** 001 草坝镇 2021: table 三 stops after （三）2, 予以公开 has no 总计, heading 四 missing. */
function seed001(): AnnualReport {
  const report = buildReport({ format: 'gov_2021', year: 2021, agency: '草坝镇人民政府' });
  const kept = ['new_received', 'carried_over_from_last_year', 'outcomes.granted', 'outcomes.partially_granted', 'outcomes.withheld.state_secret', 'outcomes.withheld.prohibited_by_laws'];
  for (const key of cellKeys('gov_2021', 'applications')) {
    const row = key.slice('applications.'.length, key.lastIndexOf('.'));
    if (!kept.includes(row) || key === a('outcomes.granted.total')) delete report.cells[key];
  }
  report.citedDocuments = [];
  report.incompleteTables = ['applications'];
  report.sections = sections(report, { review_litigation: null }, {
    general_situation:
      '在 2021 年，我镇认真贯彻落实了《中华人民共和国政府信息公开条例》（以下简称《条例》）规定。（一）政府信息主动公开。2021 年度我镇上报各级部门、门户网站及在党政网上政务公开的政府信息共 41 条。依申请公开和不予公开政府信息 0 条；因政府信息公开申请行政复议、提起行政诉讼的数量为 0 条。（二）办理依申请公开。2021 年我镇未收到依申请公开的相关信息。',
    problems_and_improvements: '1.强化领导，加强队伍建设。信息公开工作要进入镇党委班子办公会议程。',
    other_matters: '我镇 2021 年未收取依申请公开信息处理费。',
  });
  return report;
}

/** 002 灵武市白土岗乡 2020: gov_2019 throughout, all zeros, period stated, cites 60号. */
function seed002(): AnnualReport {
  const report = buildReport({ format: 'gov_2019', year: 2020, agency: '灵武市白土岗乡人民政府' });
  report.citedDocuments = ['国办公开办函〔2019〕60号'];
  report.sections = sections(report, {}, {
    general_situation:
      '本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度有关事项的通知》（国办公开办函〔2019〕60号）要求，全面做好白土岗乡政务公开工作。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。主动公开政府信息 3074 条，其中政府网站公开政府信息 13 条。(三) 依申请公开情况。全年累计受理依申请公开政府信息0件。',
    problems_and_improvements: '二是进一步拓宽信息公开途径，加大宣传力度。',
    other_matters: '暂无需要报告的事项。',
  });
  return report;
}

/** 003 段店乡 2019: one application granted; legal-person and several 总计 cells blank; table 四 1 + 1 upheld; "6、"; dated 2019-12-31. */
function seed003(): AnnualReport {
  const report = buildReport({
    format: 'gov_2019',
    year: 2019,
    agency: '段店乡人民政府',
    reportDate: '2019-12-31',
    values: {
      [a('new_received.natural_person')]: 1,
      [a('new_received.total')]: 1,
      [a('outcomes.granted.natural_person')]: 1,
      [a('outcomes.granted.total')]: 1,
      [a('outcomes.total.natural_person')]: 1,
      'review_litigation.administrative_reconsideration.upheld': 1,
      'review_litigation.administrative_reconsideration.total': 1,
      'review_litigation.litigation_after_reconsideration.upheld': 1,
      'review_litigation.litigation_after_reconsideration.total': 1,
    },
  });
  report.cells[a('carried_over_from_last_year.total')] = blankCell();
  const sparseRows = cellKeys('gov_2019', 'applications')
    .map((k) => k.slice('applications.'.length, k.lastIndexOf('.')))
    .filter((row, i, all) => all.indexOf(row) === i)
    .filter((row) => !['new_received', 'carried_over_from_last_year', 'outcomes.granted'].includes(row));
  for (const row of sparseRows) for (const c of legalAndTotal) report.cells[a(`${row}.${c}`)] = blankCell();
  report.citedDocuments = [];
  report.sections = sections(report, { other_matters: '6、 其他需要报告的事项' }, {
    general_situation:
      '2019年，根据区政府信息公开中心的统一安排，按照《中华人民共和国政府信息公开条例》和省、市、区要求，我乡结合工作实际，扎实有效推进政府信息公开工作。对乡里的各项息进行收集梳理分类，将信息分为“主动公开”、“依申请公开”、“免予公开”，做好注明、签字工作。',
    problems_and_improvements: '一是前期政府信息公开目录有待补充完善，内容有待甄别规范。',
    other_matters: '无',
  });
  return report;
}

/** 004 湛河区曹镇乡 2024: 4 applications all granted, cites the non-existent 国办公开办函〔2020〕60 号. */
function seed004(): AnnualReport {
  const report = buildReport({
    format: 'gov_2021',
    year: 2024,
    agency: '湛河区曹镇乡人民政府',
    values: {
      [a('new_received.natural_person')]: 4,
      [a('new_received.total')]: 4,
      [a('outcomes.granted.natural_person')]: 4,
      [a('outcomes.granted.total')]: 4,
      [a('outcomes.total.natural_person')]: 4,
      [a('outcomes.total.total')]: 4,
    },
  });
  report.citedDocuments = ['国办公开办函〔2020〕60 号', '国办函〔2020〕109号'];
  report.sections = sections(report, {}, {
    general_situation:
      '按照修订后的《中华人民共和国政府信息公开条例》国务院令第 711 号，以下简称《条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告》国办公开办函〔2020〕60 号要求，我乡按照区政府统一部署，加强组织领导。（二）依申请公开：认真贯彻执行《条例》有关依申请公开的规定，2024 年曹镇乡共受理依申请公开 4 件，均在法定期间内，按时答复申请人，依申请公开按时办结率 100%，',
    problems_and_improvements: '一是公开内容方面，公开内容未充分考虑乡镇居民需求。',
    other_matters: '按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生政府信息公开处理费。',
  });
  return report;
}

const rulesOf = (report: AnnualReport) => [...new Set(checkReport(report).map((f) => f.rule))].sort();
const errorsOf = (report: AnnualReport) => checkReport(report).filter((f) => f.severity === 'error');

describe('the five sample reports (annual-report-format.md §8)', () => {
  it('no sample report gets a false HARD error', () => {
    for (const seed of [seed000, seed001, seed002, seed003, seed004]) expect(errorsOf(seed())).toEqual([]);
  });

  it('seed 000 (zero report) is warned for its blank （六）3, its heading 五 and its section 六 without the 信息处理费 statement', () => {
    expect(rulesOf(seed000())).toEqual(['BLANK_CELL', 'R_SECTION6_FEES', 'R_SIX_SECTIONS', 'R_ZERO_REPORT_COMPLETE']);
    const sixSections = checkReport(seed000()).find((f) => f.rule === 'R_SIX_SECTIONS')!;
    expect(sixSections.message).toContain('标题"存在的主要问题及改进情况"应为"五、存在的主要问题及改进情况"');
  });

  it('seed 000 says "全年无依申请…无…行政复议和行政诉讼" and its tables are indeed zero: no narrative warning', () => {
    const rules = rulesOf(seed000());
    expect(rules).not.toContain('R_NARRATIVE_COUNTS');
    expect(rules).not.toContain('T4_NARRATIVE');
  });

  it('seed 001 (table 三 truncated) names the checks it could not make, the missing heading 四 and the incomplete table', () => {
    expect(rulesOf(seed001())).toEqual(['CHECK_SKIPPED', 'R_SIX_SECTIONS', 'R_ZERO_REPORT_COMPLETE']);
    expect(checkReport(seed001()).find((f) => f.rule === 'R_SIX_SECTIONS')!.message).toContain('缺少"四、政府信息公开行政复议、行政诉讼情况"');
  });

  it('seed 002 (gov_2019 for 2020, period and format document correct) passes every rule', () => {
    expect(checkReport(seed002())).toEqual([]);
  });

  it('seed 003 gets T4_VS_T3_PLAUSIBLE, R_REPORT_DATE, BLANK_CELL and the "6、" heading warning', () => {
    expect(rulesOf(seed003())).toEqual(['BLANK_CELL', 'R_REPORT_DATE', 'R_SIX_SECTIONS', 'T4_VS_T3_PLAUSIBLE']);
    const findings = checkReport(seed003());
    expect(findings.find((f) => f.rule === 'R_REPORT_DATE')!.message).toContain('2019年12月31日');
    expect(findings.find((f) => f.rule === 'T4_VS_T3_PLAUSIBLE')!.cells).toEqual([
      'applications.outcomes.granted.total',
      'review_litigation.administrative_reconsideration.upheld',
      'review_litigation.litigation_after_reconsideration.upheld',
    ]);
  });

  it('seed 004 is correct except for the cited format document 国办公开办函〔2020〕60号', () => {
    expect(rulesOf(seed004())).toEqual(['R_CITED_DOCUMENT']);
    expect(checkReport(seed004())[0]!.message).toContain('"国办公开办函〔2020〕60号"不正确');
    expect(checkReport(seed004())[0]!.message).toContain('国办公开办函〔2021〕30号');
  });
});
