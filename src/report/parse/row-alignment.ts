// Global alignment of the value rows of a table to the rows of its format. The document is read as
// a sequence of *segments*: runs of values between labels, each one or more consecutive rows. Every
// segment takes a window of consecutive format rows, windows in printed order and not overlapping.
// Instead of fixing each window as it is met (a forward-only cursor, where one wrong choice shifts
// every later row), all windows are chosen together by dynamic programming over:
//   - the row labels printed before the segment (since the previous one): a label inside the window
//     counts much; the label printed on the same line as the first value more; a label the window
//     passes over, or one beyond it, is a row printed blank; a label left behind contradicts;
//   - the labels printed right after the segment (raw pdftotext prints some labels after their
//     values): weaker, they belong first to the next segment;
//   - rows skipped between two windows (a small cost) and rows past the table's end (a large one).
// Alternatives that score exactly as well are returned too: the caller decides with the table's own
// sums, and says "uncertain" when they cannot.

export interface SegmentEvidence {
  /** Number of consecutive rows the segment's values fill. */
  rows: number;
  /** Row indexes of the labels printed since the previous segment, in printed order. */
  before: readonly { index: number; sameLine: boolean }[];
  /** Row indexes of the labels printed after the segment and before the next one. */
  after: readonly number[];
}

export interface Alignment {
  /** First row of each segment's window (a window may run past the table's end: those rows are extra). */
  starts: number[];
  score: number;
}

const LABEL_INSIDE = 100;
const SAME_LINE = 50;
// Equal to the cost of one skipped row: "label A, label B, one row of values" is a tie between A
// and B, for the table's sums (or an "uncertain" finding) to settle, not a guess.
const LATEST = 1;
const LABEL_AFTER = 20;
const LABEL_CONTRADICTED = 60;
const SKIPPED_ROW = 1;
const PAST_END = 200;

/** Score of `segment` at `start` when the previous window ended at `previousEnd`. */
export function windowScore(segment: SegmentEvidence, start: number, previousEnd: number, rowCount: number): number {
  const end = start + segment.rows;
  let score = -SKIPPED_ROW * (start - previousEnd) - PAST_END * Math.max(0, end - rowCount);
  const latest = segment.before.length > 0 ? segment.before[segment.before.length - 1]!.index : -1;
  for (const label of segment.before) {
    if (label.index >= start && label.index < end) {
      score += LABEL_INSIDE;
      if (label.sameLine) score += SAME_LINE;
      if (label.index === latest) score += LATEST;
    } else if (label.index < previousEnd) score -= LABEL_CONTRADICTED;
  }
  for (const index of segment.after) if (index >= start && index < end) score += LABEL_AFTER;
  return score;
}

/**
 * The best alignment of `segments` to `rowCount` rows, and (up to `maxAlternatives`) other
 * alignments with exactly the same score.
 */
export function alignSegments(segments: readonly SegmentEvidence[], rowCount: number, maxAlternatives = 4): { best: Alignment; ties: Alignment[] } {
  const g = segments.length;
  if (g === 0) return { best: { starts: [], score: 0 }, ties: [] };
  // Positions a window may start at: 0 … rowCount (rowCount = the whole segment is past the end).
  const positions = rowCount + 1;
  // forward[i][s]: best score of segments 0…i with segment i starting at s.
  const forward: number[][] = [];
  for (let i = 0; i < g; i++) {
    const row = new Array<number>(positions).fill(-Infinity);
    for (let s = 0; s < positions; s++) {
      if (i === 0) {
        row[s] = windowScore(segments[0]!, s, 0, rowCount);
        continue;
      }
      let best = -Infinity;
      const previous = segments[i - 1]!;
      for (let p = 0; p < positions; p++) {
        const end = Math.min(p + previous.rows, rowCount);
        if (end > s || forward[i - 1]![p] === -Infinity) continue;
        const score = forward[i - 1]![p]! + windowScore(segments[i]!, s, end, rowCount);
        if (score > best) best = score;
      }
      row[s] = best;
    }
    forward.push(row);
  }
  const last = forward[g - 1]!;
  const top = Math.max(...last);

  // Every alignment reaching the top score, walking back from the end (bounded).
  const found: number[][] = [];
  const walk = (i: number, s: number, remaining: number, suffix: number[]) => {
    if (found.length > maxAlternatives) return;
    if (i === 0) {
      if (Math.abs(windowScore(segments[0]!, s, 0, rowCount) - remaining) < 1e-9) found.push([s, ...suffix]);
      return;
    }
    const own = remaining;
    const previous = segments[i - 1]!;
    for (let p = 0; p < positions; p++) {
      const end = Math.min(p + previous.rows, rowCount);
      if (end > s || forward[i - 1]![p] === -Infinity) continue;
      const step = windowScore(segments[i]!, s, end, rowCount);
      if (Math.abs(forward[i - 1]![p]! + step - own) < 1e-9) walk(i - 1, p, own - step, [s, ...suffix]);
      if (found.length > maxAlternatives) return;
    }
  };
  for (let s = 0; s < positions; s++) if (last[s] === top) walk(g - 1, s, top, []);
  const [first, ...others] = found;
  return { best: { starts: first ?? segments.map(() => rowCount), score: top }, ties: others.map((starts) => ({ starts, score: top })) };
}
