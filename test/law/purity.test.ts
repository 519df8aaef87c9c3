// src/law is pure (DESIGN §3): time, calendar and data are arguments, never read from the world.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../src/law/', import.meta.url));
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

const forbidden: [RegExp, string][] = [
  [/from ['"]node:/, 'Node built-in module'],
  [/from ['"](fastify|kysely|pg|@fastify\/[^'"]+)['"]/, 'web or database library'],
  [/Date\.now\(/, 'Date.now()'],
  [/new Date\(\)/, 'new Date() without an argument'],
  [/process\./, 'process'],
  [/\bfetch\(/, 'network'],
  [/Math\.random\(/, 'randomness'],
];

describe('src/law purity', () => {
  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  for (const file of sources) {
    it(`${file} does no I/O and reads no clock`, () => {
      const text = readFileSync(dir + file, 'utf8');
      const found = forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
      expect(found).toEqual([]);
    });
  }
});
