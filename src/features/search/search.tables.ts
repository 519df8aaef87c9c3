// Kysely types of search_document (migration 0008_search). The FTS5 table (SQLite) and the tsv
// column (PostgreSQL) are touched only by raw SQL in search.repository.ts.
export interface SearchDocumentTable {
  id: string;
  object_type: string;
  agency_id: string;
  category: string;
  year: number;
  published_on: string;
  document_no: string | null;
  title: string;
  path: string;
  content: string;
  indexed_at: string;
}

export interface SearchTables {
  search_document: SearchDocumentTable;
}
