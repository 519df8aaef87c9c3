// What the catalogue services need besides the ServiceContext, built once at start-up.
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import { createOfficialCalendar } from '../../law/official-arrangements.ts';
import { attachmentsDir } from './attachments.ts';
import type { CatalogueDeps } from './catalogue.service.ts';

/**
 * `currentCalendar` gives the calendar 条例第二十六条's 20 working days are counted on, read on every use:
 * the web app passes the installation's calendar store (overrides entered at /admin/calendar); without
 * it, the bundled official arrangements.
 */
export function createCatalogueDeps(dataDir: string, currentCalendar?: () => WorkingDayCalendar): CatalogueDeps {
  const fixed = currentCalendar ? null : createOfficialCalendar();
  return {
    get calendar() {
      return fixed ?? currentCalendar!();
    },
    filesDir: attachmentsDir(dataDir),
  };
}
