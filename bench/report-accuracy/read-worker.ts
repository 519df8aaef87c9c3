// Child process of run.ts: reads one corpus file at a time with the reader of a given checkout, so that
// run.ts can kill it when a file takes too long (a synchronous endless loop cannot be raced in-process).
// Messages in: { readerRoot, path, name }; out: ReadReply.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TruthValue } from './hand-read.ts';
import { truthValues, type ReadCell } from './compare.ts';

export interface ReadRequest {
  readerRoot: string;
  path: string;
  name: string;
}

export interface ReadReply {
  outcome: 'read' | 'refused' | 'unreadable' | 'crashed';
  ms: number;
  year?: number | null;
  agency?: string | null;
  cells?: Record<string, TruthValue>;
  message?: string;
}

type Cell = ReadCell;
interface Reader {
  readReportFile: (bytes: Uint8Array, fileName: string, options?: { pdf?: unknown }) => Promise<{ year: number | null; agency: string | null; cells: Record<string, Cell> }>;
  isReportReadError: (e: unknown) => boolean;
  NotAnnualReportError?: new (...a: never[]) => Error;
  pdfAssets: () => unknown;
}

const readers = new Map<string, Promise<Reader>>();
function loadReader(root: string): Promise<Reader> {
  let reader = readers.get(root);
  if (!reader) {
    const load = async (file: string) => (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>;
    reader = Promise.all([load('src/report/parse/read-file.ts'), load('src/report/parse/not-report.ts'), load('src/cli/report/pdf-assets.ts')]).then(
      ([readFile, notReport, assets]) => ({ ...(readFile as object), NotAnnualReportError: notReport.NotAnnualReportError, pdfAssets: assets.pdfAssets }) as Reader,
    );
    readers.set(root, reader);
  }
  return reader;
}

export async function readOne(request: ReadRequest): Promise<ReadReply> {
  const reader = await loadReader(request.readerRoot);
  const bytes = new Uint8Array(readFileSync(request.path));
  const started = performance.now();
  try {
    const report = await reader.readReportFile(bytes, request.name, { pdf: reader.pdfAssets() });
    return { outcome: 'read', ms: performance.now() - started, year: report.year, agency: report.agency, cells: truthValues(report.cells) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const refused = reader.NotAnnualReportError !== undefined && error instanceof reader.NotAnnualReportError;
    // readReportFile turns a reader defect into an "unreadable" error with this sentence: a crash.
    const defect = message.includes('时出错，无法识别其中的年报内容');
    const outcome = refused ? 'refused' : reader.isReportReadError(error) && !defect ? 'unreadable' : 'crashed';
    return { outcome, ms: performance.now() - started, message };
  }
}

if (process.send) {
  process.on('message', (request: ReadRequest) => {
    void readOne(request).then((reply) => process.send!(reply));
  });
}
