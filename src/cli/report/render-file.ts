// `gongkai report render FILE --to html|docx|json|csv`: read a published report and write it in
// one of the project's formats (the official table layouts of 国办公开办函〔2021〕30号 / 〔2019〕60号).
import { writeFile } from 'node:fs/promises';
import { isReportReadError, readReportFile } from '../../report/parse/read-file.ts';
import { renderCsv, renderDocx, renderHtml, renderJson } from '../../report/render/index.ts';
import { checkReport } from '../../report/rules/index.ts';
import { pdfAssets } from './pdf-assets.ts';
import { readFileCapped } from './read-capped.ts';

export const renderTargets = ['html', 'docx', 'json', 'csv'] as const;
export type RenderTarget = (typeof renderTargets)[number];

export interface RenderOutcome {
  /** What to print when no output file was given (text formats only). */
  content?: string;
  error?: string;
}

export async function renderReportFile(file: string, to: RenderTarget, output: string | undefined): Promise<RenderOutcome> {
  if (to === 'docx' && !output) return { error: 'Word 文件是二进制格式，请用 -o 指定输出文件，例如 -o 年报.docx。' };
  const read = await readFileCapped(file);
  if ('error' in read) return { error: read.error };
  const bytes = read.bytes;
  let content: string | Uint8Array;
  try {
    const report = await readReportFile(bytes, file, { pdf: pdfAssets() });
    if (to === 'html') content = renderHtml(report, checkReport(report));
    else if (to === 'docx') content = await renderDocx(report);
    else if (to === 'json') content = renderJson(report);
    else content = renderCsv(report);
  } catch (error) {
    return { error: isReportReadError(error) ? error.message : `转换时出现意外错误：${error instanceof Error ? error.message : String(error)}` };
  }
  if (!output) return { content: content as string };
  try {
    await writeFile(output, content);
  } catch {
    return { error: `无法写入输出文件“${output}”。` };
  }
  return {};
}
