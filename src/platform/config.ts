// Configuration from the environment, validated once at start-up. The server and the CLI read it
// through loadConfig(); nothing else touches process.env.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export interface Config {
  /** TCP port of the web server. */
  readonly port: number;
  /** Absolute path of the data folder: the SQLite file, attachments (`files/`) and the generated secret. */
  readonly dataDir: string;
  /** PostgreSQL URL; absent means the embedded SQLite file `<dataDir>/gongkai.sqlite`. */
  readonly databaseUrl: string | undefined;
  /** Secret for signing session cookies (≥ 32 characters). */
  readonly secret: string;
  /** Whether the first start of an empty database loads the demo county (GONGKAI_DEMO=0 for a real install). */
  readonly loadDemo: boolean;
  /** The rendered public-page cache (platform/page-cache): GONGKAI_PAGE_CACHE=0 turns it off; GONGKAI_PAGE_CACHE_MB bounds it. */
  readonly pageCache: { readonly enabled: boolean; readonly maxMegabytes: number };
  /** SQLite: threads that run public searches off the main thread (GONGKAI_READ_THREADS; 0 = none). */
  readonly readThreads: number;
  /**
   * The reverse proxies whose X-Forwarded-For / -Proto / -Host are believed (GONGKAI_TRUST_PROXY):
   * addresses or CIDR ranges; false (the default) believes no forwarded header, whatever HOST is.
   */
  readonly trustProxy: false | readonly string[];
  /** The address the public reaches the site at (GONGKAI_PUBLIC_URL), for feed and sitemap links; unset = from the request. */
  readonly publicUrl: string | undefined;
}

const environmentSchema = z.object({
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: 'PORT 必须是 1–65535 之间的整数端口号' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, { message: 'PORT 必须是 1–65535 之间的整数端口号' })
    .optional(),
  GONGKAI_DATA_DIR: z.string().trim().min(1, { message: 'GONGKAI_DATA_DIR 不能为空' }).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, {
      message: 'DATABASE_URL 必须是 postgres:// 或 postgresql:// 开头的 PostgreSQL 连接串；使用内置 SQLite 时请不要设置它',
    })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  GONGKAI_DEMO: z.enum(['0', '1'], { message: 'GONGKAI_DEMO 只能是 1（首次启动载入示范数据，默认）或 0（不载入）' }).optional(),
  GONGKAI_PAGE_CACHE: z.enum(['0', '1'], { message: 'GONGKAI_PAGE_CACHE 只能是 1（缓存公开页面，默认）或 0（不缓存）' }).optional(),
  GONGKAI_PAGE_CACHE_MB: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: 'GONGKAI_PAGE_CACHE_MB 必须是 1–4096 之间的整数（兆字节）' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 4096, { message: 'GONGKAI_PAGE_CACHE_MB 必须是 1–4096 之间的整数（兆字节）' })
    .optional(),
  GONGKAI_READ_THREADS: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: 'GONGKAI_READ_THREADS 必须是 0–16 之间的整数（0 表示检索在主线程执行）' })
    .transform(Number)
    .refine((n) => n <= 16, { message: 'GONGKAI_READ_THREADS 必须是 0–16 之间的整数（0 表示检索在主线程执行）' })
    .optional(),
  GONGKAI_TRUST_PROXY: z
    .string()
    .trim()
    .transform((value) => value.split(/[\s,]+/).filter((entry) => entry.length > 0))
    .refine((entries) => entries.every(isProxyAddress), {
      message: 'GONGKAI_TRUST_PROXY 须列出反向代理的 IP 地址或网段（例如 127.0.0.1 或 10.0.0.0/8，多个用逗号分隔），或设为 0 表示不信任任何代理；不能填写 true、* 这类“全部信任”的值',
    })
    .optional(),
  GONGKAI_PUBLIC_URL: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string()
      .trim()
      .refine(isPublicUrl, { message: 'GONGKAI_PUBLIC_URL 须是公众访问本平台的地址，以 http:// 或 https:// 开头，只含域名（或 IP）和端口，例如 https://gk.example.gov.cn' })
      .transform((value) => new URL(value).origin)
      .optional(),
  ),
  GONGKAI_SECRET: z
    .string()
    .min(32, { message: 'GONGKAI_SECRET 至少需要 32 个字符；不设置时系统会自动生成并保存在数据目录中' })
    .optional(),
});

/** The words proxy-addr (Fastify's trustProxy) knows for well-known ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An IP address, a CIDR range (address/prefix) or one of proxy-addr's range names; `0`/`off` alone mean none. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry) || entry === '0' || entry === 'off') return true;
  const [address, prefix, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** http(s)://host[:port] with nothing after it but an optional slash. */
function isPublicUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '';
}

/** The parsed GONGKAI_TRUST_PROXY: unset, empty, `0` or `off` trust nobody. */
function trustedProxies(entries: readonly string[] | undefined): false | readonly string[] {
  const named = (entries ?? []).filter((entry) => entry !== '0' && entry !== 'off');
  return named.length === 0 ? false : named;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const SECRET_FILE_NAME = 'secret';
/** The rendered public-page cache's default bound (about 4,000 pages of 14 KB). */
export const DEFAULT_PAGE_CACHE_MB = 64;
/** One read thread per core beyond the main thread's, at least one, at most four. */
export function defaultReadThreads(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Reads the configuration. When GONGKAI_SECRET is absent a random secret is generated once and kept
 * in `<dataDir>/secret` (mode 0600), so sessions survive restarts without anyone choosing a password.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`配置有误：${parsed.error.issues.map((i) => i.message).join('；')}`);
  }
  const values = parsed.data;
  const dataDir = resolve(cwd, values.GONGKAI_DATA_DIR ?? './data');
  return {
    port: values.PORT ?? 3000,
    dataDir,
    databaseUrl: values.DATABASE_URL,
    secret: values.GONGKAI_SECRET ?? readOrCreateSecret(dataDir),
    loadDemo: values.GONGKAI_DEMO !== '0',
    pageCache: { enabled: values.GONGKAI_PAGE_CACHE !== '0', maxMegabytes: values.GONGKAI_PAGE_CACHE_MB ?? DEFAULT_PAGE_CACHE_MB },
    readThreads: values.GONGKAI_READ_THREADS ?? defaultReadThreads(),
    trustProxy: trustedProxies(values.GONGKAI_TRUST_PROXY),
    publicUrl: values.GONGKAI_PUBLIC_URL,
  };
}

function readOrCreateSecret(dataDir: string): string {
  const path = join(dataDir, SECRET_FILE_NAME);
  if (existsSync(path)) {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored.length >= 32) return stored;
    throw new ConfigError(`数据目录中的密钥文件 ${path} 内容过短（少于 32 个字符）。请删除该文件让系统重新生成，或设置 GONGKAI_SECRET。`);
  }
  const secret = randomBytes(32).toString('base64url');
  try {
    mkdirSync(dataDir, { recursive: true });
    // flag 'wx': never overwrite a secret another process wrote a moment ago.
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(path, 'utf8').trim();
    throw new ConfigError(
      `无法在数据目录 ${dataDir} 中保存密钥（${(error as NodeJS.ErrnoException).code ?? String(error)}）。请检查该目录是否可写，或用 GONGKAI_DATA_DIR 指定其他目录，或直接设置 GONGKAI_SECRET。`,
    );
  }
  return secret;
}
