import { describe, expect, it } from 'vitest';
import { applicationLeafRows, cellKeys, formatForYear } from './index.ts';

describe('statutory formats as data', () => {
  it('gov_2021 table 三 has 21 outcome leaf rows and 25 numeric rows of 7 cells', () => {
    const rows = applicationLeafRows('gov_2021').map((r) => r.id);
    expect(rows.filter((id) => id.startsWith('outcomes.') && id !== 'outcomes.total')).toHaveLength(21);
    expect(rows).toHaveLength(25);
    expect(cellKeys('gov_2021', 'applications')).toHaveLength(175);
  });

  it('gov_2019 table 三 keeps （六）其他处理 as one row: 19 outcome leaves, 23 numeric rows', () => {
    const rows = applicationLeafRows('gov_2019').map((r) => r.id);
    expect(rows).toContain('outcomes.other_handling');
    expect(rows.filter((id) => id.startsWith('outcomes.') && id !== 'outcomes.total')).toHaveLength(19);
    expect(rows).toHaveLength(23);
  });

  it('table 四 has one row of 15 cells in both formats', () => {
    expect(cellKeys('gov_2021', 'review_litigation')).toHaveLength(15);
    expect(cellKeys('gov_2019', 'review_litigation')[0]).toBe('review_litigation.administrative_reconsideration.upheld');
  });

  it('table 二 of gov_2021 addresses cells as block.row.column', () => {
    expect(cellKeys('gov_2021', 'active_disclosure')).toContain(
      'active_disclosure.art20_item1.normative_documents.currently_valid',
    );
    expect(cellKeys('gov_2021', 'active_disclosure')).toHaveLength(10);
  });

  it('chooses gov_2019 for 2019–2020 and gov_2021 from 2021 on', () => {
    expect(formatForYear(2018)).toBeNull();
    expect(formatForYear(2020)).toBe('gov_2019');
    expect(formatForYear(2021)).toBe('gov_2021');
  });
});
