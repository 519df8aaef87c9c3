import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../report/index.ts';
import { assembleReport, defaultTexts } from './draft.ts';

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
