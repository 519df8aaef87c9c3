import { describe, expect, it } from 'vitest';
import { orderAsTree, placementProblem } from './agency.ts';

describe('agency tree rules', () => {
  it('lets a county government hold townships, subdistricts, departments and its 政务公开办', () => {
    const county = { level: 'county_government' as const, name: '示范县人民政府' };
    expect(placementProblem('township', county)).toBeNull();
    expect(placementProblem('subdistrict', county)).toBeNull();
    expect(placementProblem('county_department', county)).toBeNull();
    expect(placementProblem('disclosure_office', county)).toBeNull();
  });

  it('refuses a township under a township, with the reason in Chinese', () => {
    expect(placementProblem('township', { level: 'township', name: '草坝镇人民政府' })).toBe(
      '“草坝镇人民政府”（乡镇人民政府）之下不能设立乡镇人民政府。',
    );
  });

  it('refuses a provincial department under a county government', () => {
    expect(placementProblem('provincial_department', { level: 'county_government', name: '示范县人民政府' })).not.toBeNull();
  });

  it('allows a township installed on its own as the root, but never a 政务公开办 without a government', () => {
    expect(placementProblem('township', null)).toBeNull();
    expect(placementProblem('disclosure_office', null)).toBe('政务公开办必须设在某一级人民政府之下，请选择上级单位。');
  });

  it('orders agencies parent first, siblings by sort order then code, with depth', () => {
    const rows = [
      { id: 't2', parentId: 'c', sortOrder: 2, code: 'B' },
      { id: 'c', parentId: null, sortOrder: 0, code: 'C' },
      { id: 't1', parentId: 'c', sortOrder: 1, code: 'Z' },
      { id: 'd', parentId: 'c', sortOrder: 2, code: 'A' },
      { id: 'x', parentId: 't1', sortOrder: 0, code: 'X' },
    ];
    expect(orderAsTree(rows).map((r) => `${r.id}:${r.depth}`)).toEqual(['c:0', 't1:1', 'x:2', 'd:1', 't2:1']);
  });

  it('shows an agency whose parent the reader cannot see as a root', () => {
    expect(orderAsTree([{ id: 't', parentId: 'hidden', sortOrder: 0, code: 'T' }]).map((r) => r.depth)).toEqual([0]);
  });
});
