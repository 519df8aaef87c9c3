// The 专栏 column this feature fills (registered in platform/navigation.ts): 政府信息公开年报
// (国办公开办函〔2019〕61号 一级子栏目). Kept apart from the routes so the registry imports no staff views.
import type { PortalColumnInput } from '../../platform/navigation.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { listPublishedReports } from './annual-reports.service.ts';
import { PublishedReportsColumn } from './views/PublishedReportsColumn.tsx';

export async function renderAnnualReportsColumn(input: PortalColumnInput) {
  const reports = await listPublishedReports(input.context as ServiceContext, input.agency.id);
  // Nothing published yet: null lets the portal show its common empty state “暂无内容”.
  if (reports.length === 0) return null;
  return <PublishedReportsColumn code={input.agency.code} agencyName={input.agency.name} reports={reports} />;
}
