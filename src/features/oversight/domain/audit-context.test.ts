// The bulk audit's context for one uploaded report: which printed names are the same organ, which file
// of the batch is last year's report, and where level and publication date come from (the order is the
// one documented in audit-context.ts; dates and names are those of the corpus reports).
import { describe, expect, it } from 'vitest';
import { matchTreeAgency, priorInBatch, resolveContext, sameAgencyName, uncheckedReasons, type ContextInput } from './audit-context.ts';

describe('sameAgencyName', () => {
  it('pairs the two ways 洪泽区 prints its name, and never two organs that share only 人民政府', () => {
    expect(sameAgencyName('洪泽区人民政府', '淮安市洪泽区人民政府')).toBe(true);
    expect(sameAgencyName('曹镇乡人民政府', '湛河区曹镇乡人民政府')).toBe(true);
    expect(sameAgencyName('沭阳县人民政府', '沐阳县人民政府')).toBe(false);
    expect(sameAgencyName('人民政府', '淮安市人民政府')).toBe(false);
    expect(sameAgencyName('县人民政府', '沭阳县人民政府')).toBe(false);
    expect(sameAgencyName(null, '淮安市人民政府')).toBe(false);
  });
});

describe('priorInBatch', () => {
  const batch = [
    { seq: 1, fileName: '洪泽区2024.pdf', agencyName: '淮安市洪泽区人民政府', year: 2024 },
    { seq: 2, fileName: '淮安市2023.pdf', agencyName: '淮安市人民政府', year: 2023 },
    { seq: 3, fileName: '洪泽区2023.pdf', agencyName: '洪泽区人民政府', year: 2023 },
    { seq: 4, fileName: '洪泽区2022.pdf', agencyName: '洪泽区人民政府', year: 2022 },
  ];
  it('takes the same organ’s report of the year before, not another organ’s of that year', () => {
    expect(priorInBatch(batch[0]!, batch)?.seq).toBe(3);
    expect(priorInBatch(batch[2]!, batch)?.seq).toBe(4);
    expect(priorInBatch(batch[3]!, batch)).toBeNull();
    expect(priorInBatch(batch[1]!, batch)).toBeNull();
  });
  it('prefers the file whose name is printed exactly the same', () => {
    const two = [...batch, { seq: 5, fileName: '洪泽区2023-另一份.pdf', agencyName: '淮安市洪泽区人民政府', year: 2023 }];
    expect(priorInBatch(two[0]!, two)?.seq).toBe(5);
  });
});

describe('matchTreeAgency', () => {
  const tree = [
    { id: 'c', name: '示范县人民政府', shortName: '示范县政府', level: 'county_government' as const },
    { id: 't', name: '土门关乡人民政府', shortName: '土门关乡', level: 'township' as const },
    { id: 'z', name: '湛河区曹镇乡人民政府', shortName: null, level: 'township' as const },
  ];
  it('matches a full name, a short name, or a name printed with or without the county in front', () => {
    expect(matchTreeAgency('土门关乡人民政府', tree)?.id).toBe('t');
    expect(matchTreeAgency('土门关乡', tree)?.id).toBe('t');
    expect(matchTreeAgency('曹镇乡人民政府', tree)?.id).toBe('z');
    expect(matchTreeAgency('草坝镇人民政府', tree)).toBeNull();
  });
});

describe('resolveContext', () => {
  const base: ContextInput = {
    read: { agencyName: '沭阳县发展和改革局', year: 2023 },
    corrections: {},
    batch: { publishedOn: null, agencyLevel: null },
    stated: null,
    treeAgency: null,
    prior: null,
  };

  it('lists every rule that cannot run when nothing is known', () => {
    const c = resolveContext({ ...base, read: { agencyName: '某某单位', year: 2023 } });
    expect(c.agencyLevel).toBeNull();
    expect(c.publishedOn).toBeNull();
    expect(c.unchecked).toEqual([uncheckedReasons.noDate, uncheckedReasons.noLevel, uncheckedReasons.noPrior, uncheckedReasons.noRecords]);
  });

  it('without a year nothing that depends on the year is claimed', () => {
    const c = resolveContext({ ...base, read: { agencyName: null, year: null }, prior: { kind: 'batch', seq: 2, fileName: 'x', year: 2022 } });
    expect(c.prior).toBeNull();
    expect(c.unchecked).toEqual([uncheckedReasons.noYear, uncheckedReasons.noRecords]);
  });

  it('takes the page’s 发布日期 over the batch default, and the batch default over the signature date', () => {
    expect(resolveContext({ ...base, stated: { date: '2024-01-17', source: 'page' }, batch: { publishedOn: '2024-02-01', agencyLevel: null } }).publishedOn).toEqual({ value: '2024-01-17', source: 'page' });
    expect(resolveContext({ ...base, stated: { date: '2024-01-17', source: 'signature' }, batch: { publishedOn: '2024-02-01', agencyLevel: null } }).publishedOn).toEqual({ value: '2024-02-01', source: 'batch' });
    expect(resolveContext({ ...base, stated: { date: '2024-01-17', source: 'signature' } }).publishedOn).toEqual({ value: '2024-01-17', source: 'signature' });
    expect(resolveContext({ ...base, stated: { date: '2024-01-17', source: 'page' }, corrections: { publishedOn: '2024-03-05' } }).publishedOn).toEqual({ value: '2024-03-05', source: 'corrected' });
  });

  it('takes the level from a correction, then the agency tree, then the name, then the batch default', () => {
    const tree = { id: 'x', name: '沭阳县发展和改革局', shortName: null, level: 'county_department' as const };
    expect(resolveContext({ ...base, corrections: { agencyLevel: 'prefecture_department' }, treeAgency: tree }).agencyLevel?.source).toBe('corrected');
    expect(resolveContext({ ...base, treeAgency: tree, batch: { publishedOn: null, agencyLevel: 'township' } }).agencyLevel).toMatchObject({ value: 'county_department', source: 'tree' });
    expect(resolveContext({ ...base, batch: { publishedOn: null, agencyLevel: 'township' } }).agencyLevel).toMatchObject({ value: 'county_department', source: 'name' });
    expect(resolveContext({ ...base, read: { agencyName: '某某单位', year: 2023 }, batch: { publishedOn: null, agencyLevel: 'township' } }).agencyLevel).toMatchObject({ value: 'township', source: 'batch' });
  });

  it('uses the corrected name and year, and says so', () => {
    const c = resolveContext({ ...base, corrections: { agencyName: '沭阳县人民政府', year: 2025 } });
    expect(c).toMatchObject({ agencyName: '沭阳县人民政府', agencyNameCorrected: true, year: 2025, yearCorrected: true, agencyLevel: { value: 'county_government', source: 'name' } });
  });
});
