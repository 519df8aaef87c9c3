// Validation of a year's arrangement entered from the 国务院办公厅 notice; the dates and weekdays below
// were read off a printed calendar (2025-01-26 and 2025-02-08 are a Sunday and a Saturday).
import { describe, expect, it } from 'vitest';
import { arrangementDays, arrangementFormValues, arrangementFromDays, arrangementInputFromForm, validateArrangement } from './arrangement.ts';
import { validateDay } from './day.ts';

// 国办发明电〔2024〕12号, the 2025 arrangement as the notice words it (元旦 and 春节 only here):
// 一、元旦：1月1日（周三）放假1天，不调休。二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）
// 放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
const notice2025 = {
  year: 2025,
  document: '国办发明电〔2024〕12号',
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01', makeupWorkdays: [] },
    { name: '春节', from: '2025-01-28', to: '2025-02-04', makeupWorkdays: ['2025-01-26', '2025-02-08'] },
  ],
};

describe('a year’s arrangement as the notice reads', () => {
  it('accepts the 2025 notice and stands for 9 days off and 2 调休上班日', () => {
    const result = validateArrangement(notice2025);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const days = arrangementDays(result.arrangement);
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual([
      '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    ]);
    expect(days.filter((d) => d.kind === 'makeup_workday')).toEqual([
      { date: '2025-01-26', kind: 'makeup_workday', note: '春节' },
      { date: '2025-02-08', kind: 'makeup_workday', note: '春节' },
    ]);
    // And back into the notice's shape for the form.
    expect(arrangementFromDays(2025, notice2025.document, days)).toEqual(result.arrangement);
  });

  it('reads the form: dates of 调休上班日 separated by 、 or spaces, blank rows ignored', () => {
    const input = arrangementInputFromForm(2025, {
      document: '国办发明电〔2024〕12号',
      holiday0Name: '春节', holiday0From: '2025-01-28', holiday0To: '2025-02-04', holiday0Makeup: '2025-01-26、 2025-02-08',
    });
    const result = validateArrangement(input);
    expect(result.ok && result.arrangement.holidays).toEqual([{ name: '春节', from: '2025-01-28', to: '2025-02-04', makeupWorkdays: ['2025-01-26', '2025-02-08'] }]);
  });

  it('says in Chinese what is wrong, field by field', () => {
    const result = validateArrangement({
      year: 2025,
      document: ' ',
      holidays: [
        { name: '元旦', from: '2025-01-01', to: '2024-12-31', makeupWorkdays: [] },
        { name: '春节', from: '2025-01-28', to: '2025-02-04', makeupWorkdays: ['2025-01-27', '2025-02-08', '2025-02-31'] },
        { name: '', from: '2025-05-01', to: '2025-05-05', makeupWorkdays: [] },
        { name: '国庆节', from: '2025-10-01', to: '2025-10-20', makeupWorkdays: [] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      document: '请填写通知文号，例如“国办发明电〔2025〕7号”。',
      holiday0To: '放假结束日期2024-12-31不在2025年内；本表只录入2025年的日期，跨年的日期请到相应年份逐日设置。',
      // 2025-01-27 is a Monday; the first problem of the field is shown.
      holiday1Makeup: '调休上班日必须是星期六或星期日，2025年1月27日不是。',
      holiday2Name: '请填写节日名称，例如“春节”。',
      holiday3To: '一个节日放假不超过15天，请核对起止日期（现为20天）。',
    });
  });

  it('refuses an empty arrangement, a year out of range, and the same 调休上班日 twice', () => {
    const empty = validateArrangement({ year: 2025, document: '国办发明电〔2024〕12号', holidays: [{ name: '', from: '', to: '', makeupWorkdays: '' }] });
    expect(!empty.ok && empty.errors.holiday0Name).toBe('请至少填写一个节日的放假日期。');
    const year = validateArrangement({ ...notice2025, year: '二〇二五' });
    expect(!year.ok && year.errors.year).toBe('年份应为 2000 至 2100 之间的整数，例如 2027。');
    const twice = validateArrangement({
      ...notice2025,
      holidays: [
        { name: '春节', from: '2025-01-28', to: '2025-02-04', makeupWorkdays: ['2025-01-26'] },
        { name: '清明节', from: '2025-04-04', to: '2025-04-06', makeupWorkdays: ['2025-01-26'] },
      ],
    });
    expect(!twice.ok && twice.errors.holiday1Makeup).toBe('1月26日已是“春节”的放假日或调休上班日，同一天不能重复录入。');
  });

  it('fills the empty form with the seven festivals of the notice', () => {
    const values = arrangementFormValues({ year: 2027, document: '', holidays: [] });
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => values[`holiday${i}Name`])).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
  });
});

describe('a single day', () => {
  it('accepts a Saturday as 调休上班日 and refuses a weekday, in Chinese', () => {
    expect(validateDay({ date: '2025-02-08', kind: 'makeup_workday', note: '春节', document: '' })).toEqual({
      ok: true,
      day: { date: '2025-02-08', kind: 'makeup_workday', note: '春节', document: '' },
    });
    // 2025-02-10 is a Monday.
    expect(validateDay({ date: '2025-02-10', kind: 'makeup_workday', note: '', document: '' })).toEqual({
      ok: false,
      errors: { kind: '调休上班日必须是星期六或星期日，2025年2月10日不是。' },
    });
  });

  it('needs a festival name for a holiday, a real date and a known kind', () => {
    const result = validateDay({ date: '2025-02-30', kind: 'festival', note: '', document: '' });
    expect(result).toEqual({
      ok: false,
      errors: { date: '日期“2025-02-30”不存在：2025年2月只有28天。', kind: '请选择日期类型：法定节假日、调休上班日、工作日或休息日。' },
    });
    expect(validateDay({ date: '2025-03-03', kind: 'holiday', note: ' ', document: '' })).toEqual({ ok: false, errors: { note: '请填写节日名称，例如“春节”。' } });
  });
});
