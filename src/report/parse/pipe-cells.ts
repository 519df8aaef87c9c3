// Text whose cells are separated by "|" — what HTML-to-text and HTML-to-markdown tools make of a
// web table, in every variant real pages show:
//   "| 规章 | 0 | 0 | 3 |"       a markdown row
//   "规章 | 0 | 0 | 3 |"         no leading pipe
//   "7 | 1 | 8"                  no pipe at either end
//   "0 |"                        one cell per line, each ending in " |"
//   "|", "||", "|||"             a line of pipes only: an empty cell, or padding of a merged cell
//   "| 0 | ||||||"               empty cells collapsed into a run of pipes
// A "|" only ever separates cells; it never ends a row. Pieces at either end that are empty are the
// delimiter's own edge, not cells. Empty pieces between two pipes are empty cells, kept as cells, but
// "soft": where a row then has more cells than the format gives it, soft blanks at the row's ends are
// the first to go (padding of a merged label cell), never a printed value.

export interface PipeCell {
  text: string;
  /** An empty cell that may be padding (see above). */
  soft: boolean;
}

const BLANK = /^[\s\u00a0\u3000]*$/;

/** The cells of a line that uses "|" as a delimiter; null when the line has no "|". */
export function pipeCells(text: string): PipeCell[] | null {
  if (!text.includes('|')) return null;
  const pieces = text.split('|');
  if (pieces.every((p) => BLANK.test(p))) {
    // Only pipes: "|" and "||" are one empty cell (or padding), "|||" two, and so on.
    const count = Math.max(1, pieces.length - 2);
    return Array.from({ length: count }, () => ({ text: '', soft: true }));
  }
  let from = 0;
  let to = pieces.length;
  if (BLANK.test(pieces[0]!)) from = 1;
  if (to - 1 > from && BLANK.test(pieces[to - 1]!)) to -= 1;
  const cells: PipeCell[] = [];
  for (let i = from; i < to; i++) {
    const piece = pieces[i]!;
    const blank = BLANK.test(piece);
    cells.push({ text: blank ? '' : piece, soft: blank });
  }
  return cells;
}
