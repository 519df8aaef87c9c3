// The public search page (条例第二十四条 检索): query, filters by agency, category, year and 文号,
// results with the matched words marked. Preact escapes every text; <mark> is the only markup added.
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import { Pagination } from '../../../platform/views/Pagination.tsx';
import { categoryLabel, ART20_CATEGORIES, TOWNSHIP_CATEGORIES, COUNTY_CATEGORIES } from '../../catalogue/domain/categories.ts';
import type { SnippetSegment } from '../domain/snippet.ts';
import type { SearchPage as SearchData } from '../search.service.ts';

function Marked({ segments }: { readonly segments: readonly SnippetSegment[] }) {
  return <>{segments.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}</>;
}

/** Above this many agencies the filter is a code field instead of a list. */
const MAX_AGENCY_OPTIONS = 200;

/** What the portal's own pages are filed under in the index (annual-reports.search.ts, catalogue.page-search.ts). */
const PORTAL_PAGE_CATEGORIES = [
  { id: 'annual_report', label: '政府信息公开年报' },
  { id: 'guide', label: '政府信息公开指南' },
  { id: 'rules', label: '政府信息公开制度' },
] as const;

const ALL_CATEGORIES = [...PORTAL_PAGE_CATEGORIES, ...ART20_CATEGORIES, ...TOWNSHIP_CATEGORIES, ...COUNTY_CATEGORIES].filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i);

function resultCategoryLabel(id: string): string {
  return PORTAL_PAGE_CATEGORIES.find((c) => c.id === id)?.label ?? categoryLabel(id);
}

export interface SearchPageProps {
  readonly data: SearchData | null;
  readonly agencies: ReadonlyArray<{ code: string; name: string }>;
  readonly agencyNames: ReadonlyMap<string, string>;
  readonly raw: { q: string; agency: string; category: string; year: string; documentNo: string };
  readonly error?: string;
}

export function SearchPage({ data, agencies, agencyNames, raw, error }: SearchPageProps) {
  return (
    <PublicShell title={raw.q ? `检索：${raw.q}` : '政府信息检索'} headerSearch={false} breadcrumbs={[{ label: '首页', href: '/' }, { label: '政府信息检索' }]}>
      <h1>政府信息检索</h1>
      <form method="get" action="/search" role="search" aria-label="检索政府信息" class="filters">
        <div class="field">
          <label for="s-q">检索词</label>
          <input id="s-q" name="q" type="search" value={raw.q} maxLength={100} />
        </div>
        <div class="field">
          <label for="s-agency">发布机关</label>
          {agencies.length <= MAX_AGENCY_OPTIONS ? (
            <select id="s-agency" name="agency">
              <option value="">全部机关</option>
              {agencies.map((a) => (
                <option value={a.code} selected={a.code === raw.agency}>
                  {a.name}
                </option>
              ))}
            </select>
          ) : (
            // A province-wide install has thousands of agencies: a list that long helps no one, the code does.
            <input id="s-agency" name="agency" value={raw.agency} maxLength={40} aria-describedby="s-agency-hint" />
          )}
          {agencies.length > MAX_AGENCY_OPTIONS ? (
            <p class="hint" id="s-agency-hint">
              填写机关代码（见各机关专栏网址 /gk/机关代码/），不填为全部机关。
            </p>
          ) : null}
        </div>
        <div class="field">
          <label for="s-category">信息分类</label>
          <select id="s-category" name="category">
            <option value="">全部分类</option>
            {ALL_CATEGORIES.map((c) => (
              <option value={c.id} selected={c.id === raw.category}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="s-year">发布年份</label>
          <input id="s-year" name="year" inputMode="numeric" maxLength={4} value={raw.year} />
        </div>
        <div class="field">
          <label for="s-docno">文号</label>
          <input id="s-docno" name="documentNo" value={raw.documentNo} maxLength={60} />
        </div>
        <button type="submit" class="button">
          检索
        </button>
      </form>
      {error ? <p class="notice notice-error">{error}</p> : null}
      {data && data.query !== '' ? (
        data.results.length === 0 ? (
          <p class="empty-state">没有找到与“{data.query}”相关的信息。可以换一个词，或减少筛选条件。</p>
        ) : (
          <section aria-labelledby="h-results">
            <h2 id="h-results">
              找到{data.total > 2000 ? '超过 2000 ' : ` ${data.total} `}条结果{data.total > 2000 ? '（按发布日期从新到旧排列）' : ''}
            </h2>
            <ol class="search-results">
              {data.results.map((r) => (
                <li>
                  <h3>
                    <a href={r.path}>
                      <Marked segments={r.title} />
                    </a>
                  </h3>
                  <p>
                    <Marked segments={r.snippet} />
                  </p>
                  <p class="hint">
                    {agencyNames.get(r.agencyId) ?? ''} · {resultCategoryLabel(r.category)} · {r.documentNo ? `${r.documentNo} · ` : ''}发布日期 {r.publishedOn}
                  </p>
                </li>
              ))}
            </ol>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} path="/search" params={raw} />
          </section>
        )
      ) : null}
    </PublicShell>
  );
}
