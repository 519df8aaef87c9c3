// Expanding a grid with row and column spans into plain rows of equal width: what a text or CSV
// rendering of a merged table looks like (a spanned label in its first cell, the rest empty).
import type { TableGrid, GridCell, GridRow } from './layout.ts';

export interface PlacedCell {
  cell: GridCell;
  /** True in the first (top-left) position of a spanning cell. */
  origin: boolean;
}

/** Rows × width positions; covered positions point to the spanning cell with origin=false. */
export function expandRows(rows: readonly GridRow[], width: number): (PlacedCell | null)[][] {
  const out: (PlacedCell | null)[][] = rows.map(() => Array.from({ length: width }, () => null));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < width && out[r]![c] !== null) c++;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rs && r + dr < out.length; dr++) {
        for (let dc = 0; dc < cs && c + dc < width; dc++) out[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0 };
      }
      c += cs;
    }
  });
  return out;
}

/** Head and body rows of a grid, each position holding the text it shows (values via `valueOf`). */
export function gridTextRows(grid: TableGrid, valueOf: (key: string) => string): string[][] {
  return expandRows([...grid.head, ...grid.body], grid.width).map((row) =>
    row.map((p) => (p && p.origin ? (p.cell.key ? valueOf(p.cell.key) : p.cell.text) : '')),
  );
}
