// The data files pdfjs-dist ships (CMaps for non-embedded Chinese fonts such as STSong-Light with
// UniGB-UCS2-H, standard fonts), located in the installed package so the readers can use them.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfAssets } from '../../report/parse/pdf.ts';

let assets: PdfAssets | undefined;

export function pdfAssets(): PdfAssets {
  if (!assets) {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    // pdfjs appends file names to these strings: they must end with a separator.
    assets = { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
  }
  return assets;
}
