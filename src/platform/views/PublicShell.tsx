// The public portal shell: header with the site name, the path to the page, the main area, and a footer
// pointing to the staff login. Landmarks: banner, navigation, main, contentinfo.
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { Breadcrumbs, type Crumb } from './Breadcrumbs.tsx';
import { Document } from './Document.tsx';
import { LargeTextToggle } from './LargeTextToggle.tsx';
import { Notices } from './Notices.tsx';
import { PageContext } from './page-context.ts';

export interface PublicShellProps {
  readonly title: string;
  readonly breadcrumbs?: readonly Crumb[];
  readonly children: ComponentChildren;
  /** The search box in the header (条例第二十四条 检索); the search page itself has its own form. */
  readonly headerSearch?: boolean;
}

export function PublicShell({ title, breadcrumbs = [], children, headerSearch = true }: PublicShellProps) {
  const page = useContext(PageContext);
  return (
    <Document title={`${title} - ${page.siteName}`} bodyClass="public">
      <header class="site-header" role="banner">
        <div class="wrap header-row">
          <a class="site-name" href="/">
            {page.siteName}
          </a>
          {headerSearch ? (
            <form class="header-search" method="get" action="/search" role="search" aria-label="检索政府信息">
              <label for="header-search-q" class="visually-hidden">
                检索政府信息
              </label>
              <input id="header-search-q" name="q" type="search" maxLength={100} placeholder="检索：年度报告、指南、文件名称" />
              <button type="submit">检索</button>
            </form>
          ) : null}
          <nav class="header-links" aria-label="辅助">
            <LargeTextToggle />
            {page.user ? <a href="/admin">进入工作台</a> : <a href="/login">工作人员登录</a>}
          </nav>
        </div>
      </header>
      <div class="wrap">
        <Breadcrumbs items={breadcrumbs} />
        <main id="main" tabIndex={-1}>
          <Notices />
          {children}
        </main>
      </div>
      <footer class="site-footer" role="contentinfo">
        <div class="wrap">
          <p>本平台依据《中华人民共和国政府信息公开条例》公开政府信息。</p>
          <p>
            <a href="/">首页</a> · <a href="/login">工作人员登录</a>
          </p>
        </div>
      </footer>
    </Document>
  );
}
