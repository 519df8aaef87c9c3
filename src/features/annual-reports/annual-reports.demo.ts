// Demo annual reports: each agency of the demo county (but the 政务公开办, whose work is the county
// government's report) has its reports of the two years before this one published, so the 专栏's 年报
// column is alive and next year's draft meets T3_PRIOR_CARRYOVER against a published report. Every
// report goes the real way — generate from the records → fill in → submit → approve → publish — on the
// day it would have been done (20 January, before the 31 January deadline of 条例第四十九条; or today if
// that day has not come yet), so the audit log and the deadline read as in real use.
import { localDateOfInstant } from '../../law/local-date.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { SYSTEM_ACTOR, type Actor } from '../accounts/domain/policy.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import type { DemoHook } from '../demo/demo-hooks.ts';
import type { DemoAgencyKey } from '../demo/demo-data.ts';
import * as service from './annual-reports.service.ts';
import { manualCellKeys } from './domain/cells.ts';
import { FILL_IN_OPEN } from './domain/draft.ts';

// What the demo staff write where the draft asks 【请补充…】, in the words of the seed township reports.
const WRITTEN: ReadonlyArray<readonly [string, string]> = [
  ['其他渠道', '同时通过村（社区）公开栏、微信公众号公开惠民政策、补贴发放等与群众切身利益相关的信息。'],
  ['审查', '严格执行政府信息公开审查和保密审查制度，做到先审查、后公开，全年未发生泄密事件。'],
  ['平台', '依托示范县政府信息公开平台设立政府信息公开专栏，按指南、制度、法定主动公开内容、年报四个栏目及时更新。'],
  ['考核', '将政府信息公开工作纳入年度绩效考核，主动接受群众评议，全年未发生因政府信息公开工作被责任追究的情况。'],
  ['存在的主要问题', '专栏部分栏目更新不够及时，政策解读形式较为单一。'],
  ['改进措施', '明确专人负责专栏维护，每月检查一次栏目更新情况，增加图文解读；上年度所列问题已按计划整改。'],
];

function writeOut(text: string): string {
  return text.replace(/【请补充([^】]*)】/g, (_mark, what: string) => WRITTEN.find(([key]) => what.includes(key))?.[1] ?? '');
}

// Table 二's decisions and fees, entered by staff (the platform does not keep these registers).
const ENTERED: Partial<Record<DemoAgencyKey, Record<string, string>>> = {
  naturalResources: { 'art20_item5.administrative_licensing.decisions_this_year': '46', 'art20_item6.administrative_penalty.decisions_this_year': '9' },
  development: { 'art20_item5.administrative_licensing.decisions_this_year': '18' },
  tumenguan: { 'art20_item6.administrative_penalty.decisions_this_year': '2' },
  caoba: { 'art20_item5.administrative_licensing.decisions_this_year': '3' },
};

const DEMO_AGENCIES_WITH_REPORTS: readonly DemoAgencyKey[] = ['county', 'tumenguan', 'caoba', 'caozhen', 'development', 'naturalResources'];

async function publishYear(ctx: ServiceContext, agency: Agency, key: DemoAgencyKey, clerk: Actor, leader: Actor, year: number): Promise<void> {
  const { id } = await service.generateDraft(ctx, clerk, agency.id, year);
  const draft = await service.getReport(ctx, clerk, agency.id, id);
  const form: Record<string, string> = { version: String(draft.version) };
  for (const cellKey of manualCellKeys(draft.format)) form[`cell.${cellKey}`] = '0';
  for (const [cellKey, value] of Object.entries(ENTERED[key] ?? {})) form[`cell.active_disclosure.${cellKey}`] = value;
  for (const section of draft.report.sections) {
    if (section.text.includes(FILL_IN_OPEN)) form[`text.${section.id}`] = writeOut(section.text);
  }
  await service.saveDraft(ctx, clerk, agency.id, id, form);
  for (const [actor, event] of [[clerk, 'submit'], [leader, 'approve'], [leader, 'publish']] as const) {
    const version = (await service.listReports(ctx, actor, agency.id)).reports.find((r) => r.id === id)?.version ?? 0;
    await service.transition(ctx, actor, agency.id, id, event, { version });
  }
}

export const loadAnnualReportsDemo: DemoHook = async (ctx, county) => {
  const today = localDateOfInstant(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  for (const year of [thisYear - 2, thisYear - 1]) {
    // The day the year's reports were done: 20 January of the next year, 10:00 in Beijing.
    const doneOn = `${year + 1}-01-20`;
    const at = doneOn < today ? new Date(`${doneOn}T02:00:00.000Z`) : ctx.now();
    const then: ServiceContext = { ...ctx, now: () => at, newId: () => ctx.newId() };
    for (const key of DEMO_AGENCIES_WITH_REPORTS) {
      // 土门关乡's reports are drafted and approved by its own demo accounts; elsewhere the loader acts.
      const own = key === 'tumenguan';
      await publishYear(then, county.agencies[key], key, own ? county.actors.clerk : SYSTEM_ACTOR, own ? county.actors.leader : SYSTEM_ACTOR, year);
    }
  }
};
