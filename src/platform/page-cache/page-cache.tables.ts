// Kysely type of publication_generation (migration 0018_publication_generation): one row, id 1.
import type { ColumnType } from 'kysely';

export interface PublicationGenerationTable {
  id: number;
  generation: number;
  /** timestamptz on PostgreSQL (read as a Date), ISO text on SQLite. */
  changed_at: ColumnType<Date | string, string, string>;
}

export interface PageCacheTables {
  publication_generation: PublicationGenerationTable;
}
