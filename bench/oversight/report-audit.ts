// Bulk audit of published reports, end to end: a batch of real report files (the corpus fixtures: PDF,
// HTML, text, Word) uploaded through startAudit and worked off by the runner — each file read on the
// reader thread, then the batch checked with its context (level, publication date, last year's report).
// Prints the batch time and files per second; then the batch is queued again as after a correction
// (requeueBatch: files kept read, only checked) and that check-only pass is timed — the part that runs on
// the server's own thread. Usage: npx tsx bench/oversight/report-audit.ts [--files 60] [--runs 3]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { requeueBatch } from '../../src/features/oversight/oversight.repository.ts';
import { ReportAuditRunner } from '../../src/features/oversight/report-audit.runner.ts';
import { startAudit } from '../../src/features/oversight/report-audit.service.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';
import { accountWith } from '../../test/db/tree.ts';

const { values } = parseArgs({ options: { files: { type: 'string', default: '60' }, runs: { type: 'string', default: '3' } } });
const fileCount = Number(values.files);
const runs = Number(values.runs);

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const sources = [
  'reports/000_86e1ed2bd8e108a0.txt',
  'reports/002_2ca9e04ed4bb8715.txt',
  'reports/003_2dc4deb19782afd0.txt',
  'reports/004_2e14c0d31e5d676b.txt',
  'reports/kiro_hongzequ_2023.layout.txt',
  'reports/kiro_hongzequ_2024.layout.txt',
  'reports/kiro_shuyangxian_2025.md',
  'reports-rich/kiro_shuyang-fgj_2023.simplified.html',
  'reports-rich/kiro_hongzequ_2023.pdf',
  'reports-rich/kiro_hongzequ_2024.pdf',
  'reports-rich/gnb_huaianshi_2024.pdf',
  'reports-rich/gnb_blank-template_2021.docx',
].map((path) => ({ name: path.split('/')[1]!, data: readFileSync(join(fixtures, path)) }));
const files = Array.from({ length: fileCount }, (_, i) => ({ name: `${String(i + 1).padStart(3, '0')}_${sources[i % sources.length]!.name}`, data: sources[i % sources.length]!.data }));
const kinds = files.reduce<Record<string, number>>((n, f) => ({ ...n, [f.name.split('.').pop()!]: (n[f.name.split('.').pop()!] ?? 0) + 1 }), {});

const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-audit-'));
const database = createDatabase({ dataDir });
await migrateToLatest(database.db);
const ctx = createServiceContext({ db: database.db, dialect: database.dialect });
const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'BENCH-AUDIT', name: '基准测试县人民政府', level: 'county_government' });
const supervisor = (await accountWith(ctx, county, 'supervisor', 'bench_audit')).actor;

console.log(`files per batch: ${fileCount} (${Object.entries(kinds).map(([k, n]) => `${n} .${k}`).join(', ')}), runs: ${runs}, node ${process.version}`);
console.log('| run | whole batch | files/s | check only (after a correction) | check per file |');
console.log('|---|---|---|---|---|');
async function untilDone(batchId: string): Promise<void> {
  for (;;) {
    await new Promise((r) => setTimeout(r, 5));
    const batch = await ctx.db.selectFrom('report_audit_batch').select('status').where('id', '=', batchId).executeTakeFirstOrThrow();
    if (batch.status === 'done') return;
  }
}
for (let run = 1; run <= runs; run++) {
  const runner = new ReportAuditRunner(ctx, dataDir);
  const start = performance.now();
  const { batchId } = await startAudit({ ctx, dataDir, applications: undefined as never }, supervisor, files, { published_on: '2025-01-20' });
  runner.kick();
  await untilDone(batchId);
  const whole = performance.now() - start;
  const again = performance.now();
  await ctx.db.transaction().execute((trx) => requeueBatch(trx, county.id, batchId));
  runner.kick();
  await runner.idle();
  await untilDone(batchId);
  const check = performance.now() - again;
  await runner.close();
  console.log(`| ${run} | ${whole.toFixed(0)} ms | ${((fileCount * 1000) / whole).toFixed(1)} | ${check.toFixed(0)} ms | ${(check / fileCount).toFixed(1)} ms |`);
}
await database.close();
rmSync(dataDir, { recursive: true, force: true });
