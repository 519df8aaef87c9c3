// Throughput of the report engine's rules and renderers over random valid reports (fixed seed):
// what an oversight view pays to check and print every township report of a county or province.
// Usage: npx tsx bench/report-rules/run.ts [--reports 1000] [--docx 100] [--rounds 3]
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { checkReport, renderCsv, renderDocx, renderHtml, renderJson, renderText } from '../../src/report/index.ts';
import { arbitraryReport } from '../../test/support/arbitrary-report.ts';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} 应为正整数`);
  return v;
}

const count = flag('reports', 1000);
const docxCount = Math.min(flag('docx', 100), count);
const rounds = flag('rounds', 3);
const reports = fc.sample(arbitraryReport(), { numRuns: count, seed: 20261126 });
// Each report checked against a prior one too, as the platform does for the cross-year rules.
const priors = [reports[reports.length - 1]!, ...reports.slice(0, -1)];

async function measure(name: string, n: number, run: () => unknown | Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`| ${name} | ${n} | ${median.toFixed(0)} ms | ${((median * 1000) / n).toFixed(0)} µs | ${Math.round((n * 1000) / median)} |`);
}

console.log(`reports: ${count} (gov_2021 and gov_2019 mixed), rounds: ${rounds}, node ${process.version}`);
console.log('| step | reports | median | per report | reports/s |');
console.log('|---|---|---|---|---|');
await measure('checkReport', count, () => reports.forEach((r) => checkReport(r)));
await measure('checkReport with prior', count, () => reports.forEach((r, i) => checkReport(r, { prior: priors[i]!, agencyLevel: 'township', publishedOn: '2026-01-20' })));
await measure('renderHtml (with findings)', count, () => reports.forEach((r) => renderHtml(r, checkReport(r))));
await measure('renderText', count, () => reports.forEach((r) => renderText(r)));
await measure('renderCsv', count, () => reports.forEach((r) => renderCsv(r)));
await measure('renderJson', count, () => reports.forEach((r) => renderJson(r)));
await measure('renderDocx', docxCount, async () => {
  for (const r of reports.slice(0, docxCount)) await renderDocx(r);
});
