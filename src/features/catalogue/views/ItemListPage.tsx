// Staff list of the current agency's catalogue items: filters and paging on the server.
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { Pagination } from '../../../platform/views/Pagination.tsx';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import type { ItemListRow } from '../catalogue.repository.ts';
import { categoryLabel, type CategoryDef } from '../domain/categories.ts';
import { ITEM_STATUSES } from '../domain/workflow.ts';
import { staffBase, staffItem } from './paths.ts';
import { StatusTag } from './StatusTag.tsx';

export interface ItemListPageProps {
  readonly agencyName: string;
  readonly rows: readonly ItemListRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly filters: { q: string; category: string; status: string; year: number | null };
  readonly categories: readonly CategoryDef[];
  readonly canDraft: boolean;
}

export function ItemListPage(p: ItemListPageProps) {
  return (
    <StaffShell title="主动公开" navId="catalogue" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '主动公开' }]}>
      <h1>主动公开 · {p.agencyName}</h1>
      <p class="actions">
        {p.canDraft ? (
          <a class="button" href={`${staffBase}/new`}>
            新建信息
          </a>
        ) : null}{' '}
        <a href={`${staffBase}/overdue`}>超期和即将到期</a> · <a href={`${staffBase}/pages/guide`}>编辑公开指南</a> ·{' '}
        <a href={`${staffBase}/pages/rules`}>编辑公开制度</a> · <a href={`${staffBase}/channels`}>发布渠道</a> ·{' '}
        <a href={`${staffBase}/standard`}>公开事项标准目录</a> · <a href={`${staffBase}/complaints`}>公众意见</a>
      </p>
      <form class="filters" method="get" action={staffBase} role="search" aria-label="筛选信息">
        <div class="field">
          <label for="f-q">标题包含</label>
          <input id="f-q" name="q" type="search" value={p.filters.q} />
        </div>
        <div class="field">
          <label for="f-category">信息分类</label>
          <select id="f-category" name="category">
            <option value="">全部</option>
            {p.categories.map((c) => (
              <option value={c.id} selected={c.id === p.filters.category}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-status">状态</label>
          <select id="f-status" name="status">
            <option value="">全部</option>
            {Object.entries(ITEM_STATUSES).map(([id, label]) => (
              <option value={id} selected={id === p.filters.status}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-year">成文年份</label>
          <input id="f-year" name="year" inputMode="numeric" value={p.filters.year ?? ''} maxLength={4} />
        </div>
        <button class="button-secondary" type="submit">
          筛选
        </button>
      </form>
      {p.rows.length === 0 ? (
        <EmptyState>没有符合条件的信息。</EmptyState>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>共 {p.total} 条</caption>
            <thead>
              <tr>
                <th scope="col">标题</th>
                <th scope="col">信息分类</th>
                <th scope="col">文号</th>
                <th scope="col">成文日期</th>
                <th scope="col">公开期限</th>
                <th scope="col">状态</th>
                <th scope="col">索引号</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td>
                    <a href={staffItem(r.id)}>{r.title}</a>
                  </td>
                  <td>{categoryLabel(r.category)}</td>
                  <td>{r.documentNo ?? ''}</td>
                  <td class="nowrap">{r.writtenOn}</td>
                  <td class="nowrap">{r.publishDueOn}</td>
                  <td>
                    <StatusTag status={r.status} />
                  </td>
                  <td>{r.indexNo ?? '（发布时生成）'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={p.page}
        pageSize={p.pageSize}
        total={p.total}
        path={staffBase}
        params={{ q: p.filters.q, category: p.filters.category, status: p.filters.status, year: p.filters.year ? String(p.filters.year) : undefined }}
      />
    </StaffShell>
  );
}
