import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultReadThreads, loadConfig } from './config.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'gongkai-config-'));

describe('configuration from the environment', () => {
  it('defaults to port 3000 and ./data under the working directory, with SQLite', () => {
    const cwd = scratch();
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({ port: 3000, dataDir: join(cwd, 'data'), databaseUrl: undefined });
  });

  it('generates a secret once, keeps it in the data folder readable only by the owner, and reuses it', () => {
    const cwd = scratch();
    const first = loadConfig({ GONGKAI_DATA_DIR: 'd' }, cwd);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(cwd, 'd', 'secret'), 'utf8').trim()).toBe(first.secret);
    expect(statSync(join(cwd, 'd', 'secret')).mode & 0o777).toBe(0o600);
    expect(loadConfig({ GONGKAI_DATA_DIR: 'd' }, cwd).secret).toBe(first.secret);
  });

  it('takes PORT, DATABASE_URL and GONGKAI_SECRET when given', () => {
    const config = loadConfig(
      { PORT: '8080', DATABASE_URL: 'postgres://gk@db:5432/gongkai', GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_DATA_DIR: '/srv/gongkai', GONGKAI_READ_THREADS: '2' },
      '/',
    );
    expect(config).toEqual({ port: 8080, dataDir: '/srv/gongkai', databaseUrl: 'postgres://gk@db:5432/gongkai', secret: 'x'.repeat(40), loadDemo: true, pageCache: { enabled: true, maxMegabytes: 64 }, readThreads: 2, trustProxy: false, publicUrl: undefined });
  });

  it('believes no forwarded header unless GONGKAI_TRUST_PROXY lists the proxies, whatever HOST is', () => {
    const base = { GONGKAI_SECRET: 'x'.repeat(40) };
    // The README's office setup listens on every address; that alone must not trust X-Forwarded-For.
    expect(loadConfig({ ...base, HOST: '0.0.0.0' }, '/').trustProxy).toBe(false);
    expect(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '' }, '/').trustProxy).toBe(false);
    expect(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '0' }, '/').trustProxy).toBe(false);
    expect(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '127.0.0.1' }, '/').trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8 ::1 fd00::/8' }, '/').trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    expect(loadConfig({ ...base, GONGKAI_TRUST_PROXY: 'loopback' }, '/').trustProxy).toEqual(['loopback']);
    for (const bad of ['true', '*', '1', 'nginx.local', '10.0.0.0/33', '10.0.0.1/8/2', '300.1.1.1']) {
      expect(() => loadConfig({ ...base, GONGKAI_TRUST_PROXY: bad }, '/')).toThrow('GONGKAI_TRUST_PROXY 须列出反向代理的 IP 地址或网段');
    }
  });

  it('takes the public address for feed and sitemap links from GONGKAI_PUBLIC_URL, and refuses anything but an origin', () => {
    const base = { GONGKAI_SECRET: 'x'.repeat(40) };
    expect(loadConfig(base, '/').publicUrl).toBeUndefined();
    expect(loadConfig({ ...base, GONGKAI_PUBLIC_URL: 'https://GK.Example.gov.cn/' }, '/').publicUrl).toBe('https://gk.example.gov.cn');
    expect(loadConfig({ ...base, GONGKAI_PUBLIC_URL: 'http://192.168.1.20:3000' }, '/').publicUrl).toBe('http://192.168.1.20:3000');
    for (const bad of ['gk.example.gov.cn', 'ftp://gk.example.gov.cn', 'https://gk.example.gov.cn/gk/', 'https://gk.example.gov.cn/?a=1', 'https://user:pw@gk.example.gov.cn']) {
      expect(() => loadConfig({ ...base, GONGKAI_PUBLIC_URL: bad }, '/')).toThrow('GONGKAI_PUBLIC_URL 须是公众访问本平台的地址');
    }
  });

  it('loads the demo on first start unless GONGKAI_DEMO=0, and refuses other values in Chinese', () => {
    expect(loadConfig({ GONGKAI_SECRET: 'x'.repeat(40) }, '/').loadDemo).toBe(true);
    expect(loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_DEMO: '0' }, '/').loadDemo).toBe(false);
    expect(() => loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_DEMO: 'no' }, '/')).toThrow('GONGKAI_DEMO 只能是 1');
  });

  it('keeps rendered public pages unless GONGKAI_PAGE_CACHE=0, bounded by GONGKAI_PAGE_CACHE_MB, and refuses other values in Chinese', () => {
    expect(loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_PAGE_CACHE: '0' }, '/').pageCache).toEqual({ enabled: false, maxMegabytes: 64 });
    expect(loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_PAGE_CACHE_MB: '256' }, '/').pageCache).toEqual({ enabled: true, maxMegabytes: 256 });
    expect(() => loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_PAGE_CACHE: 'off' }, '/')).toThrow('GONGKAI_PAGE_CACHE 只能是 1');
    expect(() => loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_PAGE_CACHE_MB: '0' }, '/')).toThrow('GONGKAI_PAGE_CACHE_MB 必须是 1–4096');
  });

  it('runs searches on read threads, one per core beyond the first (1–4), unless GONGKAI_READ_THREADS says otherwise', () => {
    expect([1, 2, 3, 8, 64].map((cores) => defaultReadThreads(cores))).toEqual([1, 1, 2, 4, 4]);
    expect(loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_READ_THREADS: '0' }, '/').readThreads).toBe(0);
    expect(loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_READ_THREADS: '3' }, '/').readThreads).toBe(3);
    expect(() => loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_READ_THREADS: '17' }, '/')).toThrow('GONGKAI_READ_THREADS 必须是 0–16');
    expect(() => loadConfig({ GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_READ_THREADS: 'two' }, '/')).toThrow('GONGKAI_READ_THREADS 必须是 0–16');
  });

  it('refuses a port that is not a number between 1 and 65535, in Chinese', () => {
    expect(() => loadConfig({ PORT: 'abc' }, scratch())).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' }, scratch())).toThrow('PORT 必须是 1–65535 之间的整数端口号');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, and a short secret', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, scratch())).toThrow('DATABASE_URL 必须是 postgres://');
    expect(() => loadConfig({ GONGKAI_SECRET: 'short' }, scratch())).toThrow('GONGKAI_SECRET 至少需要 32 个字符');
  });

  it('treats an empty DATABASE_URL as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', GONGKAI_SECRET: 'y'.repeat(32) }, scratch()).databaseUrl).toBeUndefined();
  });
});

describe('configuration when the data folder cannot be written', () => {
  it('says in Chinese what to do instead of crashing with a system error', () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'not-a-folder'), 'x');
    expect(() => loadConfig({ GONGKAI_DATA_DIR: 'not-a-folder/data' }, cwd)).toThrow('请检查该目录是否可写');
  });
});
