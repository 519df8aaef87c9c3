// Key figures stated only in the prose. Townships often publish no table 三 and write "全年收到政府信息
// 公开申请2件，予以公开2件" or "全年未收到政府信息公开申请" instead. When the page shows no row of table 三,
// those figures are read into their cells, marked as taken from the text (`fromText`, a distinct kind
// of evidence with the sentence as its source); with a table, the rules compare the prose with it
// (R_NARRATIVE_COUNTS in ../rules/narrative.ts) and nothing is read here.
import type { Cell } from '../model.ts';
import type { ReportLine } from './lines.ts';
import type { ReadContext } from './read-context.ts';
import { toHalfWidth } from './value.ts';

const NUMBER = '(\\d{1,6})\\s*(?:件|个|份|宗|条)';
const NOT_NUMBER = '[^。；;，,0-9]';

/** Each figure: the cell it states and the patterns that state it (first match wins). */
const FIGURES: readonly { key: string; patterns: readonly RegExp[]; zero?: RegExp }[] = [
  {
    key: 'applications.new_received.total',
    patterns: [
      new RegExp(`(?:收到|受理|新收|接到|接收)${NOT_NUMBER}{0,14}?申请${NOT_NUMBER}{0,8}?${NUMBER}`),
      new RegExp(`(?:收到|受理|新收|接到|接收)${NUMBER}${NOT_NUMBER}{0,10}?申请`),
    ],
    zero: /(?:未收到|没有收到|未受理|未接到|无)[^。；;，,0-9]{0,10}?(?:政府信息公开申请|依申请公开|公开申请)/,
  },
  { key: 'applications.carried_over_from_last_year.total', patterns: [new RegExp(`上(?:一)?年(?:度)?(?:结转|转办|遗留)${NOT_NUMBER}{0,12}?${NUMBER}`)] },
  { key: 'applications.carried_to_next_year.total', patterns: [new RegExp(`(?:结转|转入)(?:至)?下(?:一)?年(?:度)?${NOT_NUMBER}{0,10}?${NUMBER}`)] },
  { key: 'applications.outcomes.granted.total', patterns: [new RegExp(`予以公开(?:答复)?${NOT_NUMBER}{0,2}?${NUMBER}`)] },
  { key: 'applications.outcomes.partially_granted.total', patterns: [new RegExp(`部分公开(?:答复)?${NOT_NUMBER}{0,2}?${NUMBER}`)] },
];

/**
 * Read the figures of the prose into `ctx.cells` (only cells the tables did not give). Returns the
 * keys read, for the caller's finding.
 */
export function readNarrativeFigures(lines: readonly ReportLine[], ctx: ReadContext): string[] {
  const read: string[] = [];
  for (const figure of FIGURES) {
    if (ctx.cells[figure.key]) continue;
    for (const line of lines) {
      if (line.cells && line.cells.length > 1) continue;
      const text = toHalfWidth(line.text).replace(/[\s\u00a0\u3000]+/g, '');
      if (text.length < 6 || !/[。；，,]|件/.test(text)) continue;
      let value: number | null = null;
      let phrase = '';
      for (const pattern of figure.patterns) {
        const m = pattern.exec(text);
        if (m) {
          value = Number(m[1]);
          phrase = m[0];
          break;
        }
      }
      if (value === null && figure.zero) {
        const z = figure.zero.exec(text);
        if (z) {
          value = 0;
          phrase = z[0];
        }
      }
      if (value === null) continue;
      const cell: Cell = { kind: 'number', value, source: { ...line.source, text: phrase }, note: '取自正文叙述，不是表格中的数字', fromText: true };
      ctx.cells[figure.key] = cell;
      read.push(figure.key);
      break;
    }
  }
  return read;
}
