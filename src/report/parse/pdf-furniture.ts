// Page furniture of a PDF: what a browser prints in the page margins (date and time, the page title,
// the address, "2/4") and what an office suite repeats on every page (running heads, page numbers).
// It is not report content and, printed between two table rows, it splits a table. A text row in the
// top or bottom margin is dropped when it repeats on another page (digits aside) or has the shape of
// browser furniture. Rows of ruled tables are never dropped. Pure.
import type { GridRow } from './pdf-grid.ts';

/** A row of a page, placed by its baseline; `top`/`bottom` are the page's edges (points, y upwards). */
export interface PageRow<Row extends { readonly cells: readonly { readonly text: string }[] } = { readonly cells: readonly { readonly text: string }[] }> {
  readonly y: number;
  readonly top: number;
  readonly bottom: number;
  readonly row?: Row;
  readonly grid?: GridRow;
}

/** Browsers print their header and footer within ~0.4 in of the edge; report text starts lower. */
const MARGIN = 40;

const furnitureShape = [
  /(?:file|https?):\/\/\S+/i, // the address
  /^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}[,\s]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?/i, // 12/7/26, 11:11 PM · 2026/12/07 23:11
  /^(?:上午|下午)?\d{1,2}:\d{2}/, // 下午11:11
  /^\d{1,3}\s*\/\s*\d{1,3}$/, // 2/4
];

const keyOf = (r: PageRow) => (r.row?.cells.map((c) => c.text).join('') ?? '').replace(/\d+/g, '#').replace(/\s+/g, '');
const inMargin = (r: PageRow) => r.row !== undefined && (r.y > r.top - MARGIN || r.y < r.bottom + MARGIN);

export function dropPageFurniture<R extends PageRow>(pages: readonly (readonly R[])[]): R[][] {
  const pagesWith = new Map<string, Set<number>>();
  pages.forEach((rows, page) => {
    for (const r of rows) {
      if (!inMargin(r)) continue;
      const key = keyOf(r);
      if (!pagesWith.has(key)) pagesWith.set(key, new Set());
      pagesWith.get(key)!.add(page);
    }
  });
  return pages.map((rows) =>
    rows.filter((r) => {
      if (!inMargin(r)) return true;
      if (pagesWith.get(keyOf(r))!.size >= 2) return false;
      return !r.row!.cells.some((c) => furnitureShape.some((shape) => shape.test(c.text.trim())));
    }),
  );
}
