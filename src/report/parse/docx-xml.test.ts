// The direct reader of word/document.xml gives the same lines as mammoth + the HTML reader (which it
// replaces for speed), on the blank official template and a real report saved as Word by LibreOffice;
// it leaves documents with text boxes or nested tables to mammoth.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { guardedMammothInput } from './docx.ts';
import { documentXmlToLines } from './docx-xml.ts';
import { htmlToLines } from './html.ts';
import { openGuardedZip } from './office-zip.ts';
import { readReportFile } from './read-file.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/reports-rich/${name}`, import.meta.url)));
const documentXml = (bytes: Uint8Array) => new TextDecoder().decode(openGuardedZip(bytes).read('word/document.xml'));

describe('reading word/document.xml directly', () => {
  for (const name of ['gnb_blank-template_2021.docx', 'kiro_shuyang-fgj_2023.libreoffice.docx']) {
    it(`gives the lines mammoth gives for ${name}`, async () => {
      const bytes = fixture(name);
      const html = (await mammoth.convertToHtml(guardedMammothInput(bytes) as never, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) })).value;
      expect(documentXmlToLines(documentXml(bytes))).toEqual(htmlToLines(html));
    });
  }

  it('reads every cell of the report saved as Word against the hand-read values', async () => {
    const expected = JSON.parse(readFileSync(new URL('../../../test/fixtures/reports-rich/expected/kiro_shuyang-fgj_2023.json', import.meta.url), 'utf8')) as { cells: Record<string, number | null> };
    const report = await readReportFile(fixture('kiro_shuyang-fgj_2023.libreoffice.docx'), '年报.docx');
    const read = Object.fromEntries(Object.keys(expected.cells).map((k) => [k, report.cells[k]?.kind === 'number' ? report.cells[k].value : report.cells[k]?.kind === 'blank' ? null : 'missing']));
    expect(read).toEqual(expected.cells);
  });

  it('merges vertically (only the first row prints the cell), spans columns and joins the paragraphs of a cell', () => {
    const xml =
      '<w:body><w:p><w:r><w:t>标题</w:t></w:r></w:p><w:tbl>' +
      '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>三、本年度</w:t></w:r></w:p><w:p><w:r><w:t>办理结果</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>（一）予以公开</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>' +
      '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">A &amp; B</w:t></w:r></w:p></w:tc></w:tr>' +
      '</w:tbl></w:body>';
    expect(documentXmlToLines(xml)!.map((l) => (l.cells ? l.cells.map((c) => [c.text, c.source.column]) : l.text))).toEqual([
      '标题',
      [['三、本年度办理结果', 0], ['（一）予以公开', 1], ['', 2]],
      [['A & B', 1]],
    ]);
  });

  it('leaves text boxes and tables inside tables to mammoth', () => {
    expect(documentXmlToLines('<w:p><w:r><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:r></w:p>')).toBeNull();
    expect(documentXmlToLines('<w:tbl><w:tr><w:tc><w:tbl></w:tbl></w:tc></w:tr></w:tbl>')).toBeNull();
  });
});
