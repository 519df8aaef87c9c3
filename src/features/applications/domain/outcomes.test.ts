import { describe, expect, it } from 'vitest';
import { applicationColumns, applicationLeafRows } from '../../../report/formats/index.ts';
import { applicantTypes } from './applicant-types.ts';
import { outcomeCodes, outcomeLabels } from './outcomes.ts';

describe('outcome codes and applicant types are the ids of 年报表三', () => {
  it('has the 21 outcome leaf rows of gov_2021 (1+1+8+3+5+3), in printed order', () => {
    const rows = applicationLeafRows('gov_2021')
      .map((r) => r.id)
      .filter((id) => id.startsWith('outcomes.') && id !== 'outcomes.total');
    expect(outcomeCodes.length).toBe(21);
    expect([...outcomeCodes]).toEqual(rows);
  });

  it('has the six applicant columns 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他 and no total', () => {
    expect([...applicantTypes]).toEqual(applicationColumns('gov_2021').filter((c) => c !== 'total'));
    expect(applicantTypes).toHaveLength(6);
  });

  it('labels every outcome in Chinese', () => {
    for (const code of outcomeCodes) expect(outcomeLabels[code]).toMatch(/[\u4e00-\u9fff]/);
  });

});
