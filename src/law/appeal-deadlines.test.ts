import { describe, expect, it } from 'vitest';
import { defenceDue, reconsiderationAnswerDue } from './appeal-deadlines.ts';
import { localDate as d } from './local-date.ts';
import { createOfficialCalendar } from './official-arrangements.ts';

// Worked by hand on the 2024 arrangement (国办发明电〔2023〕7号): 国庆节 1–7 October off, Sunday 29 September and
// Saturday 12 October 调休上班.
const calendar = createOfficialCalendar();

describe('the written answer to a 行政复议 (行政复议法第四十八条、第五十四条、第八十八条第二款)', () => {
  it('is due on the 10th working day after the copy arrived, across the National Day holiday and both 调休 days', () => {
    // 9-26 ①, 9-27 ②, 9-29 (Sun, 调休) ③, 9-30 ④, 10-08 ⑤, 10-09 ⑥, 10-10 ⑦, 10-11 ⑧, 10-12 (Sat, 调休) ⑨, 10-14 ⑩.
    const due = reconsiderationAnswerDue(calendar, d('2024-09-25'), 'ordinary');
    expect(due.dueOn).toBe('2024-10-14');
    expect(due.basis).toContain('第四十八条');
    expect(due.warnings).toEqual([]);
  });

  it('is due on the 5th working day under the 简易程序 that 政府信息公开 cases may take', () => {
    // 9-26 ①, 9-27 ②, 9-29 ③, 9-30 ④, 10-08 ⑤.
    const due = reconsiderationAnswerDue(calendar, d('2024-09-25'), 'simplified');
    expect(due.dueOn).toBe('2024-10-08');
    expect(due.basis).toContain('第五十四条');
  });
});

describe('the defence to a lawsuit (行政诉讼法第六十七条, 民事诉讼法第八十五条)', () => {
  it('is due 15 calendar days after the complaint arrived when that day is a working day', () => {
    expect(defenceDue(calendar, d('2024-11-04')).dueOn).toBe('2024-11-19');
  });

  it('moves to the first working day after a weekend', () => {
    // 11-01 + 15 = Saturday 11-16 → Monday 11-18.
    const due = defenceDue(calendar, d('2024-11-01'));
    expect(due.dueOn).toBe('2024-11-18');
    expect(due.steps.at(-1)).toContain('顺延');
  });

  it('moves past the whole National Day holiday', () => {
    // 09-20 + 15 = Saturday 10-05, inside the holiday → Tuesday 10-08.
    expect(defenceDue(calendar, d('2024-09-20')).dueOn).toBe('2024-10-08');
  });

  it('keeps a 调休 Saturday, which is a working day and no 法定休假日', () => {
    // 09-27 + 15 = Saturday 10-12, a 调休上班日.
    expect(defenceDue(calendar, d('2024-09-27')).dueOn).toBe('2024-10-12');
  });
});
