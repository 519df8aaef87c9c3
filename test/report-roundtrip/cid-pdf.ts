// A hand-made PDF like those of older Chinese office tools: the text is in STSong-Light, a font the
// file does not embed, addressed through the predefined CMap UniGB-UCS2-H (two bytes per character).
// Readers need pdfjs's CMap files to get any text out of it. Rows of cells are placed at x positions
// like a table; everything is ASCII in the file (the Chinese is hex), so offsets are byte offsets.

export interface PlacedText {
  text: string;
  x: number;
  size: number;
}

export function cidFontPdf(pages: PlacedText[][][]): Uint8Array {
  const hex = (s: string) => [...s].map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const pageCount = pages.length;
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + i * 2} 0 R`).join(' ')}] /Count ${pageCount} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  pages.forEach((rows, p) => {
    const content = rows
      .flatMap((row, r) => row.map((cell) => `BT /F1 ${cell.size} Tf ${cell.x} ${800 - r * 14} Td <${hex(cell.text)}> Tj ET`))
      .join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + p * 2} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const numeric = /^[-+]?\d[\d.]*$|^\/$/;

/**
 * Lay out tab-separated text (one line per row, as renderText prints it) on A4 pages: label cells
 * in narrow label columns on the left, value cells in evenly spaced columns on the right.
 */
export function tableTextToPages(text: string): PlacedText[][][] {
  const rows = text.split('\n').map((line) => {
    const cells = line.split('\t');
    const firstValue = cells.findIndex((c, i) => i > 0 && numeric.test(c));
    const labelColumns = firstValue > 0 ? firstValue : cells.length > 7 ? 0 : 1;
    const valueCount = cells.length - labelColumns;
    const step = Math.min(32, 250 / Math.max(valueCount, 1));
    return cells
      .map((cell, i) => ({ text: cell, x: i < labelColumns ? 20 + 40 * i : 330 + (i - labelColumns) * step, size: 5 }))
      .filter((c) => c.text.trim() !== '');
  });
  const pages: PlacedText[][][] = [];
  for (let i = 0; i < rows.length; i += 50) pages.push(rows.slice(i, i + 50));
  return pages;
}
