// DESIGN.md §3: report/, law/ and every features/*/domain/ import nothing that does I/O and read no
// clock or environment — time, calendar and configuration are arguments. This test enforces it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

const forbiddenModules = [/^fastify(\/|$)/, /^@fastify\//, /^kysely(\/|$)/, /^pg(\/|$)/, /^(node:)?fs(\/|$)/, /^(node:)?net$/, /^(node:)?https?$/];

const forbiddenCalls: { pattern: RegExp; what: string }[] = [
  { pattern: /\bDate\.now\s*\(/, what: 'Date.now()' },
  { pattern: /\bnew\s+Date\s*\(\s*\)/, what: 'new Date()' },
  { pattern: /\bprocess\.env\b/, what: 'process.env' },
];

/** Source without comments, so that a comment explaining the rule does not break it. */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every module specifier a source file imports (static, dynamic, re-export, require). */
export function importedModules(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const p of patterns) for (const m of code.matchAll(p)) found.push(m[1]!);
  return found;
}

/** What a source file does that the purity rule forbids, in words. */
export function impurities(source: string): string[] {
  const code = stripComments(source);
  const problems = importedModules(source)
    .filter((m) => forbiddenModules.some((f) => f.test(m)))
    .map((m) => `imports ${m}`);
  for (const { pattern, what } of forbiddenCalls) if (pattern.test(code)) problems.push(`uses ${what}`);
  return problems;
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // Tests may read fixtures from disk; the rule is about the code they test.
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function pureFiles(): string[] {
  const features = join(root, 'src', 'features');
  let featureDomains: string[] = [];
  try {
    featureDomains = readdirSync(features).map((f) => join(features, f, 'domain'));
  } catch {
    featureDomains = [];
  }
  return [join(root, 'src', 'report'), join(root, 'src', 'law'), ...featureDomains].flatMap(sourceFiles);
}

describe('purity of report/, law/ and features/*/domain/ (DESIGN.md §3)', () => {
  it('no pure module imports fastify, kysely, pg, node:fs, node:net or node:http, reads the clock or the environment', () => {
    const files = pureFiles();
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((f) => impurities(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}: ${p}`));
    expect(offenders).toEqual([]);
  });

  it('the scanner finds every forbidden import form', () => {
    expect(impurities("import { readFileSync } from 'node:fs';")).toEqual(['imports node:fs']);
    expect(impurities("import fs from 'fs/promises';")).toEqual(['imports fs/promises']);
    expect(impurities("export { sql } from 'kysely';")).toEqual(['imports kysely']);
    expect(impurities("const pg = await import('pg');")).toEqual(['imports pg']);
    expect(impurities("import type { FastifyInstance } from 'fastify';")).toEqual(['imports fastify']);
    expect(impurities("import helmet from '@fastify/helmet';")).toEqual(['imports @fastify/helmet']);
    expect(impurities("import { createServer } from 'node:http';")).toEqual(['imports node:http']);
    expect(impurities("import net from 'node:net';")).toEqual(['imports node:net']);
  });

  it('the scanner finds clock and environment reads but not dates built from arguments', () => {
    expect(impurities('const t = Date.now();')).toEqual(['uses Date.now()']);
    expect(impurities('const d = new Date();')).toEqual(['uses new Date()']);
    expect(impurities('const u = process.env.PG_URL;')).toEqual(['uses process.env']);
    expect(impurities("const d = new Date('2024-01-31T00:00:00Z');")).toEqual([]);
    expect(impurities('// never call Date.now() here\nconst x = 1;')).toEqual([]);
    expect(impurities("import { z } from 'zod'; import { pgUrl } from './pg-url.ts';")).toEqual([]);
  });
});
