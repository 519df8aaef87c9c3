// The hand-read truth of the real-page corpus (test/fixtures/real-pages/).
//
// test/fixtures/real-pages/{dev,holdout}/hand-read.txt is what a person typed while reading each page, row by
// row, in the order the format prints the columns; this module turns it into the per-page truth
// (`<id>.truth.json`, keyed by the cell ids of report-format.json). Nothing here looks at what the
// reader makes of a page: the expected values come from the page text only.
//
// Notation (one block per page):
//   == dev/lg-longgang-dept-2024.txt
//   source: https://…            where the text was retrieved (URL, or repo + path + commit)
//   what: 深圳市龙岗区…           agency, level, year as far as the page shows them
//   family: partial-pipes         layout family (see README.md)
//   format: gov_2021              the format the page's tables print (gov_2021 | gov_2019 | none)
//   year: 2024                    report year as printed (title, 统计期限, narrative); ? = not shown
//   agency: 太平镇人民政府         organ as printed in the title; ? = not printed
//   report: yes                   is it an annual report (page or excerpt of one)?
//   t2 art20_item1.regulations: 0 0 0          table 二 row, columns in format order
//   t3 new_received: 58 7 0 0 1 0 66           table 三 row: 自然人 … 其他, 总计
//   t4 administrative_reconsideration: 0 0 0 0 0   table 四 block: 维持 纠正 其他 未审结 总计
//   n3 new_received.total: 4      a figure the narrative states (table 三 address), not a table cell
//   n review_litigation.administrative_reconsideration.total: 1   the same with a full cell key
//   note: …
// Values: a number as printed (减4 → -4); `_` a printed blank cell (null); `/` a "not applicable"
// mark; `?` a cell the person could not read unambiguously (left out of the truth).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellKeys } from '../../src/report/formats/index.ts';
import type { FormatId, TableId } from '../../src/report/model.ts';

export type TruthValue = number | null | 'not_applicable';

export interface PageTruth {
  /** Path below test/fixtures/real-pages/, e.g. `dev/lg-longgang-dept-2024.txt`. */
  file: string;
  split: 'dev' | 'holdout';
  source: string;
  what: string;
  family: string;
  /** Format the tables print; null when the page shows no table. */
  format: FormatId | null;
  year: number | null;
  agency: string | null;
  is_report: boolean;
  /** Table cells read off the page, keyed `<table>.<address>`; absent = not visible or not readable. */
  cells: Record<string, TruthValue>;
  /** Figures the narrative states (same keys), for narrative-only pages; not table cells. */
  narrative_cells: Record<string, number>;
  notes: string[];
  /** Which of the derived files (PDF print, Word) share this truth. */
  derived?: string[];
}

const tableOf: Record<string, TableId> = { t2: 'active_disclosure', t3: 'applications', t4: 'review_litigation', n3: 'applications' };

/** Both splits' hand-read.txt (dev first), as one list of pages. */
export function readHandRead(corpusDir: string): PageTruth[] {
  return (['dev', 'holdout'] as const).flatMap((split) => {
    const pages = parseHandRead(readFileSync(path.join(corpusDir, split, 'hand-read.txt'), 'utf8'), `${split}/hand-read.txt`);
    for (const page of pages) if (page.split !== split) throw new Error(`${split}/hand-read.txt: ${page.file} belongs to the other split`);
    return pages;
  });
}

/** Parse one hand-read.txt. Throws on anything malformed, naming the line. */
export function parseHandRead(text: string, name = 'hand-read.txt'): PageTruth[] {
  const pages: PageTruth[] = [];
  let page: PageTruth | null = null;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const where = `${name}:${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('== ')) {
      const file = line.slice(3).trim();
      const split = file.split('/')[0];
      if (split !== 'dev' && split !== 'holdout') throw new Error(`${where}: file must be under dev/ or holdout/`);
      page = { file, split, source: '', what: '', family: '', format: null, year: null, agency: null, is_report: true, cells: {}, narrative_cells: {}, notes: [] };
      pages.push(page);
      return;
    }
    if (!page) throw new Error(`${where}: text before the first == block`);
    const current: PageTruth = page;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${where}: expected "key: value"`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    switch (key) {
      case 'source': current.source = value; return;
      case 'what': current.what = value; return;
      case 'family': current.family = value; return;
      case 'format':
        if (value !== 'gov_2021' && value !== 'gov_2019' && value !== 'none') throw new Error(`${where}: format ${value}`);
        current.format = value === 'none' ? null : value;
        return;
      case 'year': current.year = value === '?' ? null : Number(value); return;
      case 'agency': current.agency = value === '?' ? null : value; return;
      case 'report': current.is_report = value === 'yes'; return;
      case 'note': current.notes.push(value); return;
      case 'derived': current.derived = value.split(/\s+/); return;
    }
    if (key.startsWith('n ')) {
      current.narrative_cells[key.slice(2).trim()] = Number(value);
      return;
    }
    const match = /^(t2|t3|t4|n3) (\S+)$/.exec(key);
    if (!match) throw new Error(`${where}: unknown key ${key}`);
    const [, kind, row] = match as unknown as [string, string, string];
    if (kind === 'n3') {
      current.narrative_cells[`applications.${row}`] = Number(value);
      return;
    }
    if (!current.format) throw new Error(`${where}: table row on a page without a format`);
    const table = tableOf[kind]!;
    const prefix = `${table}.${row}.`;
    const columns = cellKeys(current.format, table).filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'));
    if (columns.length === 0) throw new Error(`${where}: no row ${table}.${row} in ${current.format}`);
    const values = value.split(/\s+/);
    if (values.length !== columns.length) throw new Error(`${where}: ${values.length} values for ${columns.length} columns of ${table}.${row}`);
    values.forEach((token, i) => {
      const parsed = parseToken(token, where);
      if (parsed !== undefined) current.cells[columns[i]!] = parsed;
    });
  });
  return pages;
}

function parseToken(token: string, where: string): TruthValue | undefined {
  if (token === '?') return undefined;
  if (token === '_') return null;
  if (token === '/') return 'not_applicable';
  const number = Number(token);
  if (!Number.isFinite(number)) throw new Error(`${where}: value ${token}`);
  return number;
}

/** The truth file written beside each page (`<id>.truth.json`). */
export function truthJson(page: PageTruth): string {
  const { file: _file, ...rest } = page;
  return `${JSON.stringify({ file: page.file.split('/')[1], ...rest }, null, 2)}\n`;
}
