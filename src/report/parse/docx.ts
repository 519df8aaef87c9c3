// Reading a report saved as a Word document (.docx): mammoth turns it into HTML (paragraphs and
// tables with their spans), which the HTML reader flattens into lines. Images and styles are
// dropped; only text and table structure matter for the report.
import mammoth from 'mammoth';
import { htmlToLines } from './html.ts';
import type { ReportLine } from './lines.ts';
import { UnreadableDocumentError } from './encoding.ts';

/** Flatten a .docx file into report lines. Throws UnreadableDocumentError for a damaged file. */
export async function docxToLines(bytes: Uint8Array): Promise<ReportLine[]> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no report values; dropping them keeps large scanned attachments cheap.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new UnreadableDocumentError('damaged', 'Word 文档无法打开（文件可能已损坏，或不是 .docx 格式；旧版 .doc 请先另存为 .docx）。');
  }
  return htmlToLines(html);
}
