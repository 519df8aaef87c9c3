// 法定主动公开内容: the catalogue by category with year filter and paging (条例第二十条、第二十一条).
import { EmptyState } from '../../../../platform/views/EmptyState.tsx';
import { Pagination } from '../../../../platform/views/Pagination.tsx';
import type { publicCatalogue } from '../../catalogue.public.ts';
import { categoryLabel } from '../../domain/categories.ts';
import { publicItem, statutoryColumn } from '../paths.ts';

type Data = Awaited<ReturnType<typeof publicCatalogue>>;

export function StatutoryColumn({ code, data }: { readonly code: string; readonly data: Data }) {
  const base = statutoryColumn(code);
  const current = data.filters.category;
  const labelOf = (id: string) => data.categories.find((c) => c.id === id)?.label ?? categoryLabel(id);
  const shown = data.categories.filter((c) => c.count > 0 || c.id === current);
  return (
    <div class="statutory-content">
      {/* One control instead of 28 cards before the first item on a phone; <details> opens without
          JavaScript, enhance.js opens it on wide screens. */}
      <details class="category-picker" data-open-wide>
        <summary>
          信息分类：<strong>{current ? labelOf(current) : '全部'}</strong>
          <span class="category-picker-hint">（共 {shown.length} 类，点此{current ? '更换' : '选择'}）</span>
        </summary>
        <nav aria-label="信息分类">
          <ul class="category-list">
            <li>
              <a href={base} aria-current={current === null ? 'page' : undefined}>
                全部
              </a>
            </li>
            {shown.map((c) => (
              <li>
                <a href={`${base}?category=${c.id}`} aria-current={c.id === current ? 'page' : undefined}>
                  {c.label}（{c.count}）
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </details>
      <form class="filters" method="get" action={base} aria-label="按年份筛选">
        {current ? <input type="hidden" name="category" value={current} /> : null}
        <div class="field">
          <label for="f-year">发布年份</label>
          <input id="f-year" name="year" inputMode="numeric" maxLength={4} value={data.filters.year ?? ''} />
        </div>
        <button type="submit" class="button-secondary">
          筛选
        </button>
        <a href={`/search?agency=${encodeURIComponent(code)}`}>全文检索</a>
      </form>
      {data.rows.length === 0 ? (
        <EmptyState>该栏目暂未发布信息。</EmptyState>
      ) : (
        <div class="table-scroll">
          <table class="cards-on-phone">
            <caption>{current ? labelOf(current) : '全部信息'}（共 {data.total} 条）</caption>
            <thead>
              <tr>
                <th scope="col">索引号</th>
                <th scope="col">名称</th>
                <th scope="col">文号</th>
                <th scope="col">信息分类</th>
                <th scope="col">发布日期</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr>
                  <td data-label="索引号" class="nowrap">{r.indexNo}</td>
                  <td data-label="名称" class="card-title">
                    <a href={publicItem(code, r.id)}>{r.title}</a>
                  </td>
                  <td data-label="文号" class={r.documentNo ? undefined : 'card-empty'}>{r.documentNo ?? ''}</td>
                  <td data-label="信息分类">{labelOf(r.category)}</td>
                  <td data-label="发布日期" class="nowrap">{r.publishedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} path={base} params={{ category: current ?? undefined, year: data.filters.year ? String(data.filters.year) : undefined }} />
      {/* 条例第四十七条第二款、第五十一条: say what should have been published here. */}
      <p class="feedback-link">
        <a href={`/gk/${encodeURIComponent(code)}/complaint?category=${current ?? 'statutory_content'}`}>认为本栏目有应公开未公开的信息？向本机关反映</a>
        {' · '}
        <a href="/complaint/track">凭查询码查看意见处理结果</a>
      </p>
    </div>
  );
}
