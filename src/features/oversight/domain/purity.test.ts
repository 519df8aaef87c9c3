import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// DESIGN §3: domain/ imports nothing that does I/O and never reads the clock or the environment.
const forbidden = [/from ['"](node:)?(fs|path|os|net|http|https|child_process|crypto)['"]/, /from ['"]fastify/, /from ['"]kysely/, /from ['"]pg['"]/, /Date\.now\(\)/, /new Date\(\)/, /process\.env/];

describe('oversight domain is pure', () => {
  const dir = new URL('.', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    it(`${file} imports no I/O and reads no clock or environment`, () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const pattern of forbidden) expect(text).not.toMatch(pattern);
    });
  }
});
