// Small real documents for the attachment tests, made in the test instead of checked in.
import { Document, Packer, Paragraph, TextRun } from 'docx';

/**
 * A minimal valid PDF (one page, Helvetica, one text line per entry) written by hand: header, four
 * objects, a cross-reference table with the true byte offsets, trailer. Only ASCII text, because a
 * standard Type 1 font has no Chinese glyphs.
 */
export function minimalPdf(lines: readonly string[]): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = ['BT', '/F1 12 Tf', '72 720 Td', '14 TL', ...lines.map((l, i) => `${i === 0 ? '' : 'T* '}(${escape(l)}) Tj`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A real .docx (written by the `docx` package) with one paragraph per entry. */
export async function smallDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return Packer.toBuffer(doc);
}

/**
 * A valid 18-digit 居民身份证号码, check digit worked by hand (GB 11643-1999):
 *   first 17 digits 3 4 0 5 2 4 1 9 8 0 0 1 0 1 0 0 1  (340524 = 安徽 县级区划, born 1980-01-01, 顺序码 001)
 *   weights         7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
 *   products        21 36 0 25 16 16 2 9 48 0 0 9 0 5 0 0 2 → sum 189
 *   189 mod 11 = 2 (11 × 17 = 187); check table 1 0 X 9 8 7 6 5 4 3 2 → index 2 = X
 */
export const VALID_ID = '34052419800101001X';
/** How the scanner is expected to show it: first six and last four kept, eight asterisks between. */
export const VALID_ID_MASKED = '340524********001X';

export function multipart(fields: Record<string, string>, file: { name: string; filename: string; data: Buffer; type: string }) {
  const boundary = '----gongkai-catalogue-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`, 'utf8'));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`, 'utf8'));
  parts.push(file.data, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
