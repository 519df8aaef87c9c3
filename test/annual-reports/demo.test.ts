import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import * as reports from '../../src/features/annual-reports/annual-reports.service.ts';
import { DEMO_AGENCIES } from '../../src/features/demo/demo-data.ts';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('annual reports of the demo county', (under) => {
  it('publishes 2024 and 2025 for every agency but the 政务公开办, and the 2026 draft meets last year’s carry-over', async () => {
    // The harness clock: 2026-03-02, so the two years before are 2024 and 2025.
    const ctx = under.context();
    const result = await loadDemo(ctx);
    expect(result.hooks).toContain('政府信息公开年报');
    for (const spec of DEMO_AGENCIES) {
      const agency = (await findAgencyByCode(ctx.db, spec.code))!;
      const published = await reports.listPublishedReports(ctx, agency.id);
      // Done on 20 January of the following year, before the 31 January deadline (条例第四十九条).
      expect(published).toEqual(spec.key === 'office' ? [] : [
        { year: 2025, publishedOn: '2026-01-20' },
        { year: 2024, publishedOn: '2025-01-20' },
      ]);
    }
    const tumenguan = (await findAgencyByCode(ctx.db, '999000021'))!;
    const y2025 = await reports.publishedReport(ctx, '999000021', 2025);
    // The applications demo has two cases received 2025-12-18 and still open on 31 December 2025 (and
    // others dated by working days before today), so at least two were carried into 2026.
    const carried = Number(y2025.report.cells['applications.carried_to_next_year.total']?.value);
    expect(carried).toBeGreaterThanOrEqual(2);
    // What the demo staff wrote in place of every 【请补充…】 mark.
    expect(y2025.report.sections.some((s) => s.text.includes('【'))).toBe(false);
    expect(y2025.report.sections.find((s) => s.id === 'problems_and_improvements')?.text).toContain('专栏部分栏目更新不够及时');

    const { id } = await reports.generateDraft(ctx, SYSTEM_ACTOR, tumenguan.id, 2026);
    const draft = await reports.getReport(ctx, SYSTEM_ACTOR, tumenguan.id, id);
    expect(draft.report.cells['applications.carried_over_from_last_year.total']?.value).toBe(carried);
    expect(draft.findings.some((f) => f.rule === 'T3_PRIOR_CARRYOVER')).toBe(false);
  }, 180_000);
});
