import { expect, it } from 'vitest';
import { bumpPublicationGeneration, PublicationGenerationReader, readPublicationGeneration } from '../../src/platform/page-cache/publication-generation.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('publication generation', ({ context }) => {
  it('is bumped with its transaction and not when the transaction rolls back', async () => {
    const ctx = context();
    const before = await readPublicationGeneration(ctx.db);
    await ctx.db.transaction().execute(async (trx) => bumpPublicationGeneration(trx, new Date('2026-03-02T02:00:00.000Z')));
    const after = await readPublicationGeneration(ctx.db);
    expect(after.generation).toBe(before.generation + 1);
    expect(after.changedAt.toISOString()).toBe('2026-03-02T02:00:00.000Z');
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await bumpPublicationGeneration(trx, new Date('2026-03-03T02:00:00.000Z'));
        throw new Error('发布失败');
      }),
    ).rejects.toThrow('发布失败');
    expect((await readPublicationGeneration(ctx.db)).generation).toBe(after.generation);
  });

  it('shares one query among requests that asked while another query ran, and never answers from an older query', async () => {
    const ctx = context();
    const reader = new PublicationGenerationReader(ctx.db);
    const first = reader.read();
    // Asked while `first` runs: both wait for the next query, which starts after they asked.
    const second = reader.read();
    const third = reader.read();
    expect(second).toBe(third);
    expect(second).not.toBe(first);
    const g = (await first).generation;
    expect((await second).generation).toBe(g);
    await bumpPublicationGeneration(ctx.db, new Date('2026-03-04T02:00:00.000Z'));
    // Asked after the bump committed: sees it.
    expect((await reader.read()).generation).toBe(g + 1);
  });
});
