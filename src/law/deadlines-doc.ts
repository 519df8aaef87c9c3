// Renders the worked examples (deadlines.examples.ts) as the body of docs/deadlines.md, so the document a
// person reads and the tests that run are the same data. Pure: returns text; the test compares it with the
// file and test/law/update-deadlines-doc.ts writes it.
import type { DeadlineExample } from './deadlines.examples.ts';
import { replyTypeDefinitions } from './replies.ts';

export const DOC_BEGIN = '<!-- 例题开始：由 src/law/deadlines.examples.ts 生成，勿手改；改例题后运行 npx tsx test/law/update-deadlines-doc.ts -->';
export const DOC_END = '<!-- 例题结束 -->';

function outcomeName(outcome: string): string {
  return replyTypeDefinitions.find((r) => r.outcome2021 === outcome)?.name ?? outcome;
}

function results(example: DeadlineExample): string[] {
  const x = example.expected;
  const out: string[] = [];
  if (x.receivedOn !== undefined) out.push(`收到申请之日：${x.receivedOn ?? '尚待确认，不起算'}`);
  if (x.correctionNoticeDueOn !== undefined) out.push(`补正告知期限：${x.correctionNoticeDueOn}`);
  out.push(`答复期限：${x.dueOn === null ? '不计算' : `**${x.dueOn}**`}`);
  if (x.latestExtendedDueOn !== undefined) out.push(`最长延长至：${x.latestExtendedDueOn}`);
  if (x.extendedDueOn !== undefined) {
    const none = example.events.extension ? '延长无效（审批晚于原答复期限）' : '未延长';
    out.push(`延长后的答复期限：${x.extendedDueOn ?? none}`);
  }
  if (x.paymentDueOn !== undefined) out.push(`缴费期限：${x.paymentDueOn}`);
  if (x.pausedWorkingDays !== undefined) out.push(`不计入期限的工作日：${x.pausedWorkingDays}个`);
  if (x.outcome) out.push(`办理结果：${outcomeName(x.outcome)}（\`${x.outcome}\`）`);
  if (x.warnedYears !== undefined) {
    out.push(x.warnedYears.length > 0 ? `提示：${x.warnedYears.join('、')}年安排未载入` : '提示：无（所涉年份安排均已载入）');
  }
  if (x.notices !== undefined) out.push(`程序提示：${x.notices}条`);
  return out;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderDeadlineExamples(examples: readonly DeadlineExample[]): string {
  const lines: string[] = [DOC_BEGIN, '', `共 ${examples.length} 例。`, '', '| 例 | 情形 | 答复期限 |', '|---|---|---|'];
  for (const e of examples) {
    lines.push(`| [${e.id}](#例${e.id.toLowerCase()}) | ${cell(e.title)} | ${e.expected.dueOn ?? '—'} |`);
  }
  for (const e of examples) {
    lines.push('', `### 例${e.id}`, '', `**${e.title}**`, '', `- 情形：${e.facts}`, `- 推算：${e.reasoning}`);
    lines.push(`- 结果：${results(e).join('；')}。`);
  }
  lines.push('', DOC_END);
  return lines.join('\n');
}

/** The generated part of a docs/deadlines.md text, or null when the markers are missing. */
export function generatedPart(doc: string): string | null {
  const begin = doc.indexOf(DOC_BEGIN);
  const end = doc.indexOf(DOC_END);
  if (begin < 0 || end < begin) return null;
  return doc.slice(begin, end + DOC_END.length);
}
