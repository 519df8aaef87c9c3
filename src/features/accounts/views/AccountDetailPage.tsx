// One account: details, live role grants (with revoke), a form to grant a role on another agency,
// password reset and disable/enable.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, type SelectOption } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { AccountWithGrants } from '../accounts.service.ts';
import { ROLE_LABELS } from '../domain/roles.ts';
import { AccountStatus } from './account-status.tsx';

export interface AccountDetailPageProps {
  readonly account: AccountWithGrants;
  readonly agencyNames: ReadonlyMap<string, string>;
  readonly agencies: readonly SelectOption[];
  readonly roles: readonly SelectOption[];
  readonly grantState: FormState;
  readonly now: Date;
}

export function AccountDetailPage({ account, agencyNames, agencies, roles, grantState, now }: AccountDetailPageProps) {
  const name = (id: string) => agencyNames.get(id) ?? '（已归档单位）';
  const base = `/admin/accounts/${account.id}`;
  return (
    <StaffShell
      title={account.displayName}
      navId="accounts"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '用户与授权', href: '/admin/accounts' }, { label: account.displayName }]}
    >
      <h1>{account.displayName}</h1>
      <dl class="details-list">
        <dt>用户名</dt>
        <dd>{account.username}</dd>
        <dt>所属单位</dt>
        <dd>{name(account.agencyId)}</dd>
        <dt>状态</dt>
        <dd>
          <AccountStatus account={account} now={now} />
        </dd>
      </dl>

      <h2>角色</h2>
      {account.grants.length === 0 ? (
        <p>尚未授予任何角色。</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">角色</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {account.grants.map((grant) => (
                <tr>
                  <td>{name(grant.agencyId)}</td>
                  <td>{ROLE_LABELS[grant.role]}</td>
                  <td>
                    <PostForm action={`${base}/grants/${grant.id}/revoke`} class="inline-form" aria-label={`撤销${ROLE_LABELS[grant.role]}角色`}>
                      <button type="submit" class="button-secondary" data-confirm="确定撤销这个角色吗？">
                        撤销
                      </button>
                    </PostForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>授予角色</h2>
      <ErrorSummary state={grantState} labels={{ agencyId: '单位', role: '角色' }} />
      <PostForm action={`${base}/grants`} aria-label="授予角色">
        <SelectField name="agencyId" label="单位" state={grantState} options={agencies} placeholder="请选择" required />
        <SelectField name="role" label="角色" state={grantState} options={roles} placeholder="请选择" required />
        <SubmitButton>授予</SubmitButton>
      </PostForm>

      <h2>账号安全</h2>
      <div class="actions">
        <PostForm action={`${base}/reset-password`} class="inline-form" aria-label="重置密码">
          <button type="submit" class="button-secondary" data-confirm="重置后原密码立即失效，确定吗？">
            重置密码（生成新的初始密码）
          </button>
        </PostForm>
        {account.disabledAt === null ? (
          <PostForm action={`${base}/disable`} class="inline-form" aria-label="停用账号">
            <button type="submit" class="button-secondary" data-confirm="停用后该账号无法登录，确定吗？">
              停用账号
            </button>
          </PostForm>
        ) : (
          <PostForm action={`${base}/enable`} class="inline-form" aria-label="启用账号">
            <button type="submit" class="button-secondary">
              启用账号
            </button>
          </PostForm>
        )}
      </div>
    </StaffShell>
  );
}
