import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('applications schema', (under) => {
  it('creates every applications table on a fresh database', async () => {
    const { db } = under.database();
    const tables = (await db.introspection.getTables()).map((t) => t.name);
    for (const name of [
      'application', 'applicant', 'application_attachment', 'application_event', 'application_note',
      'application_consultation', 'application_extension', 'application_correction', 'application_fee_notice',
      'application_reply', 'application_delivery', 'application_sequence', 'notice_letter_template',
    ]) {
      expect(tables).toContain(name);
    }
  });
});
