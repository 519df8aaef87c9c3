// The look of every Word document the platform writes — the annual report (render/docx.ts) and the 告知书
// (features/applications/applications.letters.ts) — after GB/T 9704-2012《党政机关公文格式》. One module,
// so both follow the same fonts, sizes, spacing and page numbers (docs/word-output.md). Pure: values and
// docx building blocks only.
//
// Fonts: Word and WPS pick an East Asian font by the run's `w:eastAsia` name, so each is named as Chinese
// Windows installs it (仿宋_GB2312 / 楷体_GB2312 on machines set up for 公文, 方正小标宋简体 where the 方正
// font is installed); `fontTable.xml` gets each with its alternative (仿宋, 楷体, 宋体 — the fonts every
// Chinese Windows has), the GB2312 character set and its family, so Word/WPS without the first font use
// the second, and LibreOffice (fontconfig) falls back to Noto Serif CJK SC / Noto Sans CJK SC (黑体).
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import JSZip from 'jszip';

type Font = Exclude<IRunOptions['font'], string | undefined>;

/** Latin letters and digits in Times New Roman (GB/T 9704 §7.1 leaves them to the document; usual practice). */
const latin = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };

/** The East Asian faces of GB/T 9704 with the font each falls back to. */
export const officialFaces = {
  /** 标题: 小标宋体. */
  title: { name: '方正小标宋简体', altName: '宋体', family: 'roman' },
  /** 正文: 仿宋体. */
  body: { name: '仿宋_GB2312', altName: '仿宋', family: 'roman' },
  /** 一级标题: 黑体. */
  heading1: { name: '黑体', altName: 'SimHei', family: 'swiss' },
  /** 二级标题: 楷体. */
  heading2: { name: '楷体_GB2312', altName: '楷体', family: 'roman' },
  /** 页码: 宋体 (半角阿拉伯数字). */
  pageNumber: { name: '宋体', altName: 'SimSun', family: 'roman' },
} as const;

export const officialFonts: Record<keyof typeof officialFaces, Font> = {
  title: { ...latin, eastAsia: officialFaces.title.name },
  body: { ...latin, eastAsia: officialFaces.body.name },
  heading1: { ...latin, eastAsia: officialFaces.heading1.name },
  heading2: { ...latin, eastAsia: officialFaces.heading2.name },
  // 4号半角宋体阿拉伯数字: the digits themselves are in 宋体 too.
  pageNumber: { ascii: officialFaces.pageNumber.name, hAnsi: officialFaces.pageNumber.name, cs: officialFaces.pageNumber.name, eastAsia: officialFaces.pageNumber.name },
};

/** Chinese type sizes (字号) in half-points, as docx `size` takes them. */
export const officialSizes = {
  /** 2号 22 pt — the title. */
  title: 44,
  /** 3号 16 pt — body and headings. */
  body: 32,
  /** 4号 14 pt — page numbers. */
  pageNumber: 28,
  /** 小五号 9 pt — cells of tables 二 and 三 (ten columns across the page). */
  table: 18,
  /** 8 pt — cells of table 四 (fifteen columns). */
  tableDense: 16,
} as const;

/** 每行28字、每页22行 (GB/T 9704 §5.2.2): lines at a fixed 28.95 pt ≈ 579 twips. */
export const officialLineSpacing = { line: 579, lineRule: LineRuleType.EXACT } as const;

/** The document's language (w:lang): Word's proofing and LibreOffice's choice of a Chinese (not Japanese) face. */
export const officialLanguage = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/** One character of body text (3号 16 pt = 320 twips): 首行缩进两字, 页码空一字. */
export const ONE_CHARACTER = 320;

/** A4 with GB/T 9704's 版心 156 mm × 225 mm: 天头 37 mm, 订口 28 mm (twips; 1 mm ≈ 56.7). */
export const officialPage = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1304 },
} as const;

/**
 * 页码 (GB/T 9704 §7.5): 4号半角宋体阿拉伯数字 with an 一字线 either side, “— 1 —”, 7 mm below the 版心;
 * odd pages on the right, one character in, even pages on the left, one character in. Needs
 * `evenAndOddHeaderAndFooters: true` on the Document.
 */
export function officialFooters(): { default: Footer; even: Footer } {
  const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], indent: { left?: number; right?: number }) =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          indent,
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: officialFonts.pageNumber, size: officialSizes.pageNumber })],
        }),
      ],
    });
  // 一字 at 4号 is 14 pt = 280 twips.
  return { default: pageNumber(AlignmentType.RIGHT, { right: 280 }), even: pageNumber(AlignmentType.LEFT, { left: 280 }) };
}

/**
 * Adds each official face to word/fontTable.xml with its alternative name, GB2312 charset (86) and family,
 * so Word and WPS fall back to a font they have and LibreOffice to a serif or sans CJK face.
 */
export async function withOfficialFontTable(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file('word/fontTable.xml');
  if (!part) return docx;
  let xml = await part.async('string');
  const entries = Object.values(officialFaces)
    .filter((face) => !xml.includes(`w:name="${face.name}"`))
    .map((face) => `<w:font w:name="${face.name}"><w:altName w:val="${face.altName}"/><w:charset w:val="86"/><w:family w:val="${face.family}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  // The docx library writes an empty, self-closing <w:fonts …/>; a fuller table ends with </w:fonts>.
  xml = /<\/w:fonts>\s*$/u.test(xml) ? xml.replace(/<\/w:fonts>\s*$/u, `${entries}</w:fonts>`) : xml.replace(/\/>\s*$/u, `>${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
