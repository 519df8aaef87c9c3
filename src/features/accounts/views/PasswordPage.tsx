// 修改密码, also the forced change after signing in with a one-time password.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PasswordField, PostForm, SubmitButton } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';

export interface PasswordPageProps {
  readonly state: FormState;
  /** True when the account signed in with a one-time password and must choose its own first. */
  readonly forced: boolean;
  /** The strength rule in words (from the accounts domain). */
  readonly rule: string;
}

export function PasswordPage({ state, forced, rule }: PasswordPageProps) {
  return (
    <StaffShell title="修改密码" navId="password">
      <h1>{forced ? '请设置您自己的密码' : '修改密码'}</h1>
      {forced ? (
        <p class="notice notice-warning" role="status">
          您正在使用管理员发给您的初始密码（一次性密码）。为保护账户安全，请先设置自己的新密码，再继续使用系统。
        </p>
      ) : null}
      <ErrorSummary state={state} labels={{ currentPassword: '当前密码', newPassword: '新密码', confirmPassword: '确认新密码' }} />
      <PostForm action="/account/password" aria-label="修改密码">
        <PasswordField name="currentPassword" label={forced ? '初始密码' : '当前密码'} state={state} autocomplete="current-password" />
        <PasswordField name="newPassword" label="新密码" hint={rule} state={state} autocomplete="new-password" />
        <PasswordField name="confirmPassword" label="再次输入新密码" state={state} autocomplete="new-password" />
        <SubmitButton>保存新密码</SubmitButton>
      </PostForm>
    </StaffShell>
  );
}
