// Empties a database completely (every feature's tables), for `gongkai demo --yes` and tests. The
// caller closes its connection first and takes a backup when the data matters.
import { existsSync, rmSync } from 'node:fs';
import pg from 'pg';
import { isPostgresUrl, sqliteFilePath, type DatabaseConfig } from './database.ts';

export async function wipeDatabase(config: DatabaseConfig): Promise<void> {
  if (config.url !== undefined && config.url !== '' && isPostgresUrl(config.url)) {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      // Everything the migrations made lives in the public schema, Kysely's migration tables too.
      await client.query('drop schema if exists public cascade');
      await client.query('create schema public');
    } finally {
      await client.end();
    }
    return;
  }
  const path = sqliteFilePath(config.dataDir);
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) rmSync(file);
  }
}
