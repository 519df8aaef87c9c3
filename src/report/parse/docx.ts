// Reading a report saved as a Word document (.docx): mammoth turns it into HTML (paragraphs and
// tables with their spans), which the HTML reader flattens into lines. Images and styles are
// dropped; only text and table structure matter for the report. Mammoth is handed the file opened
// by office-zip.ts (declared sizes checked, every part inflated with a cap), never the raw bytes.
import mammoth from 'mammoth';
import { documentXmlToLines } from './docx-xml.ts';
import { htmlToLines, toSimplifiedLines } from './html.ts';
import type { ReportLine } from './lines.ts';
import { UnreadableDocumentError } from './encoding.ts';
import { openGuardedZip, type OfficeZipLimits } from './office-zip.ts';

const damagedMessage = 'Word 文档无法打开（文件可能已损坏，或不是 .docx 格式；旧版 .doc 请先另存为 .docx）。';

/** The zip object mammoth reads parts through (its `file` input: exists / read / write / toArrayBuffer). */
interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** The .docx as mammoth's zip input, under the part limits. Throws UnreadableDocumentError. */
export function guardedMammothInput(bytes: Uint8Array, limits?: OfficeZipLimits): { file: MammothZip } {
  return mammothInputOf(openGuardedZip(bytes, limits));
}

function mammothInputOf(zip: ReturnType<typeof openGuardedZip>): { file: MammothZip } {
  if (!zip.has('word/document.xml')) throw new UnreadableDocumentError('damaged', damagedMessage);
  const utf8 = new TextDecoder('utf-8');
  return {
    file: {
      exists: (name) => zip.has(name),
      read: async (name, encoding) => {
        const data = zip.read(name);
        if (encoding === 'base64') return Buffer.from(data).toString('base64');
        if (encoding) return (encoding === 'utf-8' ? utf8 : new TextDecoder(encoding)).decode(data);
        return data;
      },
      write: () => undefined,
      toArrayBuffer: () => Promise.reject(new Error('read only')),
    },
  };
}

/** Flatten a .docx file into report lines. Throws UnreadableDocumentError for a damaged or oversized file. */
export async function docxToLines(bytes: Uint8Array): Promise<ReportLine[]> {
  const zip = openGuardedZip(bytes);
  if (!zip.has('word/document.xml')) throw new UnreadableDocumentError('damaged', damagedMessage);
  // The document's own XML read directly (docx-xml.ts); mammoth only for what that reader leaves out.
  const direct = documentXmlToLines(new TextDecoder('utf-8').decode(zip.read('word/document.xml')));
  if (direct) return toSimplifiedLines(direct);
  const input = mammothInputOf(zip);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      input as unknown as { buffer: Buffer },
      // Images carry no report values; dropping them keeps large scanned attachments cheap.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
    throw new UnreadableDocumentError('damaged', damagedMessage);
  }
  return htmlToLines(html);
}
