// Writes the benchmark corpus into bench/out/report-read/ (gitignored): random valid reports of both
// formats (the property-test arbitraries, fixed seed) laid out like real published reports.
//   npx tsx bench/report-read/generate.ts [--count 1000] [--docx 50] [--pdf 20]
// PDFs are printed from the HTML pages by Debian's Chromium (--print-to-pdf) when it is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import fc from 'fast-check';
import type { AnnualReport, TableId } from '../../src/report/model.ts';
import { arbitraryReport } from '../../test/support/arbitrary-report.ts';
import { reportHtml, reportText, tableRows, type TextLayout } from './layouts.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, docx: { type: 'string', default: '50' }, pdf: { type: 'string', default: '20' } },
});
const count = Number(values.count);
const docxCount = Number(values.docx);
const pdfCount = Number(values.pdf);
const out = path.resolve(import.meta.dirname, '../out/report-read');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const reports = fc.sample(arbitraryReport({ maxCount: 400 }), { numRuns: count + docxCount + pdfCount, seed: 20261126 });
const textLayouts: TextLayout[] = ['cells', 'tabs', 'layout'];
let n = 0;
// Beside the documents, the cells each one must read as: the runner counts documents read exactly.
const expectedDir = path.join(out, '..', 'report-read-expected');
rmSync(expectedDir, { recursive: true, force: true });
mkdirSync(expectedDir, { recursive: true });
let current: AnnualReport | undefined;
const name = (kind: string, ext: string) => {
  const id = String(n++).padStart(5, '0');
  if (current) {
    const cells = Object.fromEntries(Object.entries(current.cells).map(([k, c]) => [k, c.kind === 'number' ? c.value || 0 : c.kind === 'blank' ? null : '/']));
    writeFileSync(path.join(expectedDir, `${id}.json`), JSON.stringify({ format: current.format, year: current.year, agency: current.agency, cells }));
  }
  return path.join(out, `${id}-${kind}.${ext}`);
};

// The text and HTML documents: a quarter of each layout.
for (let i = 0; i < count; i++) {
  const report = reports[i]!;
  current = report;
  const kind = i % 4;
  if (kind < 3) writeFileSync(name(textLayouts[kind]!, 'txt'), reportText(report, textLayouts[kind]!));
  else writeFileSync(name('html', 'html'), reportHtml(report));
}

for (let i = 0; i < docxCount; i++) {
  current = reports[count + i]!;
  writeFileSync(name('docx', 'docx'), await reportDocx(current));
}

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (pdfCount > 0 && !chromium) process.stderr.write('未找到 Chromium，跳过 PDF 样本。\n');
for (let i = 0; chromium && i < pdfCount; i++) {
  current = reports[count + docxCount + i]!;
  const html = name('pdf-source', 'html').replace(out, path.join(out, '..', 'report-read-pdf-src'));
  mkdirSync(path.dirname(html), { recursive: true });
  writeFileSync(html, reportHtml(current));
  const pdf = path.join(out, path.basename(html).replace('pdf-source.html', 'pdf.pdf'));
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`,
  ], { stdio: 'ignore', timeout: 60_000 });
}

process.stdout.write(`已生成 ${n} 个文件：${out}\n`);

async function reportDocx(report: AnnualReport): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph(`${report.agency}${report.year}年政府信息公开工作年度报告`)];
  const tables: Partial<Record<string, TableId>> = { active_disclosure: 'active_disclosure', applications: 'applications', review_litigation: 'review_litigation' };
  for (const section of report.sections) {
    children.push(new Paragraph(section.heading));
    if (section.text) children.push(new Paragraph(section.text));
    const table = tables[section.id];
    if (!table) continue;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: tableRows(report, table).map(
          (row) =>
            new TableRow({
              children: row.cells.map(
                (text, i) =>
                  new TableCell({
                    children: [new Paragraph(text)],
                    columnSpan: row.spans?.[i]?.colspan,
                    rowSpan: row.spans?.[i]?.rowspan,
                  }),
              ),
            }),
        ),
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
