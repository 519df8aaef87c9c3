import { describe, expect, it } from 'vitest';
import { ART20_CATEGORIES, PORTAL_COLUMNS, categoriesFor, categoryLabel } from './categories.ts';

describe('专栏 categories', () => {
  it('lists all fifteen items of 条例第二十条 in the statutory order', () => {
    expect(ART20_CATEGORIES).toHaveLength(15);
    expect(ART20_CATEGORIES[0].id).toBe('laws_and_documents');
    expect(ART20_CATEGORIES[14].id).toBe('other_statutory');
  });

  it('has the four first-level sub-columns of 国办公开办函〔2019〕61号', () => {
    expect(PORTAL_COLUMNS.map((c) => c.label)).toEqual(['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报']);
  });

  it('adds the eight township items of 条例第二十一条 for a township', () => {
    const ids = categoriesFor('township').map((c) => c.id);
    expect(ids).toHaveLength(23);
    expect(ids).toContain('homestead_review');
    expect(ids).toContain('fund_and_labour_raising');
  });

  it('adds county items without duplicating shared ones, then the agency own columns', () => {
    const cats = categoriesFor('county', [{ id: 'housing_security', label: '住房保障' }]);
    expect(cats.filter((c) => c.id === 'land_expropriation')).toHaveLength(1);
    expect(cats.at(-1)).toMatchObject({ id: 'housing_security', label: '住房保障' });
  });

  it('leaves a hidden own column out of the choices, keeping the others in the agency’s order', () => {
    const cats = categoriesFor('township', [
      { id: 'own_1', label: '村务公开' },
      { id: 'own_2', label: '旧栏目', hidden: true },
      { id: 'own_3', label: '乡村振兴' },
    ]);
    expect(cats.slice(-2).map((c) => c.label)).toEqual(['村务公开', '乡村振兴']);
    expect(cats).toHaveLength(25);
  });

  it('labels a known id in Chinese and falls back for agency columns', () => {
    expect(categoryLabel('budgets')).toBe('财政预决算');
    expect(categoryLabel('housing_security', '住房保障')).toBe('住房保障');
  });
});
