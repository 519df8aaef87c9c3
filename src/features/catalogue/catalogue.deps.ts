// What the catalogue services need besides the ServiceContext, built once at start-up.
import { createOfficialCalendar } from '../../law/official-arrangements.ts';
import type { CalendarOverride } from '../../law/calendar.ts';
import { attachmentsDir } from './attachments.ts';
import type { CatalogueDeps } from './catalogue.service.ts';

export function createCatalogueDeps(dataDir: string, overrides: readonly CalendarOverride[] = []): CatalogueDeps {
  return { calendar: createOfficialCalendar(overrides), filesDir: attachmentsDir(dataDir) };
}
