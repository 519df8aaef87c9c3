// `gongkai report render`: a seed converted to Word, HTML and JSON carries the same numbers, which
// the readers find again in the converted file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/report/parse/read-file.ts';
import { cellDifferences } from '../report-roundtrip/cells.ts';
import { cliTimeout, runGongkai, seedsDir } from './run-cli.ts';

const seed004 = path.join(seedsDir, '004_2e14c0d31e5d676b.txt');
const work = mkdtempSync(path.join(tmpdir(), 'gongkai-render-'));

describe('gongkai report render', () => {
  it('writes a Word file that reads back with the same cells as the seed', async () => {
    const out = path.join(work, '曹镇乡.docx');
    const run = runGongkai(['report', 'render', seed004, '--to', 'docx', '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`已写入 ${out}`);
    const original = await readReportFile(readFileSync(seed004), 'seed.txt');
    const converted = await readReportFile(readFileSync(out), out);
    expect(converted.year).toBe(2024);
    expect(converted.cells['applications.new_received.natural_person']?.value).toBe(4);
    expect(cellDifferences(converted, original)).toEqual([]);
  }, cliTimeout);

  it('prints HTML and JSON to standard output when no file is given', () => {
    const html = runGongkai(['report', 'render', seed004, '--to', 'html']);
    expect(html.status).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('湛河区曹镇乡人民政府');
    const json = runGongkai(['report', 'render', seed004, '--to', 'json']);
    const parsed = JSON.parse(json.stdout) as { year: number; cells: Record<string, { value: number }> };
    expect(parsed.year).toBe(2024);
    expect(parsed.cells['applications.outcomes.granted.total']?.value).toBe(4);
  }, cliTimeout);

  it('refuses an unknown target, Word without an output file, and an unreadable input, with exit 2', () => {
    const unknown = runGongkai(['report', 'render', seed004, '--to', 'pdf']);
    expect([unknown.status, unknown.stderr]).toEqual([2, '参数有误：--to 只能是：html、docx、json、csv\n']);
    const noOutput = runGongkai(['report', 'render', seed004, '--to', 'docx']);
    expect(noOutput.status).toBe(2);
    expect(noOutput.stderr).toMatch(/-o/);
    const missing = runGongkai(['report', 'render', path.join(work, 'none.txt'), '--to', 'json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/无法转换/);
  }, cliTimeout);
});
