// The 专栏 columns this feature fills (registered in platform/navigation.ts): 指南, 制度 and
// 法定主动公开内容. Kept apart from the route files so the navigation registry imports no views of staff pages.
import type { PortalColumnInput } from '../../platform/navigation.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { publicCatalogue } from './catalogue.public.ts';
import { getPage } from './catalogue.service.ts';
import type { PageKind } from './catalogue.tables.ts';
import { StatutoryColumn } from './views/portal/StatutoryColumn.tsx';
import { TextColumn } from './views/portal/TextColumn.tsx';

export async function renderStatutoryColumn(input: PortalColumnInput) {
  const data = await publicCatalogue(input.context as ServiceContext, input.agency.id, input.query, input.reads);
  return <StatutoryColumn code={input.agency.code} data={data} />;
}

function textColumn(kind: PageKind) {
  return async (input: PortalColumnInput) => <TextColumn page={await getPage(input.context as ServiceContext, input.agency.id, kind)} />;
}
export const renderGuideColumn = textColumn('guide');
export const renderRulesColumn = textColumn('rules');
