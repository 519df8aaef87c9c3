import { describe, expect, it } from 'vitest';
import { orderedPlacements } from './balance-placement.ts';

describe('placements of a short row', () => {
  it('lists every way to give six values in order to six of seven columns', () => {
    const all = orderedPlacements(6, 7);
    expect(all).toHaveLength(7);
    expect(all[0]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(all[6]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lists C(7,4) = 35 placements of four values', () => {
    expect(orderedPlacements(4, 7)).toHaveLength(35);
  });
});
