// `gongkai report check` on inputs that would take unbounded time or memory: an endless device, a Word
// decompression bomb, a PDF stream bomb and a page nested 200,000 deep. Each ends with a Chinese message
// and exit status 2 (unreadable), the others of the same call are still checked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResultJson } from '../../src/report/model.ts';
import { docxBomb, pdfBomb } from '../support/bombs.ts';
import { cliTimeout, runGongkai, seedsDir, type CliRun } from './run-cli.ts';

describe('gongkai report check on endless, exploding and absurdly nested files', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'gongkai-guards-'));
  let run: CliRun;
  let results: CheckResultJson[];

  beforeAll(() => {
    writeFileSync(path.join(work, 'bomb.docx'), docxBomb(2047));
    writeFileSync(path.join(work, 'bomb-lying.docx'), docxBomb(2047, { lie: true }));
    writeFileSync(path.join(work, 'bomb.pdf'), pdfBomb(1024));
    writeFileSync(path.join(work, 'nested.html'), `<html><body>${'<div>'.repeat(200_000)}一、总体情况${'</div>'.repeat(200_000)}</body></html>`);
    run = runGongkai(['report', 'check', '--json', '/dev/zero', path.join(work, 'bomb.docx'), path.join(work, 'bomb-lying.docx'), path.join(work, 'bomb.pdf'), path.join(work, 'nested.html'), path.join(seedsDir, '004_2e14c0d31e5d676b.txt')]);
    results = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as CheckResultJson);
  }, cliTimeout);

  it('answers for every file, the seed after them still checked', () => {
    expect(results).toHaveLength(6);
    expect(results[5]!.error).toBeUndefined();
    expect(results[5]!.year).toBe(2024);
    expect(run.status).toBe(2);
  });

  it('stops reading /dev/zero at the size limit', () => {
    expect(results[0]!.error).toMatch(/文件超过 50 MB（或读不到结尾，例如设备或管道）/);
  });

  it('refuses the Word bombs (declared and lying sizes) and the PDF bomb before unpacking them', () => {
    expect(results[1]!.error).toMatch(/Word 文档中的“word\/document\.xml”解压后超过 32 MB/);
    expect(results[2]!.error).toMatch(/Word 文档中的“word\/document\.xml”解压后超过 32 MB/);
    expect(results[3]!.error).toMatch(/PDF 文件中有一段内容解压后超过 64 MB/);
  });

  it('refuses the page nested 200,000 deep in Chinese', () => {
    expect(results[4]!.error).toMatch(/网页的标签嵌套超过 1000 层/);
    expect(run.stderr).not.toMatch(/Maximum call stack|RangeError|Error:/);
  });
});
