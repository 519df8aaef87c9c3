// Brings a database to the latest schema with Kysely's Migrator (forward-only).
import type { Kysely } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import { migrations } from './migrations/index.ts';

export interface MigrateOutcome {
  readonly applied: readonly string[];
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export async function migrateToLatest(db: Kysely<any>): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Engineers add migrations in parallel; a development database may have run a later-numbered one
    // first. Still forward-only: nothing is ever rolled back.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error');
    const detail = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${detail}。数据库保持在上一次成功迁移后的状态，请修正后重试。`,
      { cause: error },
    );
  }
  return { applied };
}
