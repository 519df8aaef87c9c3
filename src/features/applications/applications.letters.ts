// 告知书 as a Word document (docx library). The same RenderedLetter feeds the printable HTML view. Fonts,
// sizes, page and page numbers are GB/T 9704's from src/report/render/official-style.ts, shared with the
// annual report (docs/word-output.md).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import {
  officialFonts,
  officialFooters,
  officialLanguage,
  officialLineSpacing,
  officialPage,
  officialSizes,
  ONE_CHARACTER,
  withOfficialFontTable,
} from '../../report/render/official-style.ts';
import type { RenderedLetter } from './domain/notice-letters.ts';

const body = (text: string) => new TextRun({ text, font: officialFonts.body, size: officialSizes.body });

/** 2号小标宋 title centred, 3号仿宋 body with a two-character first-line indent, 28.95 pt lines, “— 1 —” page numbers. */
export async function letterToDocx(letter: RenderedLetter): Promise<Buffer> {
  const paragraphs = letter.paragraphs.map(
    (text, index) =>
      new Paragraph({
        // The addressee line (“张三：”) starts at the margin; the rest is indented two characters.
        indent: index === 0 && /[：:]$/.test(text.split('\n')[0] ?? '') ? undefined : { firstLine: 2 * ONE_CHARACTER },
        spacing: officialLineSpacing,
        children: text.split('\n').flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), body(line)]),
      }),
  );
  const doc = new Document({
    creator: letter.agencyName,
    title: letter.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: officialFonts.body, size: officialSizes.body, language: officialLanguage } } } },
    sections: [
      {
        properties: { page: { size: officialPage.size, margin: officialPage.margin } },
        footers: officialFooters(),
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...officialLineSpacing, after: officialLineSpacing.line }, keepNext: true, keepLines: true, children: [new TextRun({ text: letter.title, font: officialFonts.title, size: officialSizes.title })] }),
          ...(letter.letterNumber
            ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...officialLineSpacing, after: officialLineSpacing.line }, keepNext: true, children: [body(letter.letterNumber)] })]
            : []),
          ...paragraphs,
          // 发文机关署名 and 成文日期 kept together, right-aligned four characters in (GB/T 9704 §7.3.5.1).
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...officialLineSpacing, before: 2 * officialLineSpacing.line }, indent: { right: 4 * ONE_CHARACTER }, keepNext: true, keepLines: true, children: [body(letter.agencyName)] }),
          ...(letter.date ? [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: officialLineSpacing, indent: { right: 4 * ONE_CHARACTER }, keepLines: true, children: [body(letter.date)] })] : []),
        ],
      },
    ],
  });
  return Buffer.from(await withOfficialFontTable(new Uint8Array(await Packer.toBuffer(doc))));
}
