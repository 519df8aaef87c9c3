// The 专栏's 政府信息公开指南 and 制度 pages in the public search (条例第二十四条 检索, 条例第十二条 指南;
// issue 11 item 3). A page is public as soon as it is saved, so each save re-indexes it in its
// transaction; pages saved before they were searchable are added when the app starts.
import { localDateOfInstant } from '../../law/local-date.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { indexTexts, type SearchableText } from '../search/search.service.ts';
import type { PageKind } from './catalogue.tables.ts';

const PAGE_NAMES: Record<PageKind, { name: string; slug: string; keywords: string }> = {
  guide: { name: '政府信息公开指南', slug: 'guide', keywords: '政府信息公开指南 公开指南 指南 依申请公开 申请办法' },
  rules: { name: '政府信息公开制度', slug: 'rules', keywords: '政府信息公开制度 公开制度 制度' },
};

/** The search index's category of these pages is the page kind: `guide`, `rules`. */
export function pageSearchText(agency: Pick<Agency, 'id' | 'code' | 'name' | 'shortName'>, kind: PageKind, page: { title: string; body: string; updatedAt: string }): SearchableText {
  const names = PAGE_NAMES[kind];
  return {
    id: `page:${agency.id}:${kind}`,
    objectType: 'catalogue_page',
    agencyId: agency.id,
    category: kind,
    publishedOn: localDateOfInstant(new Date(page.updatedAt)),
    documentNo: null,
    title: page.title.includes(agency.name) ? page.title : `${agency.name}${page.title}`,
    path: `/gk/${encodeURIComponent(agency.code)}/${names.slug}/`,
    body: page.body,
    attachmentText: '',
    keywords: `${names.keywords} ${agency.name} ${agency.shortName ?? ''}`,
  };
}

export async function indexPage(trx: Executor, ctx: ServiceContext, agency: Agency, kind: PageKind, page: { title: string; body: string; updatedAt: string }): Promise<void> {
  await indexTexts(trx, ctx, [pageSearchText(agency, kind, page)]);
}

/** 指南 and 制度 pages not yet in the index, added once. */
export async function indexPagesMissing(ctx: ServiceContext): Promise<number> {
  const rows = await ctx.db
    .selectFrom('catalogue_page as p')
    .innerJoin('agency as a', 'a.id', 'p.agency_id')
    .leftJoin('search_document as s', (join) => join.onRef('s.agency_id', '=', 'p.agency_id').on('s.object_type', '=', 'catalogue_page').onRef('s.category', '=', 'p.kind'))
    .select(['p.kind', 'p.title', 'p.body', 'p.updated_at', 'a.id', 'a.code', 'a.name', 'a.short_name'])
    .where('s.id', 'is', null)
    .execute();
  const texts = rows.map((r) => pageSearchText({ id: r.id, code: r.code, name: r.name, shortName: r.short_name }, r.kind, { title: r.title, body: r.body, updatedAt: r.updated_at }));
  if (texts.length > 0) await ctx.db.transaction().execute((trx) => indexTexts(trx, ctx, texts));
  return texts.length;
}
