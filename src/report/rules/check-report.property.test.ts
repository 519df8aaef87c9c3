import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../../../test/support/arbitrary-report.ts';
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
