// The staff shell (/admin/…): header with the current user, the current-agency switcher when the user
// holds grants on several agencies, sign-out; a menu built from the navigation registry for the user's
// roles; notices; the main area.
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { staffNavigationFor } from '../navigation.ts';
import { Breadcrumbs, type Crumb } from './Breadcrumbs.tsx';
import { Document } from './Document.tsx';
import { CsrfField } from './Form.tsx';
import { LargeTextToggle } from './LargeTextToggle.tsx';
import { Notices } from './Notices.tsx';
import { PageContext, type ShellUser } from './page-context.ts';

export interface StaffShellProps {
  readonly title: string;
  /** Id of the navigation entry this page belongs to (marked `aria-current`). */
  readonly navId?: string;
  readonly breadcrumbs?: readonly Crumb[];
  readonly children: ComponentChildren;
}

function AgencySwitcher({ user }: { readonly user: ShellUser }) {
  if (user.agencies.length < 2) {
    const only = user.agencies[0];
    return only ? <span class="current-agency">{only.name}</span> : null;
  }
  return (
    <form class="agency-switcher" method="post" action="/admin/current-agency">
      <CsrfField />
      <label for="agency-switcher-select">当前机关</label>
      <select id="agency-switcher-select" name="agencyId">
        {user.agencies.map((agency) => (
          <option value={agency.id} selected={agency.id === user.currentAgencyId}>
            {agency.name}
          </option>
        ))}
      </select>
      <button type="submit" class="button-secondary">
        切换
      </button>
    </form>
  );
}

export function StaffShell({ title, navId, breadcrumbs = [], children }: StaffShellProps) {
  const page = useContext(PageContext);
  const user = page.user;
  const entries = user && !user.mustChangePassword ? staffNavigationFor(user.roles) : [];
  return (
    <Document title={`${title} - ${page.siteName}工作台`} bodyClass="staff">
      <header class="site-header staff-header" role="banner">
        <div class="wrap header-row">
          <a class="site-name" href="/admin">
            {page.siteName}
            <span class="site-name-suffix">工作台</span>
          </a>
          {user ? (
            <div class="user-box">
              <AgencySwitcher user={user} />
              <span class="user-name">{user.displayName}</span>
              <LargeTextToggle />
              <form method="post" action="/logout" class="inline-form">
                <CsrfField />
                <button type="submit" class="button-link">
                  退出登录
                </button>
              </form>
            </div>
          ) : (
            <LargeTextToggle />
          )}
        </div>
      </header>
      {/* Without a menu (first sign-in: the password page) the content takes the whole width. */}
      <div class={entries.length > 0 ? 'wrap staff-layout' : 'wrap staff-layout staff-layout-single'}>
        {entries.length > 0 ? (
          <nav class="staff-nav" aria-label="工作台菜单">
            <ul>
              {entries.map((entry) => (
                <li>
                  <a href={entry.href} aria-current={entry.id === navId ? 'page' : undefined}>
                    {entry.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div class="staff-main">
          <Breadcrumbs items={breadcrumbs} />
          <main id="main" tabIndex={-1}>
            <Notices />
            {children}
          </main>
        </div>
      </div>
      <footer class="site-footer" role="contentinfo">
        <div class="wrap">
          <p>
            <a href="/">查看公开门户</a>
          </p>
        </div>
      </footer>
    </Document>
  );
}
