import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.ts';
import { checkSameAsLastYear, textSimilarity } from './same-as-last-year.ts';

const text2022 = '2022年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作，依法保障群众的知情权、参与权和监督权。';
const text2023 = '2023年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作，依法保障群众的知情权、参与权和监督权。';
const fresh = '本年度重点围绕乡村振兴、惠民资金发放和征地拆迁补偿开展公开，新建村务公开栏十二处，并首次开通镇政府微信公众号公开专栏。';

const report = (year: number, general: string) => buildReport({ format: 'gov_2021', year, agency: '某镇人民政府', texts: { general_situation: general } });

describe('R_SAME_AS_LAST_YEAR', () => {
  it('texts differing only in the year are near-identical', () => {
    expect(textSimilarity(text2022, text2023)).toBe(1);
  });
  it('a section 一 copied from last year is warned', () => {
    const found = checkSameAsLastYear(report(2023, text2023), report(2022, text2022));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_SAME_AS_LAST_YEAR', 'warning']]);
    expect(found[0]!.message).toContain('"一、总体情况"与上年度报告的文字相似度为 100%');
  });
  it('a newly written section 一 passes', () => {
    expect(checkSameAsLastYear(report(2023, fresh), report(2022, text2022))).toEqual([]);
  });
  it('without last year\'s report nothing is compared', () => {
    expect(checkSameAsLastYear(report(2023, text2023), undefined)).toEqual([]);
  });
});
