// Published annual reports in the public search (条例第二十四条 检索; issue 11 item 3): a report is
// indexed in the transaction that publishes it (a published report is final, so nothing re-indexes
// it), found by its title and text and by 年报 / 年度报告 / the agency's name. Reports published before
// the index held them are added when the app starts (indexPublishedReportsMissing).
import { sql } from 'kysely';
import { fromJson } from '../../db/dialect.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { renderText, type AnnualReport } from '../../report/index.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { indexTexts, type SearchableText } from '../search/search.service.ts';
import { publicReportPath } from './views/PublicReportPage.tsx';

/** The search index's category of annual reports (labelled 政府信息公开年报 on the search page). */
export const ANNUAL_REPORT_SEARCH_CATEGORY = 'annual_report';

export function reportSearchText(agency: Pick<Agency, 'id' | 'code' | 'name' | 'shortName'>, year: number, report: AnnualReport, publishedOn: string): SearchableText {
  const title = report.title ?? `${agency.name}${year}年政府信息公开工作年度报告`;
  return {
    id: `annual-report:${agency.id}:${year}`,
    objectType: 'annual_report',
    agencyId: agency.id,
    category: ANNUAL_REPORT_SEARCH_CATEGORY,
    publishedOn,
    documentNo: null,
    title,
    path: publicReportPath(agency.code, year),
    body: renderText(report),
    attachmentText: '',
    keywords: `政府信息公开年报 年报 年度报告 政府信息公开工作年度报告 ${year}年 ${agency.name} ${agency.shortName ?? ''}`,
  };
}

/** Indexes the report inside the publishing transaction. */
export async function indexPublishedReport(trx: Executor, ctx: ServiceContext, agency: Agency, year: number, report: AnnualReport, publishedOn: string): Promise<void> {
  await indexTexts(trx, ctx, [reportSearchText(agency, year, report, publishedOn)]);
}

/** Published reports not yet in the index (published before reports were searchable), added once. */
export async function indexPublishedReportsMissing(ctx: ServiceContext): Promise<number> {
  const rows = await ctx.db
    .selectFrom('annual_report as r')
    .innerJoin('agency as a', 'a.id', 'r.agency_id')
    .leftJoin('search_document as s', (join) => join.on(sql<boolean>`s.id = 'annual-report:' || r.agency_id || ':' || r.year`))
    .select(['r.year', 'r.published_on', 'r.published_report', 'a.id', 'a.code', 'a.name', 'a.short_name'])
    .where('r.status', '=', 'published')
    .where('s.id', 'is', null)
    .execute();
  const texts = rows.flatMap((r) => {
    const report = r.published_report ? fromJson<AnnualReport>(r.published_report) : null;
    if (!report || !r.published_on) return [];
    return [reportSearchText({ id: r.id, code: r.code, name: r.name, shortName: r.short_name }, r.year, report, r.published_on)];
  });
  if (texts.length > 0) await ctx.db.transaction().execute((trx) => indexTexts(trx, ctx, texts));
  return texts.length;
}
