// 告知书 as a Word document (docx library). The same RenderedLetter feeds the printable HTML view.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { RenderedLetter } from './domain/notice-letters.ts';

const FONT = { ascii: 'FangSong', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong' };
const TITLE_FONT = { ascii: 'SimSun', eastAsia: '方正小标宋简体', hAnsi: 'SimSun' };

/** GB/T 9704 style: title 二号 (22pt) centred, body 三号 (16pt) 仿宋, first-line indent of two characters. */
export async function letterToDocx(letter: RenderedLetter): Promise<Buffer> {
  const body = letter.paragraphs.map(
    (text, index) =>
      new Paragraph({
        // The addressee line (“张三：”) starts at the margin; the rest is indented two characters.
        indent: index === 0 && /[：:]$/.test(text.split('\n')[0] ?? '') ? undefined : { firstLine: 640 },
        spacing: { line: 560 },
        children: text.split('\n').flatMap((line, i) => [
          ...(i > 0 ? [new TextRun({ break: 1 })] : []),
          new TextRun({ text: line, font: FONT, size: 32 }),
        ]),
      }),
  );
  const doc = new Document({
    creator: letter.agencyName,
    title: letter.title,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: letter.title, font: TITLE_FONT, size: 44 })] }),
          ...(letter.letterNumber
            ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [new TextRun({ text: letter.letterNumber, font: FONT, size: 32 })] })]
            : []),
          ...body,
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [new TextRun({ text: letter.agencyName, font: FONT, size: 32 })] }),
          ...(letter.date ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: letter.date, font: FONT, size: 32 })] })] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
