// 工作人员登录. The public shell: a visitor who is not signed in sees the portal's header.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PasswordField, PostForm, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';

export interface LoginPageProps {
  readonly state: FormState;
  /** Where to go after signing in (kept in a hidden field). */
  readonly next: string;
}

export function LoginPage({ state, next }: LoginPageProps) {
  return (
    <PublicShell title="工作人员登录" breadcrumbs={[{ label: '首页', href: '/' }, { label: '工作人员登录' }]}>
      <h1>工作人员登录</h1>
      <p>本入口供政府信息公开工作人员使用。公众查阅政府信息无需登录。</p>
      <ErrorSummary state={state} labels={{ username: '用户名', password: '密码' }} />
      <PostForm action="/login" aria-label="登录">
        <input type="hidden" name="next" value={next} />
        <TextField name="username" label="用户名" state={state} autocomplete="username" required />
        <PasswordField name="password" label="密码" state={state} autocomplete="current-password" />
        <SubmitButton>登录</SubmitButton>
      </PostForm>
      <p class="hint">忘记密码？请联系本单位管理员重置。连续输错 5 次密码，账号将临时锁定 15 分钟。</p>
    </PublicShell>
  );
}
