import { describe, expect, it } from 'vitest';
import { localDate } from '../../../law/local-date.ts';
import { deadlineStatus, deadlineTags, reportDeadline } from './deadline.ts';

// 条例第四十九条：部门 1月31日前；县级以上地方人民政府 3月31日前；乡镇由县级主管部门确定（默认1月31日）。
describe('the publication deadline of a report', () => {
  it('is 31 January for a department and a township by default, 31 March for a county government', () => {
    expect(reportDeadline(2024, 'county_department').dueOn).toBe('2025-01-31');
    expect(reportDeadline(2024, 'township').dueOn).toBe('2025-01-31');
    expect(reportDeadline(2024, 'county_government').dueOn).toBe('2025-03-31');
    expect(reportDeadline(2024, undefined).dueOn).toBe('2025-01-31');
  });

  it('follows the date the county set for its townships', () => {
    expect(reportDeadline(2024, 'township', '02-15').dueOn).toBe('2025-02-15');
  });

  const deadline = reportDeadline(2024, 'township');
  it('counts calendar days left, then the last day, then days late', () => {
    // 2025-01-15 → 01-31: 16 days.
    expect(deadlineStatus(deadline, { status: 'draft', publishedOn: null }, localDate('2025-01-15'))).toMatchObject({ state: 'running', days: 16, label: '距2025年1月31日的公布期限还有 16 天' });
    expect(deadlineStatus(deadline, { status: 'approved', publishedOn: null }, localDate('2025-01-31'))).toMatchObject({ state: 'due_today', days: 0 });
    // 2025-02-03 is 3 days after 01-31 (a weekend deadline is not moved).
    expect(deadlineStatus(deadline, { status: 'submitted', publishedOn: null }, localDate('2025-02-03'))).toMatchObject({ state: 'late', days: 3, label: '已超过2025年1月31日的公布期限 3 天，尚未公布' });
  });

  it('judges a published report by its publication date, not today', () => {
    expect(deadlineStatus(deadline, { status: 'published', publishedOn: '2025-01-31' }, localDate('2026-06-01'))).toMatchObject({ state: 'published_on_time', label: '已于2025年1月31日公布，在2025年1月31日的公布期限内' });
    expect(deadlineStatus(deadline, { status: 'published', publishedOn: '2025-02-10' }, localDate('2026-06-01'))).toMatchObject({ state: 'published_late', days: 10 });
  });

  it('never says 按期公布 for a report published before its own year was over', () => {
    // The 2024 report published on 2024-12-07 is before the 2025-01-31 deadline but against R_REPORT_DATE.
    const early = deadlineStatus(deadline, { status: 'published', publishedOn: '2024-12-07' }, localDate('2025-06-01'));
    expect(early).toMatchObject({ state: 'published_early', label: '已于2024年12月7日公布，但报告日期2024年12月7日早于2024年度统计期结束（2025年1月1日起才能公布），须核实并更正' });
    expect(deadlineTags[early.state]).toBe('年度未结束即公布');
    // Signed (落款) inside the year, published after it: also not on time.
    expect(deadlineStatus(deadline, { status: 'published', publishedOn: '2025-01-10', reportDate: '2024-12-30' }, localDate('2025-06-01')).state).toBe('published_early');
    expect(deadlineStatus(deadline, { status: 'published', publishedOn: '2025-01-01', reportDate: '2025-01-01' }, localDate('2025-06-01')).state).toBe('published_on_time');
  });
});
