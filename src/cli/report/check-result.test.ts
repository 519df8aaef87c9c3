import { describe, expect, it } from 'vitest';
import type { AnnualReport, Finding } from '../../report/model.ts';
import { exitStatusOf, mergeFindings, toCheckResultJson, unreadableResult } from './check-result.ts';

const report: AnnualReport = {
  format: 'gov_2019',
  year: 2020,
  agency: '白土岗乡人民政府',
  sections: [],
  cells: {
    'applications.new_received.total': { kind: 'number', value: 3 },
    'applications.new_received.commercial_enterprise': { kind: 'blank', value: null },
    'active_disclosure.art20_item9.centralized_government_procurement.procurement_total_amount': { kind: 'not_applicable', value: null },
  },
};
const warning: Finding = { rule: 'BLANK_CELL', severity: 'warning', message: '空白单元格按 0 计算', cells: ['applications.new_received.commercial_enterprise'] };
const error: Finding = { rule: 'T3_BALANCE', severity: 'error', message: '一+二≠三+四', cells: [] };

describe('the --json result of one file', () => {
  it('gives numbers as read, null for a blank cell, and 0 for a "/" cell listed in notApplicable', () => {
    const json = toCheckResultJson('a.txt', report, [warning]);
    expect(json).toEqual({
      file: 'a.txt',
      format: 'gov_2019',
      year: 2020,
      agency: '白土岗乡人民政府',
      cells: {
        'applications.new_received.total': 3,
        'applications.new_received.commercial_enterprise': null,
        'active_disclosure.art20_item9.centralized_government_procurement.procurement_total_amount': 0,
      },
      notApplicable: ['active_disclosure.art20_item9.centralized_government_procurement.procurement_total_amount'],
      // what each cell was read from: nothing recorded for cells made by hand
      evidence: {
        'applications.new_received.total': {},
        'applications.new_received.commercial_enterprise': {},
        'active_disclosure.art20_item9.centralized_government_procurement.procurement_total_amount': {},
      },
      findings: [warning],
    });
  });

  it('exits 0 with warnings only, 1 with a rule error, 2 when the file could not be read', () => {
    expect(exitStatusOf(toCheckResultJson('a', report, [warning]))).toBe(0);
    expect(exitStatusOf(toCheckResultJson('a', report, [warning, error]))).toBe(1);
    expect(exitStatusOf(unreadableResult('a', '不是年报'))).toBe(2);
  });

  it('lists a finding the reader and the rules both report only once, reader findings first', () => {
    expect(mergeFindings([warning], [error, { ...warning }])).toEqual([warning, error]);
  });
});
