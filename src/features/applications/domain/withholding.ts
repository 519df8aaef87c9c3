// What a refusal or a partial disclosure rests on (条例第三十六条第（三）项、第三十七条): each withheld part
// with its ground (条例第十四条、第十五条、第十六条) and reason. A reply may rest on several grounds; the
// table 三 row stays the reply type's (spec §6: 部分公开 is counted only as 部分公开, a full refusal under its
// principal ground), the other grounds are recorded as `secondary_grounds`. Pure.
import { outcomeRowFor, withholdingGround, type WithholdingGround } from '../../../law/replies.ts';
import { defaultLegalBasis } from './notice-letters.ts';
import type { OutcomeCode } from './outcomes.ts';

export interface WithheldPart {
  /** The withheld content (e.g. 第3至5页中的个人身份证号码); null when a whole refusal names a further ground. */
  part: string | null;
  ground: WithholdingGround;
  reason: string;
}

const trimEnd = (text: string) => text.trim().replace(/[。；;.，,\s]+$/u, '');

function groundText(p: WithheldPart): string {
  const g = withholdingGround(p.ground);
  return `${g.label}，依据《中华人民共和国政府信息公开条例》${g.article}不予公开，理由：${trimEnd(p.reason)}`;
}

/** The 部分公开 letter's list: one numbered line per withheld part, each with its ground, article and reason. */
export function withheldPartsText(parts: readonly WithheldPart[]): string {
  if (parts.length === 0) return '';
  return '\n' + parts.map((p, i) => `${i + 1}. ${p.part ? `${trimEnd(p.part)}：` : ''}${groundText(p)}`).join('；\n');
}

/** A full refusal's reasons: the principal reason, then every further ground the refusal also rests on. */
export function refusalReasonsText(principal: string, further: readonly WithheldPart[]): string {
  const lines = further.map((p) => `${p.part ? `${trimEnd(p.part)}：` : ''}${groundText(p)}`);
  if (lines.length === 0) return principal;
  return [trimEnd(principal), ...lines.map((l, i) => (i === 0 ? `此外，${l}` : l))].filter((l) => l !== '').join('；');
}

/** The default legal basis of the reply, with the article of every further ground added once. */
export function legalBasisWithGrounds(outcome: OutcomeCode, parts: readonly WithheldPart[]): string {
  let basis = defaultLegalBasis(outcome);
  for (const p of parts) {
    const article = withholdingGround(p.ground).article;
    if (!basis.includes(article)) basis += `、${article}`;
  }
  return basis;
}

/** The table 三 rows the reply also rests on but is not counted under (spec §6), each once, in order. */
export function secondaryOutcomes(outcome: OutcomeCode, parts: readonly WithheldPart[]): string[] {
  const rows: string[] = [];
  for (const p of parts) {
    const row = outcomeRowFor(p.ground, 'gov_2021');
    if (row !== outcome && !rows.includes(row)) rows.push(row);
  }
  return rows;
}
