import { describe, expect, it } from 'vitest';
import { localDate as d } from '../../../law/local-date.ts';
import { art20Item1Cells, countArt20Item1, countGov2019Art20Item1, gov2019Art20Item1Cells, type NormativeDocument } from './normative-register.ts';

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

describe('table 二 first block in the 2019 format (report years 2019–2020, §7.3 last paragraph)', () => {
  // A township's register as it stood when the 2020 report was written:
  //   A 成文 2019-11-20, published 2020-01-06 (made in 2019, published in 2020)
  //   B 成文 2020-03-02, published 2020-03-10
  //   C 成文 2020-12-28, published 2021-01-08 (made in 2020, not public until 2021)
  //   D 成文 2018-05-04, published 2018-05-10, abolished 2020-06-30 (still a published document, marked 废止)
  //   E 成文 2019-02-01, published 2019-02-15, withdrawn from the portal 2020-09-01
  //   F 成文 2020-04-01, never published (a draft: not counted at all)
  const register2019: NormativeDocument[] = [
    doc('2020-01-06', { writtenOn: d('2019-11-20') }),
    doc('2020-03-10', { writtenOn: d('2020-03-02') }),
    doc('2021-01-08', { writtenOn: d('2020-12-28') }),
    doc('2018-05-10', { writtenOn: d('2018-05-04'), abolishedOn: d('2020-06-30') }),
    doc('2019-02-15', { writtenOn: d('2019-02-01'), withdrawnOn: d('2020-09-01') }),
    doc(null, { writtenOn: d('2020-04-01') }),
  ];

  it('2020: made B and C (2), published A and B (2), publicly available on 31 Dec A, B, D (3)', () => {
    expect(countGov2019Art20Item1(register2019, 2020)).toEqual({ newly_made: 2, newly_published: 2, total_published: 3 });
  });

  it('2019: made A and E (2), published E (1), available D and E (2) — E was withdrawn only in 2020', () => {
    expect(countGov2019Art20Item1(register2019, 2019)).toEqual({ newly_made: 2, newly_published: 1, total_published: 2 });
  });

  it('keys the cells with the 2019 format column ids, 规章 0 for a township', () => {
    expect(gov2019Art20Item1Cells(register2019, 2020)).toEqual({
      'active_disclosure.art20_item1.regulations.newly_made': 0,
      'active_disclosure.art20_item1.regulations.newly_published': 0,
      'active_disclosure.art20_item1.regulations.total_published': 0,
      'active_disclosure.art20_item1.normative_documents.newly_made': 2,
      'active_disclosure.art20_item1.normative_documents.newly_published': 2,
      'active_disclosure.art20_item1.normative_documents.total_published': 3,
    });
  });
});
