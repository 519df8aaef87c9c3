// What every page needs from the request while it renders: the CSRF token (made only when a form asks
// for it, so a visitor who reads public pages gets no session), the large-text preference, the signed-in
// staff member, and one-time notices. `renderPage` provides it; components read it with useContext.
import { createContext } from 'preact';
import type { NavigationRole } from '../navigation.ts';

export interface ShellAgency {
  readonly id: string;
  readonly name: string;
}

/** The signed-in staff member as the staff shell shows them. */
export interface ShellUser {
  readonly displayName: string;
  readonly username: string;
  /** Roles on the current agency (and `supervisor` for 政务公开办 staff), for the menu. */
  readonly roles: ReadonlySet<NavigationRole>;
  /** Agencies the user holds a grant on; more than one shows the current-agency switcher. */
  readonly agencies: readonly ShellAgency[];
  readonly currentAgencyId: string | null;
  readonly mustChangePassword: boolean;
}

export type NoticeKind = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  readonly kind: NoticeKind;
  readonly text: string;
}

export interface PageContextValue {
  /** The name in the page header, e.g. “某某县政府信息公开平台”. */
  readonly siteName: string;
  /** The CSRF token for forms; generated on first use. */
  readonly csrfToken: () => string;
  readonly largeText: boolean;
  /** Path and query of the current request, for “return here” links. */
  readonly currentUrl: string;
  readonly user: ShellUser | null;
  readonly notices: readonly Notice[];
}

export const PageContext = createContext<PageContextValue>({
  siteName: '政府信息公开平台',
  csrfToken: () => {
    throw new Error('PageContext missing: render pages with renderPage()');
  },
  largeText: false,
  currentUrl: '/',
  user: null,
  notices: [],
});
