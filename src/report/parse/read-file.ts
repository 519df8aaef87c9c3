// One entry point for any file a user hands in: the kind is decided by the bytes, never by the
// file name alone (a ".txt" that is really a PDF, an ".html" saved as GBK). Every failure ends in
// one of two error types with a Chinese message: the file cannot be read, or it is not an
// annual report.
import type { AnnualReport, Finding } from '../model.ts';
import { docxToLines } from './docx.ts';
import { UnreadableDocumentError, decodeText, toSimplified } from './encoding.ts';
import { htmlToLines } from './html.ts';
import { findPageDate } from './facts.ts';
import { NotAnnualReportError, readReportLines, textToLines } from './index.ts';
import type { ReportLine } from './lines.ts';
import { pdfToLines, type PdfAssets } from './pdf.ts';

export type DocumentKind = 'pdf' | 'docx' | 'html' | 'text';

export type ReadableDocument =
  | { kind: 'pdf' | 'docx' | 'html'; lines: ReportLine[]; findings: Finding[] }
  | { kind: 'text'; text: string; findings: Finding[] };

export interface ReadFileOptions {
  /** Where pdfjs finds CMaps and standard fonts (see PdfAssets); without them some Chinese PDFs yield no text. */
  pdf?: PdfAssets;
}

/** Read the bytes of a published report (PDF, Word, HTML or text in any common encoding). */
export async function readReportFile(bytes: Uint8Array, fileName: string, options: ReadFileOptions = {}): Promise<AnnualReport> {
  return (await readPublishedReport(bytes, fileName, options)).report;
}

/**
 * The report and the publication date the document prints around it (a web page's 发布日期, see
 * findPageDate), for checks that need the date (条例第四十九条, R_DEADLINE).
 */
export async function readPublishedReport(bytes: Uint8Array, fileName: string, options: ReadFileOptions = {}): Promise<{ report: AnnualReport; pageDate: string | null }> {
  const document = await readDocument(bytes, fileName, options);
  let report: AnnualReport;
  let pageDate: string | null;
  try {
    const lines = document.kind === 'text' ? textToLines(document.text) : document.lines;
    report = readReportLines(lines);
    pageDate = findPageDate(lines);
  } catch (error) {
    if (isReportReadError(error)) throw error;
    // A reader bug must not crash a batch: the user learns the file could not be read.
    throw new UnreadableDocumentError('damaged', `读取“${fileName}”时出错，无法识别其中的年报内容。`);
  }
  if (document.findings.length === 0) return { report, pageDate };
  return { report: { ...report, readFindings: [...document.findings, ...(report.readFindings ?? [])] }, pageDate };
}

/** The two errors a reader may throw on purpose: anything else is a defect. */
export function isReportReadError(error: unknown): error is UnreadableDocumentError | NotAnnualReportError {
  return error instanceof UnreadableDocumentError || error instanceof NotAnnualReportError;
}

/** Decide what kind of document the bytes are and flatten it for the report reader. */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadFileOptions = {}): Promise<ReadableDocument> {
  const kind = sniffKind(bytes, fileName);
  if (kind === 'pdf') return { kind, lines: await pdfToLines(bytes, options.pdf), findings: [] };
  if (kind === 'docx') return { kind, lines: await docxToLines(bytes), findings: [] };
  if (kind === 'legacy_doc') {
    throw new UnreadableDocumentError('damaged', '这是旧版 Word（.doc）文件，无法直接读取。请在 Word 或 WPS 中另存为 .docx 后再检查。');
  }
  if (kind === 'zip') {
    throw new UnreadableDocumentError('damaged', '这是压缩包或其他 Office 文件（不是 Word .docx），无法读取年报。');
  }
  const decoded = decodeText(bytes);
  if (kind === 'html' || looksLikeHtml(decoded.text)) return { kind: 'html', lines: htmlToLines(decoded.text), findings: [] };
  const convert = toSimplified(decoded.text);
  if (!convert) return { kind: 'text', text: decoded.text, findings: [] };
  return { kind: 'text', text: convert(decoded.text), findings: [traditionalFinding] };
}

const traditionalFinding: Finding = {
  rule: 'READ_TRADITIONAL',
  severity: 'warning',
  message: '文件使用繁体字，已转换为简体字后读取；请核对转换后的机关名称。',
  cells: [],
};

function sniffKind(bytes: Uint8Array, fileName: string): DocumentKind | 'legacy_doc' | 'zip' {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // A .docx is a zip whose parts include word/document.xml (named in the local headers).
    return includesAscii(bytes, 'word/') ? 'docx' : 'zip';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'legacy_doc';
  if (/\.(html?|xhtml|shtml)$/i.test(fileName)) return 'html';
  return 'text';
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<table)/i.test(text.slice(0, 2048)) || /<table[\s>][\s\S]*<\/t[dh]>/i.test(text.slice(0, 200_000));
}

function includesAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}
