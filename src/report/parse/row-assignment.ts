// Deciding which rows a run of values belongs to. Rows are printed in the format's order, but the
// label of a row is not always next to its values: pdftotext floats group labels away, wraps a
// label over three lines with the numbers on the middle one, or (raw mode) prints the labels of
// several rows after their values. The reader therefore keeps two clues — the labels seen since
// the last values ("pending") and the next row in printed order — and picks the window of rows
// that agrees with most of them.
import type { ValueItem } from './tokens.ts';

/**
 * First row of a window of `count` rows for the values just read.
 * - no label seen: the next row in order;
 * - labels seen: the window that contains the most of them, then the one containing the most
 *   recent label (the label just above the values), then the one closest to the next row.
 */
export function chooseStartRow(next: number, pending: readonly number[], count: number, rowCount: number): number {
  const open = pending.filter((p) => p >= next && p < rowCount);
  if (open.length === 0) return next;
  const candidates = new Set<number>([next]);
  for (const p of open) {
    for (let j = 0; j < count; j++) {
      const s = p - j;
      if (s >= next && s + count <= rowCount) candidates.add(s);
    }
  }
  const latest = open[open.length - 1]!;
  let best = next;
  let bestKey: [number, number, number] = [-1, -1, -Infinity];
  for (const s of candidates) {
    const inside = open.filter((p) => p >= s && p < s + count).length;
    const hasLatest = latest >= s && latest < s + count ? 1 : 0;
    const key: [number, number, number] = [inside, hasLatest, -Math.abs(s - next)];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = s;
      bestKey = key;
    }
  }
  return best;
}

/** Runs of values printed without a break (an empty line or a label) between them. */
export function runsOf(values: readonly ValueItem[]): ValueItem[][] {
  const runs: ValueItem[][] = [];
  for (const v of values) {
    if (v.gapBefore || runs.length === 0) runs.push([v]);
    else runs[runs.length - 1]!.push(v);
  }
  return runs;
}

/**
 * Rows of a run of values that may mix layouts: rows printed one value per line (runs of one,
 * seven to a row) and blocks printed column by column (`columns` runs of equal length ≥ 2).
 * Returns the rows in printed order and how many of them came from column blocks.
 */
export function splitRows(values: readonly ValueItem[], columns: number): { rows: ValueItem[][]; byColumn: number } {
  const runs = runsOf(values);
  const rows: ValueItem[][] = [];
  let buffer: ValueItem[] = [];
  let byColumn = 0;
  const flushBuffer = () => {
    if (buffer.length === 0) return;
    if (buffer.length < 2 * columns) rows.push(buffer);
    else for (let i = 0; i < buffer.length; i += columns) rows.push(buffer.slice(i, i + columns));
    buffer = [];
  };
  let i = 0;
  while (i < runs.length) {
    const length = runs[i]!.length;
    const block = runs.slice(i, i + columns);
    if (length >= 2 && block.length === columns && block.every((r) => r.length === length)) {
      flushBuffer();
      for (let r = 0; r < length; r++) rows.push(block.map((run) => run[r]!));
      byColumn += length;
      i += columns;
    } else {
      buffer.push(...runs[i]!);
      i++;
    }
  }
  flushBuffer();
  return { rows, byColumn };
}
