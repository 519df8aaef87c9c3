// Opens the configured database and brings it to the latest schema: what the server and every CLI
// command do first.
import { createDatabase, type Database, type DatabaseConfig } from './database.ts';
import { migrateToLatest } from './migrate.ts';

export async function openMigratedDatabase(config: DatabaseConfig): Promise<Database & { appliedMigrations: readonly string[] }> {
  const database = createDatabase(config);
  try {
    const { applied } = await migrateToLatest(database.db);
    return { ...database, appliedMigrations: applied };
  } catch (error) {
    await database.close();
    throw error;
  }
}
