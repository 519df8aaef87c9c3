// The real-page corpus (test/fixtures/real-pages/) is consistent: every page has its hand-read truth,
// the truth files are exactly what hand-read.txt says, and every cell id exists in the report format
// (src/report/formats, generated from report-format.json; and report-format.json itself when the
// shared specification is checked out beside the repository).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellKeys } from '../../src/report/formats/index.ts';
import type { FormatId, TableId } from '../../src/report/model.ts';
import { readHandRead, truthJson, type PageTruth } from '../../bench/report-accuracy/hand-read.ts';

const root = path.resolve(import.meta.dirname, '../..');
const corpus = path.join(root, 'test/fixtures/real-pages');
const pages = readHandRead(corpus);
const tables: TableId[] = ['active_disclosure', 'applications', 'review_litigation'];
const families = ['full-pipes', 'partial-pipes', 'pipe-per-line', 'one-cell-per-line', 'html-table', 'traditional-mirror', 'narrative-only', 'fragment', 'pdf-text'];

/** Cell ids of one format straight from report-format.json. */
function specCellIds(spec: { formats: Record<string, { tables: Record<string, SpecTable> }> }, format: FormatId): Set<string> {
  const t = spec.formats[format]!.tables;
  const ids = new Set<string>();
  for (const block of t.active_disclosure!.blocks!) for (const row of block.rows) for (const column of block.columns) ids.add(`active_disclosure.${block.id}.${row.id}.${column.id}`);
  for (const row of t.applications!.leaf_rows_in_order!) for (const column of t.applications!.leaf_columns_in_order!) ids.add(`applications.${row}.${column}`);
  for (const block of t.review_litigation!.column_blocks!) for (const column of t.review_litigation!.block_columns!) ids.add(`review_litigation.${block.id}.${column.id}`);
  return ids;
}
interface SpecTable {
  blocks?: { id: string; rows: { id: string }[]; columns: { id: string }[] }[];
  leaf_rows_in_order?: string[];
  leaf_columns_in_order?: string[];
  column_blocks?: { id: string }[];
  block_columns?: { id: string }[];
}
const specFile = ['../shared/spec/report-format.json', '../../shared/spec/report-format.json'].map((p) => path.resolve(root, p)).find((p) => existsSync(p));

describe('real-page corpus', () => {
  it('has at least 60 pages, split dev / holdout, with every layout family of two or more pages in both splits', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    for (const family of new Set(pages.map((p) => p.family))) {
      expect(families, `unknown family ${family}`).toContain(family);
      const ofFamily = pages.filter((p) => p.family === family);
      // The one whole HTML report (and its PDF / Word stand-ins) is in dev: see README.md.
      if (ofFamily.length < 2) continue;
      const splits = new Set(ofFamily.map((p) => p.split));
      expect([...splits].sort(), `family ${family}`).toEqual(['dev', 'holdout']);
    }
  });

  it('has a page and an up-to-date truth file for every block of hand-read.txt, and nothing else', () => {
    const listed = new Set<string>();
    for (const page of pages) {
      listed.add(page.file);
      expect(existsSync(path.join(corpus, page.file)), page.file).toBe(true);
      const truthFile = path.join(corpus, page.file.replace(/\.[a-z]+$/, '.truth.json'));
      expect(readFileSync(truthFile, 'utf8'), `${truthFile} differs from ${page.split}/hand-read.txt: run npx tsx bench/report-accuracy/write-truth.ts`).toBe(truthJson(page));
      for (const derived of page.derived ?? []) {
        listed.add(`${page.split}/${derived}`);
        expect(existsSync(path.join(corpus, page.split, derived)), derived).toBe(true);
      }
    }
    for (const split of ['dev', 'holdout']) {
      for (const name of readdirSync(path.join(corpus, split))) {
        if (name.endsWith('.truth.json') || name === 'hand-read.txt') continue;
        expect(listed.has(`${split}/${name}`), `${split}/${name} has no block in hand-read.txt`).toBe(true);
      }
    }
  });

  it('keys every truth cell by a cell id of the page format', () => {
    for (const page of pages) {
      const keys = page.format ? new Set(tables.flatMap((t) => cellKeys(page.format!, t))) : new Set<string>();
      const narrativeKeys = new Set((['gov_2021', 'gov_2019'] as const).flatMap((f) => tables.flatMap((t) => cellKeys(f, t))));
      for (const key of Object.keys(page.cells)) expect(keys.has(key), `${page.file}: ${key}`).toBe(true);
      for (const key of Object.keys(page.narrative_cells)) expect(narrativeKeys.has(key), `${page.file}: ${key}`).toBe(true);
      for (const value of Object.values(page.cells)) expect(value === null || value === 'not_applicable' || Number.isFinite(value)).toBe(true);
      expect(page.source, page.file).not.toBe('');
      expect(page.year === null || (page.year >= 2019 && page.year <= 2025), page.file).toBe(true);
    }
  });

  it.runIf(specFile !== undefined)('uses only cell ids report-format.json defines', () => {
    const spec = JSON.parse(readFileSync(specFile!, 'utf8'));
    const ids: Record<FormatId, Set<string>> = { gov_2021: specCellIds(spec, 'gov_2021'), gov_2019: specCellIds(spec, 'gov_2019') };
    for (const page of pages as PageTruth[]) {
      if (!page.format) continue;
      for (const key of Object.keys(page.cells)) expect(ids[page.format].has(key), `${page.file}: ${key}`).toBe(true);
    }
  });
});
