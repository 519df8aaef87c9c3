// The loud warning that a year's holiday arrangement is not loaded (issue 4 item 2): shown on the staff
// home page (/admin/applications), the calendar pages and wherever a computed deadline reaches such a year.
import type { CalendarWarning } from '../../../law/calendar.ts';

export function CalendarWarnings({ warnings, canEdit }: { readonly warnings: readonly CalendarWarning[]; readonly canEdit?: boolean }) {
  if (warnings.length === 0) return null;
  return (
    <div class="notice notice-error calendar-warning" role="alert">
      <strong>节假日安排未载入，期限可能不准</strong>
      {warnings.map((w) => (
        <p>{w.message}</p>
      ))}
      <p>
        {canEdit ? (
          <a href={`/admin/calendar/${warnings[0]?.year ?? ''}`}>录入{warnings[0]?.year}年节假日安排</a>
        ) : (
          <>
            <a href={`/admin/calendar/${warnings[0]?.year ?? ''}`}>查看节假日安排</a>（由县级人民政府管理员或政务公开办录入）
          </>
        )}
      </p>
    </div>
  );
}
