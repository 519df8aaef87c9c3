// Matching a printed label to a row of the statutory format. Reports print the same label many
// ways (report-format.json `label_normalization`): ASCII or full-width brackets, "1、" / "1．" /
// "1. ", "、" or "，" as joiner in （六）1/2, straight or curly quotes around 三安全一稳定, words wrapped
// over lines ("本年新\n制作数量", "规 章"), OCR slips ("2.其他法律行政止公开"), a group label glued to
// a row label ("（四）无 1.本机关不掌握…"), and Traditional characters when nobody converted them.
import * as OpenCC from 'opencc-js';

let traditionalToSimplified: ((text: string) => string) | null = null;

// Characters that only occur in Traditional writing of report labels; a label without any of
// them is left alone (the converter would otherwise touch a few Simplified characters).
const TRADITIONAL_HINT = /[開報請數與務資處總結機關訊檢議決計劃條縣鄉區國過對於會門動規範許罰強製収費採購項維糾審實據內稱節衛護駁應辦經復訴聯當複齊體無]/;

function simplify(text: string): string {
  if (!TRADITIONAL_HINT.test(text)) return text;
  traditionalToSimplified ??= (() => {
    const tw = OpenCC.Converter({ from: 't', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    return (t: string) => tw(hk(t));
  })();
  return traditionalToSimplified(text);
}

const cache = new Map<string, string>();

/**
 * The comparable form of a label: Simplified characters, no whitespace, full-width brackets,
 * "、" for both joiners, no quotes, numbering written "1." / "（一）" / "一、".
 */
export function normalizeLabel(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let s = simplify(text).replace(/\[(?:bookmark|_?GoBack)[^\]]*\]/gi, '');
  s = s.normalize('NFKC');
  s = s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  s = s
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[,，]/g, '、')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/[“”"'‘’「」『』]/g, '');
  // "1、" / "1." / "1．" (NFKC already made it ".") / "1）" → "1."
  s = s.replace(/(^|[^\d.])(\d{1,2})[、.）]/g, (_m, before: string, n: string) => `${before}${n}.`);
  // "（一）、" → "（一）"; "一." → "一、"
  s = s.replace(/（([一二三四五六七八九十]+)）、/g, '（$1）').replace(/^([一二三四五六七八九十]+)[.．]/, '$1、');
  if (cache.size > 50_000) cache.clear();
  cache.set(text, s);
  return s;
}

const NUMBERING = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d{1,2}\.)/;
const INNER_NUMBERING = /（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d{1,2}\./g;

/** Split a normalized label into its numbering ("（三）", "2.", "四、") and the words after it. */
export function splitNumbering(normalized: string): { number: string | null; core: string } {
  const m = NUMBERING.exec(normalized);
  if (!m) return { number: null, core: normalized };
  return { number: m[1]!, core: normalized.slice(m[1]!.length) };
}

/** Longest common subsequence length: how much of a label survives an OCR slip or a gap. */
function lcsLength(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]!;
}

/** 0…1: 1 when equal; the share of the longer text that both have in common otherwise. */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  return lcsLength(a, b) / longer;
}

/** A row, column or block a printed label may name. */
export interface LabelTarget {
  id: string;
  /** Labels as the formats print them (several when the formats differ, e.g. 规范性文件/行政规范性文件). */
  labels: readonly string[];
  /** Numbering as printed in the format ("（七）", "3.", "四、"), when the label has one. */
  number?: string;
  /** Short labels ("总计", "其他") also appear as column headers: require the numbering to match. */
  requireNumber?: boolean;
}

export interface LabelMatch {
  id: string;
  score: number;
  /** The part of the text that matched (after a glued group label was cut off). */
  matched: string;
}

const MIN_SCORE = 0.6;

function scoreCore(core: string, targetCore: string, sameNumber: boolean): number {
  if (core === targetCore) return 1;
  // A label wrapped over lines: the first line is a prefix of the label ("5.要求行政机关确认或重新出");
  // with the row's own numbering in front ("一、本年新收政") a short prefix is enough.
  const minPrefix = sameNumber ? 3 : Math.min(6, targetCore.length - 1);
  if (core.length < targetCore.length && targetCore.startsWith(core) && core.length >= minPrefix) return 0.9;
  if (core.length < 4 || targetCore.length < 4) return 0;
  // A label with a short tail glued on ("行政许可（件）"), but not a sentence that begins with one.
  if (core.startsWith(targetCore) && core.length - targetCore.length <= Math.max(4, Math.floor(targetCore.length * 0.4))) return 0.85;
  // The common part is at most the shorter text, so a much longer or shorter text cannot reach the bar.
  if (Math.min(core.length, targetCore.length) / Math.max(core.length, targetCore.length) < MIN_SCORE) return 0;
  const similarity = labelSimilarity(core, targetCore);
  return similarity >= MIN_SCORE ? similarity * 0.95 : 0;
}

/**
 * The target a printed label names, or null. Tries the whole text and every tail that starts at
 * a numbering mark, so "（四）无1.本机关不掌握相关政府信息" still finds row （四）1.
 */
const matchCache = new WeakMap<readonly LabelTarget[], Map<string, LabelMatch | null>>();

export function matchLabel(text: string, targets: readonly LabelTarget[]): LabelMatch | null {
  let cache = matchCache.get(targets);
  if (!cache) matchCache.set(targets, (cache = new Map()));
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const result = matchUncached(text, targets);
  if (cache.size > 20_000) cache.clear();
  cache.set(text, result);
  return result;
}

function matchUncached(text: string, targets: readonly LabelTarget[]): LabelMatch | null {
  const normalized = normalizeLabel(text);
  if (normalized === '') return null;
  const candidates = [normalized];
  for (const m of normalized.matchAll(INNER_NUMBERING)) {
    if (m.index! > 0) candidates.push(normalized.slice(m.index));
  }
  let best: LabelMatch | null = null;
  for (const candidate of candidates) {
    const { number, core } = splitNumbering(candidate);
    for (const target of targets) {
      const targetNumber = target.number ? splitNumbering(normalizeLabel(target.number)).number : null;
      for (const label of target.labels) {
        const targetCore = splitNumbering(normalizeLabel(label)).core;
        let score = scoreCore(core, targetCore, number !== null && number === targetNumber);
        if (score === 0) continue;
        if (target.requireNumber && (number === null || number !== targetNumber)) continue;
        if (number !== null && targetNumber !== null) score = number === targetNumber ? score + 0.05 : score * 0.7;
        if (score < MIN_SCORE) continue;
        if (!best || score > best.score || (score === best.score && candidate.length < best.matched.length)) {
          best = { id: target.id, score, matched: candidate };
        }
      }
    }
  }
  return best;
}
