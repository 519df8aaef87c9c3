// HTTP test helpers: an app on a fresh test database, a cookie jar, CSRF tokens read from pages, form
// submission, and signing in. Feature tests use these with app.inject — no port is opened.
//
//   const t = await openTestApp();                     // SQLite (or { dialect: 'postgres' } with PG_URL)
//   const browser = t.browser();                       // keeps cookies like a browser
//   await browser.signIn('clerk_a', 'password');       // signs in (and changes a one-time password)
//   const page = await browser.get('/admin');          // { status, body, headers }
//   const res = await browser.submit('/admin/x', { name: '…' });  // fetches the form page's token first
//   const clerk = await signedInAs(t, { agencyId, username: 'clerk_a', roles: ['clerk'] });
//   await t.close();
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import * as cheerio from 'cheerio';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { DialectName } from '../../src/db/dialect.ts';
import type { Role } from '../../src/features/accounts/accounts.tables.ts';
import { createAccount, grantRole } from '../../src/features/accounts/accounts.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { openPostgresTestDatabase, openSqliteTestDatabase, type TestDatabase } from './db.ts';
import { pgUrl } from './environment.ts';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  /** A fresh client with its own cookies (a second browser = a second person). */
  browser(): TestBrowser;
  close(): Promise<void>;
}

export interface OpenTestAppOptions {
  readonly dialect?: DialectName;
  readonly now?: () => Date;
  /** Runs before the app is ready: add test-only routes here. */
  readonly beforeReady?: (app: FastifyInstance) => void | Promise<void>;
  readonly appOptions?: Partial<AppOptions>;
}

export async function openTestApp(options: OpenTestAppOptions = {}): Promise<TestApp> {
  const dialect = options.dialect ?? 'sqlite';
  if (dialect === 'postgres' && !pgUrl) throw new Error('PG_URL 未设置，无法在 PostgreSQL 上测试');
  const database = dialect === 'postgres' ? await openPostgresTestDatabase(pgUrl as string) : await openSqliteTestDatabase();
  const app = await buildApp({
    database,
    secret: TEST_SECRET,
    logger: false,
    ...(options.now ? { now: options.now } : {}),
    ...options.appOptions,
  });
  if (options.beforeReady) await options.beforeReady(app);
  await app.ready();
  return {
    app,
    database,
    browser: () => new TestBrowser(app),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** The dialects to run HTTP suites on: SQLite always, PostgreSQL when PG_URL is set. */
export function testDialects(): DialectName[] {
  return pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface PageResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: LightMyRequestResponse['headers'];
  /** Location header of a redirect, if any. */
  readonly location: string | undefined;
  /** The page parsed with cheerio, for reading text and attributes. */
  $(): cheerio.CheerioAPI;
}

function toPage(response: LightMyRequestResponse): PageResponse {
  const location = response.headers.location;
  return {
    status: response.statusCode,
    body: response.body,
    headers: response.headers,
    location: typeof location === 'string' ? location : undefined,
    $: () => cheerio.load(response.body),
  };
}

/** The value of the first `_csrf` hidden field on a page (inside the form posting to `action`, if given). */
export function csrfTokenFrom(html: string, action?: string): string {
  const $ = cheerio.load(html);
  const selector = action ? `form[action="${action}"] input[name="_csrf"]` : 'input[name="_csrf"]';
  const token = $(selector).first().attr('value');
  if (!token) throw new Error(`页面中没有找到${action ? ` ${action} 表单的` : ''} CSRF 令牌`);
  return token;
}

export type FormFields = Record<string, string | readonly string[]>;

function encodeForm(fields: FormFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') params.append(name, value);
    else for (const v of value) params.append(name, v);
  }
  return params.toString();
}

export class TestBrowser {
  readonly app: FastifyInstance;
  private readonly cookies = new Map<string, string>();

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  cookieHeader(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      const expired = cookie.expires !== undefined && new Date(cookie.expires).getTime() <= Date.now();
      if (cookie.value === '' || expired || cookie.maxAge === 0) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  async request(options: InjectOptions): Promise<PageResponse> {
    const cookie = this.cookieHeader();
    const headers = { ...(options.headers ?? {}), ...(cookie ? { cookie } : {}) };
    const response = await this.app.inject({ ...options, headers });
    this.remember(response);
    return toPage(response);
  }

  get(url: string): Promise<PageResponse> {
    return this.request({ method: 'GET', url });
  }

  /** POST form fields exactly as given (no token added): for proving what happens without one. */
  post(url: string, fields: FormFields): Promise<PageResponse> {
    return this.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm(fields),
    });
  }

  /**
   * Submit a form like a person: open `formPage` (default: the action itself), take the CSRF token of
   * the form posting to `action`, and post the fields with it.
   */
  async submit(action: string, fields: FormFields, formPage: string = action): Promise<PageResponse> {
    const page = await this.get(formPage);
    if (page.status !== 200) throw new Error(`打开表单页 ${formPage} 失败：HTTP ${page.status}`);
    const token = csrfTokenFrom(page.body, action.split('?')[0]);
    return this.post(action, { ...fields, _csrf: token });
  }

  /**
   * Sign in. When the account must change its password first (one-time password), change it to
   * `newPassword` and return the password that now works.
   */
  async signIn(username: string, password: string, newPassword = 'Gongkai-测试-2026!'): Promise<string> {
    const response = await this.submit('/login', { username, password });
    if (response.status !== 303 && response.status !== 302) {
      throw new Error(`登录失败（HTTP ${response.status}）：${response.$()('.error-summary, .field-error').text().trim()}`);
    }
    if (response.location?.startsWith('/account/password')) {
      const changed = await this.submit('/account/password', {
        currentPassword: password,
        newPassword,
        confirmPassword: newPassword,
      });
      if (changed.status !== 303 && changed.status !== 302) {
        throw new Error(`修改初始密码失败（HTTP ${changed.status}）：${changed.$()('.error-summary').text().trim()}`);
      }
      return newPassword;
    }
    return password;
  }

  async signOut(): Promise<PageResponse> {
    return this.submit('/logout', {}, '/admin');
  }
}

/** Creates an account through the accounts service (as the system) and returns its one-time password. */
export async function createStaff(
  app: FastifyInstance,
  input: { agencyId: string; username: string; displayName?: string; roles?: Role[] },
): Promise<{ accountId: string; oneTimePassword: string }> {
  const { account, oneTimePassword } = await createAccount(app.context, SYSTEM_ACTOR, {
    agencyId: input.agencyId,
    username: input.username,
    displayName: input.displayName ?? `测试${input.username}`,
    roles: input.roles ?? [],
  });
  return { accountId: account.id, oneTimePassword };
}

/** A signed-in browser for a new account with `roles` on `agencyId` (its one-time password already changed). */
export async function signedInAs(
  t: TestApp,
  input: { agencyId: string; username: string; roles: Role[]; extraGrants?: Array<{ agencyId: string; role: Role }> },
): Promise<TestBrowser> {
  const { accountId, oneTimePassword } = await createStaff(t.app, input);
  for (const grant of input.extraGrants ?? []) {
    await grantRole(t.app.context, SYSTEM_ACTOR, { accountId, agencyId: grant.agencyId, role: grant.role });
  }
  const browser = t.browser();
  await browser.signIn(input.username, oneTimePassword);
  return browser;
}
