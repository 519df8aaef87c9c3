import { describe, expect, it } from 'vitest';
import { applicationLeafRows } from '../report/formats/index.ts';
import {
  chineseNumber,
  isWithholdingGround,
  outcomeRowFor,
  remedyStatement,
  replyTypeDefinition,
  replyTypeDefinitions,
  replyTypes,
  withholdingGround,
  withholdingGrounds,
} from './replies.ts';

const rows2021 = applicationLeafRows('gov_2021').map((r) => r.id);
const rows2019 = applicationLeafRows('gov_2019').map((r) => r.id);

describe('reply types of 条例第三十条、第三十五条至第三十九条', () => {
  it('defines every reply type exactly once', () => {
    expect(replyTypeDefinitions.map((r) => r.id)).toEqual([...replyTypes]);
  });

  it('counts every reply type under a real table 三 row of the 2021 and the 2019 format', () => {
    for (const id of replyTypes) {
      expect(rows2021, id).toContain(outcomeRowFor(id, 'gov_2021'));
      expect(rows2019, id).toContain(outcomeRowFor(id, 'gov_2019'));
    }
  });

  it('reaches every outcome row of the 2021 table 三 from some reply type', () => {
    const used = new Set(replyTypes.map((id) => outcomeRowFor(id, 'gov_2021')));
    expect(rows2021.filter((row) => row.startsWith('outcomes.') && row !== 'outcomes.total' && !used.has(row))).toEqual([]);
  });

  it('maps the refusals to their own withheld rows (条例第三十六条第（三）项)', () => {
    expect(outcomeRowFor('withheld_state_secret', 'gov_2021')).toBe('outcomes.withheld.state_secret');
    expect(outcomeRowFor('withheld_third_party', 'gov_2021')).toBe('outcomes.withheld.third_party_rights');
    expect(outcomeRowFor('withheld_process_info', 'gov_2021')).toBe('outcomes.withheld.process_information');
  });

  it('collapses the three “other handling” rows into one row in the 2019 format', () => {
    expect(outcomeRowFor('fee_unpaid', 'gov_2021')).toBe('outcomes.other_handling.fee_unpaid_overdue');
    expect(outcomeRowFor('fee_unpaid', 'gov_2019')).toBe('outcomes.other_handling');
    expect(outcomeRowFor('correction_overdue', 'gov_2019')).toBe('outcomes.other_handling');
    expect(outcomeRowFor('withdrawn', 'gov_2019')).toBe('outcomes.other_handling');
  });

  it('marks the practice readings of README U7 and lets an organ remap only those', () => {
    for (const id of ['already_public', 'special_procedure', 'not_this_organ', 'not_government_information'] as const) {
      expect(replyTypeDefinition(id).mapping).toBe('practice');
    }
    expect(outcomeRowFor('not_this_organ', 'gov_2021')).toBe('outcomes.unable_to_provide.not_held');
    expect(outcomeRowFor('not_this_organ', 'gov_2021', { not_this_organ: 'outcomes.other_handling.other' })).toBe(
      'outcomes.other_handling.other',
    );
    expect(outcomeRowFor('disclosed', 'gov_2021', { disclosed: 'outcomes.other_handling.other' })).toBe('outcomes.granted');
  });

  it('requires reasons for refusals, partial disclosure and “not this organ” (条例第三十六条第（三）（五）项、第三十七条)', () => {
    const required = replyTypeDefinitions.filter((r) => r.reason === 'required').map((r) => r.id);
    for (const id of ['partially_disclosed', 'withheld_state_secret', 'withheld_enforcement_file', 'not_this_organ'] as const) {
      expect(required).toContain(id);
    }
    expect(replyTypeDefinition('disclosed').reason).toBe('not_needed');
  });

  it('offers only reconsideration first for refusals (复议前置) and a choice of 复议 or 诉讼 otherwise', () => {
    const authorities = { reconsiderationBody: '某某县人民政府', court: '某某县人民法院' };
    expect(remedyStatement('withheld_internal_affairs', authorities)).toBe(
      '申请人如对本答复不服，可以自收到本答复之日起六十日内向某某县人民政府申请行政复议；' +
        '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内向某某县人民法院提起行政诉讼。',
    );
    expect(remedyStatement('partially_disclosed', authorities)).toContain('十五日内');
    expect(remedyStatement('not_exist', authorities)).toBe(
      '申请人如对本答复不服，可以自收到本答复之日起六十日内向某某县人民政府申请行政复议，' +
        '或者自收到本答复之日起六个月内向某某县人民法院提起行政诉讼。',
    );
  });

  it("prints the organ's configured periods in Chinese numerals (spec §8.1)", () => {
    const authorities = { reconsiderationBody: '某某市人民政府', court: '某某市中级人民法院', reconsiderationDays: 90, litigationMonths: 3 };
    expect(remedyStatement('disclosed', authorities)).toBe(
      '申请人如对本答复不服，可以自收到本答复之日起九十日内向某某市人民政府申请行政复议，' +
        '或者自收到本答复之日起三个月内向某某市中级人民法院提起行政诉讼。',
    );
    // 行政诉讼法第四十五条's 15 days after the reconsideration decision is not the organ's to change.
    expect(remedyStatement('withheld_third_party', authorities)).toBe(
      '申请人如对本答复不服，可以自收到本答复之日起九十日内向某某市人民政府申请行政复议；' +
        '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内向某某市中级人民法院提起行政诉讼。',
    );
  });
});

describe('chineseNumber', () => {
  it('writes periods as official letters do', () => {
    expect(chineseNumber(6)).toBe('六');
    expect(chineseNumber(10)).toBe('十');
    expect(chineseNumber(15)).toBe('十五');
    expect(chineseNumber(60)).toBe('六十');
    expect(chineseNumber(90)).toBe('九十');
    expect(chineseNumber(100)).toBe('一百');
    expect(chineseNumber(105)).toBe('一百零五');
    expect(chineseNumber(120)).toBe('一百二十');
    expect(chineseNumber(365)).toBe('三百六十五');
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(1.5)).toThrow(RangeError);
  });
});

describe('withholding grounds (条例第十四条、第十五条、第十六条)', () => {
  it('are exactly the refusal types of 条例第三十六条第（三）项', () => {
    expect(withholdingGrounds.map((g) => g.id)).toEqual(replyTypes.filter((id) => id.startsWith('withheld_')));
    for (const g of withholdingGrounds) expect(replyTypeDefinition(g.id).remedy).toBe('reconsideration_first');
  });

  it('name the article each ground rests on', () => {
    expect(withholdingGround('withheld_state_secret').article).toBe('第十四条');
    expect(withholdingGround('withheld_third_party').article).toBe('第十五条');
    expect(withholdingGround('withheld_internal_affairs').article).toBe('第十六条第一款');
    expect(withholdingGround('withheld_process_info').article).toBe('第十六条第二款');
    expect(isWithholdingGround('withheld_enforcement_file')).toBe(true);
    expect(isWithholdingGround('disclosed')).toBe(false);
  });
});
