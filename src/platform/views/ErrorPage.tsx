// The error pages (403, 404, 500 …): what happened and what to do, in Chinese, never a stack trace.
import { useContext } from 'preact/hooks';
import { PageContext } from './page-context.ts';
import { PublicShell } from './PublicShell.tsx';

export interface ErrorPageProps {
  readonly status: number;
  readonly title: string;
  readonly message: string;
  /** What the person can do next. */
  readonly advice: string;
  /** Shown for 500s so staff can quote it to the administrator; matches the log line. */
  readonly reference?: string;
}

export function ErrorPage({ status, title, message, advice, reference }: ErrorPageProps) {
  const page = useContext(PageContext);
  return (
    <PublicShell title={title}>
      <section class="error-page" aria-labelledby="error-title">
        <p class="error-status">错误代码 {status}</p>
        <h1 id="error-title">{title}</h1>
        <p>{message}</p>
        <p>{advice}</p>
        {reference ? <p class="hint">问题编号：{reference}（联系管理员时请提供此编号）</p> : null}
        <p class="actions">
          <a href="/" class="button-secondary">
            返回首页
          </a>
          {page.user ? (
            <a href="/admin" class="button-secondary">
              返回工作台
            </a>
          ) : null}
        </p>
      </section>
    </PublicShell>
  );
}
