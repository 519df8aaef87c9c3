import { describe, expect, it } from 'vitest';
import { localDate as d } from '../../../law/local-date.ts';
import { art20Item1Cells, countArt20Item1, type NormativeDocument } from './normative-register.ts';

const doc = (publishedOn: string | null, extra: Partial<NormativeDocument> = {}): NormativeDocument => ({
  kind: 'normative_document',
  publishedOn: publishedOn ? d(publishedOn) : null,
  ...extra,
});

// A township's register: two documents from 2022, three made in 2024 (one not yet in force on
// 31 Dec), one 2022 document abolished in 2024, one with a two-year 试行 period ending 2024-06-30.
const register: NormativeDocument[] = [
  doc('2022-03-01'),
  doc('2022-06-15', { abolishedOn: d('2024-05-20') }),
  doc('2022-07-01', { expiresOn: d('2024-06-30') }),
  doc('2024-02-01'),
  doc('2024-08-08'),
  doc('2024-12-20', { effectiveOn: d('2025-01-01') }),
  doc(null), // drafted, never published: not 制发, not valid
];

describe('table 二 first block from the normative-document register (§7.3)', () => {
  it('counts 2024: 3 issued, 2 abolished (one abolished, one expired), 4 currently valid', () => {
    // valid on 31 Dec 2024: 2022-03-01, 2024-02-01, 2024-08-08, 2024-12-20 (published, in force next year)
    expect(countArt20Item1(register, 2024)).toEqual({ issued_this_year: 3, abolished_this_year: 2, currently_valid: 4 });
  });

  it('does not count expiry as 废止 when the organ switches that default off', () => {
    const c = countArt20Item1(register, 2024, { countExpiryAsAbolished: false, countNotYetEffectiveAsValid: true });
    expect(c).toEqual({ issued_this_year: 3, abolished_this_year: 1, currently_valid: 5 });
  });

  it('leaves out documents not yet in force when so configured', () => {
    const c = countArt20Item1(register, 2024, { countExpiryAsAbolished: true, countNotYetEffectiveAsValid: false });
    expect(c.currently_valid).toBe(3);
  });

  it('keeps valid(Y) = valid(Y−1) + issued(Y) − abolished(Y) by construction', () => {
    const y23 = countArt20Item1(register, 2023);
    const y24 = countArt20Item1(register, 2024);
    expect(y23).toEqual({ issued_this_year: 0, abolished_this_year: 0, currently_valid: 3 });
    expect(y24.currently_valid).toBe(y23.currently_valid + y24.issued_this_year - y24.abolished_this_year);
  });

  it('reports 规章 as 0 for a township and keys cells as report-format.json does', () => {
    expect(art20Item1Cells(register, 2024)).toEqual({
      'active_disclosure.art20_item1.regulations.issued_this_year': 0,
      'active_disclosure.art20_item1.regulations.abolished_this_year': 0,
      'active_disclosure.art20_item1.regulations.currently_valid': 0,
      'active_disclosure.art20_item1.normative_documents.issued_this_year': 3,
      'active_disclosure.art20_item1.normative_documents.abolished_this_year': 2,
      'active_disclosure.art20_item1.normative_documents.currently_valid': 4,
    });
  });
});
