import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReport, arbitraryReportPair } from '../../../test/support/arbitrary-report.ts';
import { withCell } from '../build.ts';
import { checkReport } from './check-report.ts';

describe('checkReport over random valid reports', () => {
  it('every generated report of either format passes all HARD rules', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        expect(checkReport(report).filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('every generated report is complete, cites its format document and has the six canonical sections', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const rules = checkReport(report).map((f) => f.rule);
        for (const rule of ['R_ZERO_REPORT_COMPLETE', 'R_SIX_SECTIONS', 'R_CITED_DOCUMENT', 'R_FORMAT_MATCHES_YEAR', 'BLANK_CELL', 'R_SECTION6_FEES', 'R_REPORT_DATE']) {
          expect(rules).not.toContain(rule);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('adding one to any 总计 of table 三 breaks a HARD rule', () => {
    fc.assert(
      fc.property(arbitraryReport(), fc.constantFrom('new_received', 'outcomes.total', 'carried_to_next_year', 'outcomes.granted'), (report, row) => {
        const key = `applications.${row}.total`;
        const broken = withCell(report, key, (report.cells[key]?.value ?? 0) + 1);
        expect(checkReport(broken).some((f) => f.severity === 'error' && f.cells.includes(key))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('checkReport on damaged reports', () => {
  const anyCell = fc.oneof(
    fc.record({ kind: fc.constant('number' as const), value: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double({ noNaN: false }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0.5)) }),
    fc.constant({ kind: 'blank' as const, value: null }),
    fc.constant({ kind: 'not_applicable' as const, value: null }),
  );

  it('never throws, whatever the cells hold or lack, and every finding names a rule, a severity and a Chinese message', () => {
    fc.assert(
      fc.property(arbitraryReport(), fc.array(fc.tuple(fc.nat(), fc.option(anyCell, { nil: undefined })), { maxLength: 40 }), (report, damage) => {
        const keys = Object.keys(report.cells);
        const cells = { ...report.cells };
        for (const [i, cell] of damage) {
          const key = keys[i % keys.length]!;
          if (cell === undefined) delete cells[key];
          else cells[key] = cell;
        }
        const findings = checkReport({ ...report, cells });
        for (const f of findings) {
          expect(f.rule).toMatch(/^[A-Z0-9_]+$/);
          expect(['error', 'warning']).toContain(f.severity);
          expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a report that is not shaped like a report with a Chinese message', () => {
    expect(() => checkReport({ format: 'gov_2030', cells: {} } as never)).toThrow(/年度报告数据格式不正确，无法检查/);
  });
});

describe('checkReport over consecutive years', () => {
  it('a consistent pair of years passes every HARD rule even when both were produced in the product', () => {
    fc.assert(
      fc.property(arbitraryReportPair(), ({ prior, current }) => {
        const findings = checkReport(current, { prior, bothInProduct: true });
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        const rules = findings.map((f) => f.rule);
        for (const rule of ['T3_PRIOR_CARRYOVER', 'T2_VALID_CONTINUITY', 'T2_2019_ITEMS_CONTINUITY', 'T2_2019_ITEMS_NONNEG']) expect(rules).not.toContain(rule);
      }),
      { numRuns: 100 },
    );
  });

  it('changing this year\'s 上年结转 total by one breaks T3_PRIOR_CARRYOVER, HARD when both were produced in the product', () => {
    fc.assert(
      fc.property(arbitraryReportPair(), ({ prior, current }) => {
        const key = 'applications.carried_over_from_last_year.total';
        const broken = withCell(current, key, (current.cells[key]?.value ?? 0) + 1);
        const found = checkReport(broken, { prior, bothInProduct: true }).filter((f) => f.rule === 'T3_PRIOR_CARRYOVER');
        expect(found.map((f) => [f.severity, f.cells])).toEqual([['error', [key]]]);
      }),
      { numRuns: 50 },
    );
  });
});
