import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('catalogue and search migrations', (under) => {
  it('creates the catalogue and search tables', async () => {
    const { db } = under.database();
    const rows = await db.selectFrom('catalogue_item').select('id').execute();
    expect(rows).toEqual([]);
    const docs = await db.selectFrom('search_document').select('id').execute();
    expect(docs).toEqual([]);
    if (under.dialect === 'sqlite') {
      const r = await sql<{ n: number }>`select count(*) as n from search_fts`.execute(db);
      expect(Number(r.rows[0]?.n)).toBe(0);
    }
  });
});
