import { expect, it } from 'vitest';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import * as service from '../../src/features/applications/applications.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('applications demo data of 土门关乡', (under) => {
  it('loads cases at every stage: two carried over from last year, some overdue, due soon, awaiting confirmation', async () => {
    // The harness clock: 2026-03-02 (Monday).
    const ctx = under.context();
    const result = await loadDemo(ctx);
    expect(result.hooks).toContain('依申请公开');
    const agency = (await findAgencyByCode(ctx.db, '999000021'))!;
    const deps = { ctx, calendar: createOfficialCalendar(), secret: 'x', dataDir: '' };
    const home = await service.staffHome(deps, SYSTEM_ACTOR, agency.id);
    expect(home.overdue.length).toBeGreaterThanOrEqual(1);
    expect(home.dueSoon.length).toBeGreaterThanOrEqual(1);
    expect(home.awaitingConfirmation).toHaveLength(1);
    expect(home.awaitingCorrection).toHaveLength(1);
    const t = await service.table3ForYear(deps, SYSTEM_ACTOR, agency.id, 2026);
    // Both cases received 2025-12-18 were open on 31 December 2025.
    expect(t['applications.carried_over_from_last_year.total']).toBe(2);
    const last = await service.table3ForYear(deps, SYSTEM_ACTOR, agency.id, 2025);
    expect(last['applications.carried_to_next_year.total']).toBe(2);
    expect(t['applications.new_received.total']! + t['applications.carried_over_from_last_year.total']!).toBe(
      t['applications.outcomes.total.total']! + t['applications.carried_to_next_year.total']!,
    );
    const partial = (t['applications.outcomes.partially_granted.commercial_enterprise'] ?? 0) + (last['applications.outcomes.partially_granted.commercial_enterprise'] ?? 0);
    expect(partial).toBe(1);
  }, 180_000);
});
