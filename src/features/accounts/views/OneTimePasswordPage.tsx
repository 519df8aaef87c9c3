// The one-time password, shown once (never stored in clear, never shown again).
import { StaffShell } from '../../../platform/views/StaffShell.tsx';

export interface OneTimePasswordPageProps {
  readonly heading: string;
  readonly accountId: string;
  readonly displayName: string;
  readonly username: string;
  readonly oneTimePassword: string;
}

export function OneTimePasswordPage({ heading, accountId, displayName, username, oneTimePassword }: OneTimePasswordPageProps) {
  return (
    <StaffShell title={heading} navId="accounts" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '用户与授权', href: '/admin/accounts' }, { label: heading }]}>
      <h1>{heading}</h1>
      <dl class="details-list">
        <dt>姓名</dt>
        <dd>{displayName}</dd>
        <dt>用户名</dt>
        <dd>{username}</dd>
        <dt>初始密码</dt>
        <dd>
          <span class="one-time-secret" id="one-time-password">
            {oneTimePassword}
          </span>
        </dd>
      </dl>
      <p class="notice notice-warning" role="status">
        此初始密码只显示这一次，离开本页后无法再查看。请现在抄下或打印，交给本人；本人首次登录时必须设置自己的密码。
      </p>
      <p class="actions">
        <a class="button" href={`/admin/accounts/${accountId}`}>
          查看用户详情
        </a>
        <a class="button-secondary" href="/admin/accounts">
          返回用户列表
        </a>
      </p>
    </StaffShell>
  );
}
