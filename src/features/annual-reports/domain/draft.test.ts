import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../report/index.ts';
import { assembleReport, defaultTexts, unfinishedFindings } from './draft.ts';

const table3 = {
  'applications.new_received.total': 6,
  'applications.carried_over_from_last_year.total': 1,
  'applications.outcomes.total.total': 5,
  'applications.outcomes.granted.total': 2,
  'applications.outcomes.partially_granted.total': 1,
  'applications.carried_to_next_year.total': 2,
};

describe('default draft texts', () => {
  it('quotes table 三 totals in section 三 so text and table agree', () => {
    const texts = defaultTexts({ year: 2024, agencyName: '甲镇人民政府', table3, feeStatement: '' });
    expect(texts.applications).toBe(
      '2024年，本机关收到政府信息公开申请6件，上年结转1件；办结5件，其中予以公开2件，部分公开1件，其他结果见下表；结转下年度继续办理2件。',
    );
  });

  it('says no applications were received when there were none and none carried over', () => {
    const texts = defaultTexts({ year: 2024, agencyName: '甲镇人民政府', table3: {}, feeStatement: '' });
    expect(texts.applications).toBe('2024年，本机关未收到政府信息公开申请，无上年结转申请。');
  });

  it('puts the fee statement in section 六', () => {
    const texts = defaultTexts({ year: 2024, agencyName: '甲镇人民政府', table3: {}, feeStatement: '费用句' });
    expect(texts.other_matters).toBe('费用句');
  });
});

describe('section 一 drafted from the records', () => {
  const facts = {
    year: 2024,
    agencyName: '甲镇人民政府',
    table3,
    feeStatement: '',
    publishedByCategory: [
      { label: '机构职能', count: 2 },
      { label: '财政预决算', count: 0 },
      { label: '重大建设项目', count: 3 },
    ],
    publishedByChannel: [
      { name: '政府网站', count: 5 },
      { name: '村务公开栏', count: 1 },
    ],
    overdueReplies: 0,
  };

  it('counts items by category and channel, leaving out categories with none', () => {
    const text = defaultTexts(facts).general_situation ?? '';
    expect(text.split('\n')[1]).toBe('（一）主动公开。2024年，本机关通过政府信息公开专栏主动公开政府信息5条，其中机构职能2条、重大建设项目3条。按发布渠道，政府网站5条、村务公开栏1条。');
  });

  it('says every reply was on time only when the clock found no late one', () => {
    expect(defaultTexts(facts).general_situation).toContain('（二）依申请公开。2024年，本机关收到政府信息公开申请6件，上年结转1件；办结5件，结转下年度继续办理2件。所有申请均在法定期限内答复。');
    const late = defaultTexts({ ...facts, overdueReplies: 1 });
    expect(late.general_situation).toContain('其中1件未在法定期限内答复。');
    expect(late.general_situation).not.toContain('均在法定期限内');
    expect(late.problems_and_improvements).toContain('本年度有1件政府信息公开申请未在法定期限内答复。');
  });

  it('quotes table 四 only once both blocks are entered', () => {
    expect(defaultTexts(facts).review_litigation).toBe('本机关因政府信息公开工作被申请行政复议、提起行政诉讼的情况见下表。');
    expect(defaultTexts({ ...facts, reviewTotals: { reconsideration: 2, litigation: 1 } }).review_litigation).toBe('本年度，本机关因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件。具体情况见下表。');
  });

  it('agrees with its own tables: the narrative checks find nothing in the drafted texts', () => {
    const report = assembleReport({ format: 'gov_2021', year: 2024, agencyName: '甲镇人民政府', computed: table3, manual: {}, texts: defaultTexts(facts) });
    const narrative = checkReport(report, { overdueReplies: 0 }).filter((f) => f.rule === 'R_NARRATIVE_COUNTS' || f.rule === 'T4_NARRATIVE');
    expect(narrative).toEqual([]);
  });

  it('marks what only staff know, and those marks block submission until written out', () => {
    const report = assembleReport({ format: 'gov_2021', year: 2024, agencyName: '甲镇人民政府', computed: table3, manual: {}, texts: defaultTexts(facts) });
    expect(unfinishedFindings(report).map((f) => [f.severity, f.message.split('还有')[0]])).toEqual([
      ['error', '正文“一、总体情况”'],
      ['error', '正文“五、存在的主要问题及改进情况”'],
    ]);
  });
});

describe('assembling the report', () => {
  it('leaves a manual cell not entered blank and keeps an entered one', () => {
    const report = assembleReport({
      format: 'gov_2021',
      year: 2024,
      agencyName: '甲镇人民政府',
      computed: {},
      manual: { 'review_litigation.administrative_reconsideration.total': { kind: 'number', value: 0 } },
      texts: {},
    });
    expect(report.cells['review_litigation.administrative_reconsideration.total']).toEqual({ kind: 'number', value: 0 });
    expect(report.cells['review_litigation.litigation_direct.total']).toEqual({ kind: 'blank', value: null });
    expect(report.cells['applications.new_received.total']).toEqual({ kind: 'number', value: 0 });
  });

  it('produces a report the 2021 rules accept when every number balances', () => {
    const manual = Object.fromEntries(
      ['administrative_reconsideration', 'litigation_direct', 'litigation_after_reconsideration'].flatMap((b) =>
        ['upheld', 'corrected', 'other_result', 'pending', 'total'].map((c) => [`review_litigation.${b}.${c}`, { kind: 'number' as const, value: 0 }]),
      ),
    );
    for (const k of ['art20_item5.administrative_licensing.decisions_this_year', 'art20_item6.administrative_penalty.decisions_this_year', 'art20_item6.administrative_coercion.decisions_this_year', 'art20_item8.administrative_fees.fee_amount_this_year']) {
      manual[`active_disclosure.${k}`] = { kind: 'number', value: 0 };
    }
    const texts = defaultTexts({ year: 2024, agencyName: '甲镇人民政府', table3: {}, feeStatement: '2024年度，本机关未发出信息处理费收费通知，未收取信息处理费。' });
    const report = assembleReport({ format: 'gov_2021', year: 2024, agencyName: '甲镇人民政府', computed: {}, manual, texts, reportDate: '2025-01-20' });
    expect(checkReport(report).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
