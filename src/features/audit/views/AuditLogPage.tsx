// 操作日志: search by action, agency, account and date; paged on the server by keyset (上一页/下一页 keep the
// filters); only what the role may read.
import type { AuditEventView } from '../audit.repository.ts';
import type { FormState } from '../../../platform/form.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { ErrorSummary, SelectField, TextField, type SelectOption } from '../../../platform/views/Form.tsx';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import { CursorPagination } from '../../../platform/views/CursorPagination.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';

export interface AuditLogPageProps {
  readonly rows: readonly AuditEventView[];
  readonly total: number;
  /** Keyset paging (audit.service.ts): cursors of 上一页 / 下一页, null at either end. */
  readonly newerCursor: string | null;
  readonly olderCursor: string | null;
  readonly filters: FormState;
  readonly agencies: readonly SelectOption[];
}

const PAGE_SIZE_OPTIONS: SelectOption[] = [
  { value: '100', label: '100 条' },
  { value: '200', label: '200 条' },
];

export function AuditLogPage({ rows, total, newerCursor, olderCursor, filters, agencies }: AuditLogPageProps) {
  const accountId = filters.values.accountId;
  return (
    <StaffShell title="操作日志" navId="audit" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '操作日志' }]}>
      <h1>操作日志</h1>
      <ErrorSummary state={filters} labels={{ from: '开始日期', to: '结束日期', action: '操作', pageSize: '每页条数' }} />
      <form method="get" action="/admin/audit" class="filters" aria-label="筛选日志">
        <TextField name="action" label="操作" hint="例如 account.login" state={filters} />
        <SelectField name="agencyId" label="单位" state={filters} options={agencies} placeholder="全部单位" />
        <TextField name="from" label="开始日期" type="date" state={filters} />
        <TextField name="to" label="结束日期" type="date" state={filters} />
        <SelectField name="pageSize" label="每页条数" state={filters} options={PAGE_SIZE_OPTIONS} placeholder="50 条" />
        {accountId ? <input type="hidden" name="accountId" value={accountId} /> : null}
        <div class="field">
          <button type="submit" class="button">
            查询
          </button>{' '}
          <a href="/admin/audit">清除条件</a>
        </div>
      </form>
      {accountId ? (
        <p>
          只显示一个账号的操作。<a href="/admin/audit">显示全部账号</a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>没有符合条件的日志。</EmptyState>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>共 {total} 条，按时间从新到旧排列（北京时间）</caption>
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">单位</th>
                <th scope="col">账号</th>
                <th scope="col">操作</th>
                <th scope="col">内容</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <td class="nowrap">{formatBeijingTime(row.occurredAt)}</td>
                  <td>{row.agencyName ?? '—'}</td>
                  <td>
                    {row.accountId ? (
                      <a href={`/admin/audit?accountId=${encodeURIComponent(row.accountId)}`}>
                        {row.accountName}（{row.accountUsername}）
                      </a>
                    ) : (
                      '系统'
                    )}
                  </td>
                  <td>
                    <code>{row.action}</code>
                  </td>
                  <td>{row.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CursorPagination path="/admin/audit" params={filters.values} newerCursor={newerCursor} olderCursor={olderCursor} />
    </StaffShell>
  );
}
