// buildApp(options): the whole web application, ready for `listen` (server.ts) or `inject` (tests).
// Order matters: security headers, cookies and sessions first; then CSRF (needs the session), rate
// limits, static files, pages and errors; the auth plugin; finally every feature's routes.
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { fileURLToPath } from 'node:url';
import type { Database } from './db/database.ts';
import { fileStores } from './features/file-stores.ts';
import { featureRoutes } from './features/index.ts';
import { registerAuth } from './platform/auth.ts';
import { registerCsrf } from './platform/csrf.ts';
import { registerDisplayRoutes } from './platform/display.ts';
import { frameworkErrorHandler, handleClientError, registerErrorHandling } from './platform/error-handler.tsx';
import { dataDirOf } from './platform/data-dir.ts';
import { registerHealth } from './platform/health.ts';
import { sweepOrphanFiles } from './platform/orphan-files.ts';
import { DEFAULT_PAGE_CACHE_MB } from './platform/config.ts';
import { registerPublicOrigin } from './platform/public-origin.ts';
import { registerPageCache, type PageCacheHandle } from './platform/page-cache/page-cache.ts';
import { LARGE_TEXT_COOKIE, registerPage } from './platform/page.ts';
import { registerRateLimit } from './platform/rate-limits.ts';
import { registerTransportSecurity } from './platform/transport-security.ts';
import { createServiceContext, type ServiceContext } from './platform/service-context.ts';
import { DatabaseSessionStore } from './platform/session-store.ts';
import { registerOversizeUploadGuard, uploadLimits } from './platform/uploads.ts';
import './platform/session-types.ts';

export const SESSION_COOKIE = 'gk_session';
/** A staff session ends after eight idle hours (a working day); activity extends it (auth.ts). */
export const SESSION_IDLE_MS = 8 * 3600 * 1000;

// Upload limits (DESIGN §5) live in platform/uploads.ts, beside what an oversize file does.
export { uploadLimits } from './platform/uploads.ts';

export interface AppOptions {
  readonly database: Database;
  /** Signs the session cookie; at least 32 characters (config.secret). */
  readonly secret: string;
  /** Shown in every page header. */
  readonly siteName?: string;
  /** pino options; false in tests. JSON lines in production, which is pino's default output. */
  readonly logger?: FastifyServerOptions['logger'];
  /** The clock of services and sessions (tests move it). */
  readonly now?: () => Date;
  /**
   * The reverse proxies whose X-Forwarded-For / -Proto are believed (config.trustProxy,
   * GONGKAI_TRUST_PROXY): their addresses or CIDR ranges. Absent or false: no forwarded header counts.
   */
  readonly trustProxy?: false | readonly string[];
  /** The site's public origin for absolute links in feeds and the sitemap (GONGKAI_PUBLIC_URL). */
  readonly publicUrl?: string;
  /**
   * Before the first request, sweep the stored files left without a record by a killed process
   * (platform/orphan-files.ts). The server sets it; tests that share a data folder leave it off.
   */
  readonly sweepOrphanFiles?: boolean;
  /** The rendered public-page cache (platform/page-cache): on unless `enabled: false`; size in MB. */
  readonly pageCache?: { readonly enabled?: boolean; readonly maxMegabytes?: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The services' dependencies: database, dialect, clock, id generator. */
    context: ServiceContext;
    database: Database;
    sessionStore: DatabaseSessionStore;
    pageCache: PageCacheHandle;
  }
}

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const siteName = options.siteName ?? '政府信息公开平台';
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ? [...options.trustProxy] : false,
    // Form bodies of long applications and catalogue items; uploads have their own limits.
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors met before routing (a bad URL, a too-long path segment) and refusals of the HTTP parser
    // (431 headers too large) are Chinese pages too, not Fastify's English JSON (error-handler.tsx).
    frameworkErrors: frameworkErrorHandler(siteName),
    clientErrorHandler: handleClientError,
  });
  const now = options.now ?? (() => new Date());
  const context = createServiceContext({ db: options.database.db, readDb: options.database.readDb, dialect: options.database.dialect, now });
  const sessionStore = new DatabaseSessionStore(options.database.db, { maxAgeMs: SESSION_IDLE_MS, now });
  app.decorate('context', context);
  app.decorate('database', options.database);
  app.decorate('sessionStore', sessionStore);

  await app.register(fastifyHelmet, {
    // HSTS only on responses that really travel over HTTPS (transport-security.ts).
    strictTransportSecurity: false,
    // Only this site's own styles, scripts, images and fonts; no inline scripts; forms post here only.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
  });
  await app.register(fastifyFormbody);
  // An oversize file is cut and marked, not thrown: the form it came from can be shown again with what
  // the user typed (platform/uploads.ts); routes that do not opt in still answer 413.
  await app.register(fastifyMultipart, { limits: uploadLimits, attachFieldsToBody: true, throwFileSizeLimit: false });
  // The secret signs the CSRF cookie (csrf.ts); the session plugin signs its own cookie with it too.
  await app.register(fastifyCookie, { secret: options.secret });
  await app.register(fastifySession, {
    secret: options.secret,
    cookieName: SESSION_COOKIE,
    store: sessionStore,
    // Visitors who only read public pages get no session (and no row in web_session). A session is
    // saved when it changes; auth.ts extends a signed-in session's expiry every few minutes.
    saveUninitialized: false,
    rolling: false,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_IDLE_MS },
  });
  await registerCsrf(app, options.secret);
  registerTransportSecurity(app);
  registerPublicOrigin(app, options.publicUrl);
  await registerRateLimit(app);
  await app.register(fastifyStatic, { root: publicDir, prefix: '/static/', maxAge: '1h', index: false });

  registerPage(app, { siteName });
  registerErrorHandling(app);
  registerHealth(app, options.database);
  registerDisplayRoutes(app);
  await registerAuth(app);
  app.decorate(
    'pageCache',
    registerPageCache(app, options.database.db, {
      enabled: options.pageCache?.enabled ?? true,
      maxBytes: (options.pageCache?.maxMegabytes ?? DEFAULT_PAGE_CACHE_MB) * 1024 * 1024,
      sessionCookie: SESSION_COOKIE,
      largeTextCookie: LARGE_TEXT_COOKIE,
    }),
  );
  registerOversizeUploadGuard(app);

  for (const routes of featureRoutes) await app.register(routes);
  if (options.sweepOrphanFiles) {
    app.addHook('onReady', async () => {
      const report = await sweepOrphanFiles({ dataDir: dataDirOf(options.database), stores: fileStores(options.database.db, dataDirOf(options.database)), now: now() });
      if (report.finished + report.quarantined + report.deleted > 0) app.log.warn({ ...report }, 'stored files without a record swept (docs/operations.md)');
    });
  }
  return app;
}
