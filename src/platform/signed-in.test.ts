import { describe, expect, it } from 'vitest';
import { chooseCurrentAgency } from './signed-in.ts';

describe('the current agency of a signed-in account', () => {
  it('is the agency chosen in the switcher while the account still holds a grant there', () => {
    expect(chooseCurrentAgency(['town', 'county'], 'town', 'county')).toBe('county');
  });

  it('falls back to the home agency when the chosen grant was revoked', () => {
    expect(chooseCurrentAgency(['town'], 'town', 'county')).toBe('town');
  });

  it('is the first granted agency when the home agency has no grant (a 政务公开办 supervisor of the county)', () => {
    expect(chooseCurrentAgency(['county'], 'office', undefined)).toBe('county');
  });
});
