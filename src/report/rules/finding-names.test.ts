// Every finding a person can meet has a Chinese name (issue 11.6): the codes are collected from the
// statutory formats' rule lists and from the source — every `rule: 'X'` / `finding('X'` anywhere in src/,
// and every quoted UPPER_SNAKE literal in src/report (the rules and the readers) — so a new code
// without a name in finding-names.ts fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formats } from '../formats/index.ts';
import { reportLevelRules } from '../formats/shared-rules.ts';
import { findingName, findingNames, UNNAMED_FINDING } from './finding-names.ts';

const src = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** code → the first file it was seen in. */
function codesInSource(): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (code: string, file: string) => {
    if (!codes.has(code)) codes.set(code, relative(src, file));
  };
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\brule\s*:\s*|\bfinding\(\s*)['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g)) add(m[1]!, file);
    if (relative(src, file).startsWith('report')) {
      for (const m of text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g)) add(m[1]!, file);
    }
  }
  return codes;
}

describe('the Chinese names of findings', () => {
  it('name every rule of the statutory formats and of the report level', () => {
    const ids = [...Object.values(formats).flatMap((f) => f.rules.map((r) => r.id)), ...reportLevelRules.map((r) => r.id)];
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !Object.hasOwn(findingNames, id))).toEqual([]);
  });

  it('name every finding code used anywhere in the source', () => {
    const codes = codesInSource();
    // The scan finds the codes of the rules, the readers and the editor's own check.
    for (const known of ['T3_BALANCE', 'BLANK_CELL', 'READ_PLACEMENT', 'DRAFT_UNFINISHED', 'R_SAME_AS_LAST_YEAR']) expect(codes.has(known)).toBe(true);
    const unnamed = [...codes].filter(([code]) => !Object.hasOwn(findingNames, code)).map(([code, file]) => `${code}（${file}）`);
    expect(unnamed, `add a Chinese name to src/report/rules/finding-names.ts for: ${unnamed.join(', ')}`).toEqual([]);
  });

  it('are Chinese, without any Latin letter, and distinct', () => {
    for (const [code, name] of Object.entries(findingNames)) {
      expect(name, code).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/);
    }
    const names = Object.values(findingNames);
    expect(new Set(names).size).toBe(names.length);
  });

  it('never show a code, even an unknown one', () => {
    expect(findingName('T4_REVIEW_TOTAL')).toBe('行政复议总计与各项之和不符');
    expect(findingName('SOME_NEW_CODE')).toBe(UNNAMED_FINDING);
    expect(findingName('toString')).toBe(UNNAMED_FINDING);
  });
});
