// Empty cells that may be padding (a line of only "|", an empty piece between two pipes): when a
// row has more cells than the format gives it, the soft blanks at its ends go first — the trailing
// ones (the empty label cells of the next row), then the leading ones — until the count fits. A
// printed value, or a blank in the middle of a row, is never dropped here.
import type { ValueItem } from './tokens.ts';

/**
 * `values` without the fewest end soft blanks that make `fits(count)` true; `values` itself when
 * it already fits or no such choice exists.
 */
export function dropSoftBlanks(values: readonly ValueItem[], fits: (count: number) => boolean): readonly ValueItem[] {
  if (fits(values.length)) return values;
  let trailing = 0;
  while (trailing < values.length && values[values.length - 1 - trailing]!.soft) trailing++;
  let leading = 0;
  while (leading < values.length - trailing && values[leading]!.soft) leading++;
  for (let drop = 1; drop <= leading + trailing; drop++) {
    if (!fits(values.length - drop)) continue;
    const fromEnd = Math.min(drop, trailing);
    const fromStart = drop - fromEnd;
    return values.slice(fromStart, values.length - fromEnd);
  }
  return values;
}
