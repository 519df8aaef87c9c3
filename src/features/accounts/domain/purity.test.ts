// The domain folders of the platform features are pure (DESIGN §3): no I/O, no clock, no randomness —
// time and random sources are arguments.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folders = ['accounts', 'agencies', 'audit'].map((f) => fileURLToPath(new URL(`../../${f}/domain/`, import.meta.url)));
const sources = folders.flatMap((dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => dir + f) : [],
);

const forbidden: [RegExp, string][] = [
  [/from ['"]node:/, 'Node built-in module'],
  [/from ['"](fastify|kysely|pg|@fastify\/[^'"]+|@node-rs\/[^'"]+)['"]/, 'web, database or native library'],
  [/\.(repository|service|routes)\.tsx?['"]/, 'repository, service or route'],
  [/Date\.now\(/, 'Date.now()'],
  [/new Date\(\)/, 'new Date() without an argument'],
  [/process\./, 'process'],
  [/\bfetch\(/, 'network'],
  [/Math\.random\(/, 'randomness'],
];

describe('platform domain purity', () => {
  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of sources) {
    it(`${file.split('/features/')[1]} does no I/O and reads no clock`, () => {
      const text = readFileSync(file, 'utf8');
      expect(forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => what)).toEqual([]);
    });
  }
});
