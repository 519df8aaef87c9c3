// 用户与授权: the accounts the admin manages, with their roles per agency.
import type { AccountWithGrants } from '../accounts.service.ts';
import { ROLE_LABELS } from '../domain/roles.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { AccountStatus } from './account-status.tsx';

export interface AccountsListPageProps {
  readonly accounts: readonly AccountWithGrants[];
  readonly agencyNames: ReadonlyMap<string, string>;
  readonly now: Date;
}

export function AccountsListPage({ accounts, agencyNames, now }: AccountsListPageProps) {
  const name = (id: string) => agencyNames.get(id) ?? '（已归档单位）';
  return (
    <StaffShell title="用户与授权" navId="accounts" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '用户与授权' }]}>
      <h1>用户与授权</h1>
      <p class="actions">
        <a class="button" href="/admin/accounts/new">
          新建用户
        </a>
      </p>
      {accounts.length === 0 ? (
        <EmptyState>您管理的单位还没有任何账号。</EmptyState>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>共 {accounts.length} 个账号</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">用户名</th>
                <th scope="col">所属单位</th>
                <th scope="col">角色</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr>
                  <td>
                    <a href={`/admin/accounts/${account.id}`}>{account.displayName}</a>
                  </td>
                  <td>{account.username}</td>
                  <td>{name(account.agencyId)}</td>
                  <td>
                    {account.grants.length === 0
                      ? '无'
                      : account.grants.map((grant) => `${name(grant.agencyId)}·${ROLE_LABELS[grant.role]}`).join('；')}
                  </td>
                  <td>
                    <AccountStatus account={account} now={now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffShell>
  );
}
