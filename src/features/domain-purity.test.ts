// Every feature's domain/ folder is pure (DESIGN §3, ARCHITECTURE.md): no I/O, no clock, no randomness —
// time and random sources are arguments. One test over all of them, so a new feature's domain is
// checked without anyone remembering to copy a test into it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const featuresDir = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(featuresDir)
  .map((feature) => `${featuresDir}${feature}/domain/`)
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap((dir) => readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).map((f) => dir + f));

const forbidden: [RegExp, string][] = [
  [/from ['"]node:/, 'Node built-in module'],
  [/from ['"](fs|path|os|net|http|https|child_process|crypto)['"]/, 'Node built-in module'],
  [/from ['"](fastify|kysely|pg|@fastify\/[^'"]+|@node-rs\/[^'"]+)['"]/, 'web, database or native library'],
  [/\.(repository|service|routes)\.tsx?['"]/, 'repository, service or route'],
  [/Date\.now\(/, 'Date.now()'],
  [/new Date\(\)/, 'new Date() without an argument'],
  [/process\./, 'process'],
  [/\bfetch\(/, 'network'],
  [/Math\.random\(/, 'randomness'],
];

describe('feature domain purity', () => {
  it('finds the domain folders of the features', () => {
    for (const feature of ['accounts', 'applications', 'catalogue', 'annual-reports', 'oversight']) {
      expect(sources.some((f) => f.includes(`/features/${feature}/domain/`))).toBe(true);
    }
  });

  for (const file of sources) {
    it(`${file.split('/features/')[1]} does no I/O and reads no clock`, () => {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of forbidden) expect(text, `${what}`).not.toMatch(pattern);
    });
  }
});
