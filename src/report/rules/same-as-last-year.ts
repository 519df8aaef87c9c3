// R_SAME_AS_LAST_YEAR: 国办公开办函〔2021〕30号 criticises reports copied from last year (内容雷同).
import type { AnnualReport, Finding, SectionId } from '../model.ts';
import { finding } from './cells.ts';
import { sectionText } from './prose.ts';

const checkedSections: { id: SectionId; heading: string }[] = [
  { id: 'general_situation', heading: '一、总体情况' },
  { id: 'problems_and_improvements', heading: '五、存在的主要问题及改进情况' },
];
export const similarityThreshold = 0.9;

function bigrams(text: string): Map<string, number> {
  // Years and counts change every year even in a copied text; compare the wording only.
  const t = text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams: 1 for identical texts, 0 for texts sharing no pair. */
export function textSimilarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of ga.values()) sizeA += n;
  for (const [g, n] of gb) {
    sizeB += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

export function checkSameAsLastYear(report: AnnualReport, prior: AnnualReport | undefined): Finding[] {
  if (!prior) return [];
  const findings: Finding[] = [];
  for (const { id, heading } of checkedSections) {
    const mine = sectionText(report, id) ?? '';
    const theirs = sectionText(prior, id) ?? '';
    if (mine.replace(/\s+/g, '').length < 20 || theirs.replace(/\s+/g, '').length < 20) continue;
    const similarity = textSimilarity(mine, theirs);
    if (similarity >= similarityThreshold) {
      findings.push(finding('R_SAME_AS_LAST_YEAR', 'warning', `"${heading}"与上年度报告的文字相似度为 ${Math.round(similarity * 100)}%，内容雷同。请按本年度实际情况撰写。`, []));
    }
  }
  return findings;
}
