import { afterEach, describe, expect, it } from 'vitest';
import { chineseDaysArrangement } from './official-arrangements.ts';
import { computeStatutoryHolidays, statutoryHolidays } from './statutory-holidays.ts';

const dates = (year: number, name: string) =>
  [...statutoryHolidays(year)].filter(([, n]) => n.includes(name)).map(([date]) => date);

describe('statutory holidays of 《全国年节及纪念日放假办法》', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('gives 2027 four Spring Festival days from 除夕 5 February (正月初一 is Saturday 6 February 2027)', () => {
    expect(dates(2027, '春节')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  });

  it('puts 清明 2027 on 5 April, 端午 on 9 June and 中秋 on 15 September', () => {
    expect(dates(2027, '清明')).toEqual(['2027-04-05']);
    expect(dates(2027, '端午')).toEqual(['2027-06-09']);
    expect(dates(2027, '中秋')).toEqual(['2027-09-15']);
  });

  it('fixes 元旦 on 1 January, 劳动节 on 1–2 May and 国庆节 on 1–3 October', () => {
    expect(dates(2030, '元旦')).toEqual(['2030-01-01']);
    expect(dates(2030, '劳动节')).toEqual(['2030-05-01', '2030-05-02']);
    expect(dates(2030, '国庆节')).toEqual(['2030-10-01', '2030-10-02', '2030-10-03']);
  });

  it('lies inside the official arrangement for 2025 and 2026, the years since the 2024 revision', () => {
    for (const year of [2025, 2026]) {
      for (const date of statutoryHolidays(year).keys()) {
        expect(chineseDaysArrangement.holidays.has(date), `${date} should be an official holiday`).toBe(true);
      }
    }
  });

  it('names a 中秋 that falls on 3 October 2028 for both festivals', () => {
    expect(statutoryHolidays(2028).get('2028-10-03' as never)).toBe('中秋节、国庆节');
  });

  it('does not depend on the machine time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    const west = [...computeStatutoryHolidays(2031)];
    process.env.TZ = 'Pacific/Kiritimati';
    const east = [...computeStatutoryHolidays(2031)];
    process.env.TZ = 'Asia/Shanghai';
    const beijing = [...computeStatutoryHolidays(2031)];
    expect(west).toEqual(beijing);
    expect(east).toEqual(beijing);
  });
});
