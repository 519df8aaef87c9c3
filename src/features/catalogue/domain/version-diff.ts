// Comparing two versions of a catalogue item: every version is kept (nothing published is ever
// silently rewritten), and reviewers compare what changed before signing off (条例第十七条).

export interface DiffLine {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Line diff by longest common subsequence; inputs are split on line breaks. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const n = a.length;
  const m = b.length;
  // Very long texts: fall back to a whole-text replacement rather than an O(n·m) table.
  if (n * m > 4_000_000) {
    return before === after ? a.map((text) => ({ op: 'same', text })) : [...a.map((text) => ({ op: 'removed' as const, text })), ...b.map((text) => ({ op: 'added' as const, text }))];
  }
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: 'removed', text: a[i++]! });
    else out.push({ op: 'added', text: b[j++]! });
  }
  while (i < n) out.push({ op: 'removed', text: a[i++]! });
  while (j < m) out.push({ op: 'added', text: b[j++]! });
  return out;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Metadata fields that differ between two snapshots, in the order of `fields`. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  const show = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return fields.filter((f) => show(before[f]) !== show(after[f])).map((f) => ({ field: f, before: show(before[f]), after: show(after[f]) }));
}
