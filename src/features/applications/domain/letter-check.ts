// The check every letter passes before it goes out (issue 11 item 1): a 告知书 is issued, shown to the
// applicant on /apply/track, printed or downloaded (HTML or Word, staff or applicant) only when this finds
// nothing. It reads the rendered text — whatever produced it (default template, an agency's edited
// template, a clerk's own wording, a letter stored earlier) — and names, in Chinese, what is missing and
// where it is filled in. Pure.
import { placeholderLabels, type LetterValues, type RenderedLetter } from './notice-letters.ts';

/** Where a missing value is filled in; the views turn it into a link. */
export type LetterFixPlace =
  | { kind: 'remedy_settings' }
  | { kind: 'reply_form'; field: string }
  | { kind: 'case_record' }
  | { kind: 'templates' }
  | { kind: 'letter_text' };

export interface LetterProblem {
  /** What is wrong, in Chinese, quoting the place in the letter. */
  readonly message: string;
  readonly fixAt: LetterFixPlace;
}

/** The remedy names are filled from 救济途径设置 (spec §8.1); their blanks carry these labels. */
export const REMEDY_BLANK_LABELS = { reconsiderationBody: '行政复议机关', court: '人民法院' } as const;

/** The visible blank a missing value leaves (fillTemplate, authoritiesFrom): “＿＿＿＿（label）”. */
export function blankFor(label: string): string {
  return `＿＿＿＿（${label}）`;
}

// Values of the reply form (the clerk types them when replying); the rest come from the case's records.
const replyFormFields: Partial<Record<keyof LetterValues, string>> = {
  reasons: 'reasons',
  legalBasis: 'legalBasis',
  withheldParts: 'grounds.0.part',
  provided: 'provided',
};
const labelToValue = new Map(Object.entries(placeholderLabels).map(([name, label]) => [label, name as keyof LetterValues]));

function fixForLabel(label: string): LetterFixPlace {
  const head = label.split(/[，,]/)[0]!.trim();
  if (head === REMEDY_BLANK_LABELS.reconsiderationBody || head === REMEDY_BLANK_LABELS.court) return { kind: 'remedy_settings' };
  const value = labelToValue.get(head);
  if (value && replyFormFields[value]) return { kind: 'reply_form', field: replyFormFields[value]! };
  if (value) return { kind: 'case_record' };
  return { kind: 'templates' };
}

export const fixPlaceLabels: Record<LetterFixPlace['kind'], string> = {
  remedy_settings: '救济途径设置',
  reply_form: '答复表单',
  case_record: '本申请的办理记录',
  templates: '告知书模板',
  letter_text: '告知书正文',
};

// Blanks: two or more underscores (ASCII or full-width), or a run of ＿／_ with a label in brackets.
const BLANK = /[_＿]{2,}(?:（([^（）]{1,40})）|\(([^()]{1,40})\))?/gu;
// Template syntax left over after filling, or a bracketed instruction to staff.
const PLACEHOLDER = /\{\{[^{}]{0,40}\}\}|【[^【】]{0,60}】|〔请[^〔〕]{0,60}〕|［请[^［］]{0,60}］/gu;
// Staff instructions: “请在“救济途径设置”中填写”, “（请填写…）”, “此处填写…”, “待填”, “××”.
const INSTRUCTION = /请在[“"「『]?[^。；”"」』]{1,20}[”"」』]?中(?:填写|设置)|[（(]请(?:填写|补充|选择|输入)[^）)]{0,40}[）)]|此处(?:填写|填入)|待填写?|×{2,}|Ｘ{2,}/gu;
// Two marks of punctuation where one belongs (“见附件。。”, “。，”, “；。”).
const DOUBLED = /[。，；：、．](?=[。，；：、．])/gu;

function context(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 8);
  const end = Math.min(text.length, index + length + 4);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`.replace(/\n/g, ' ');
}

/** Everything in a rendered letter that must not reach the applicant; empty when the letter may go out. */
export function letterProblems(letter: RenderedLetter): LetterProblem[] {
  const parts = [letter.title, ...letter.paragraphs, letter.agencyName, letter.letterNumber ?? '', letter.date ?? ''];
  const problems: LetterProblem[] = [];
  const seen = new Set<string>();
  const add = (message: string, fixAt: LetterFixPlace) => {
    if (seen.has(message)) return;
    seen.add(message);
    problems.push({ message, fixAt });
  };
  for (const text of parts) {
    const blanks: Array<[number, number]> = [];
    for (const m of text.matchAll(BLANK)) {
      const label = m[1] ?? m[2];
      blanks.push([m.index, m.index + m[0].length]);
      if (label) {
        const head = label.split(/[，,]/)[0]!.trim();
        add(`“${head}”尚未填写（${context(text, m.index, m[0].length)}）`, fixForLabel(label));
      } else {
        add(`有未填写的空格（${context(text, m.index, m[0].length)}）`, { kind: 'letter_text' });
      }
    }
    const insideBlank = (i: number) => blanks.some(([s, e]) => i >= s && i < e);
    for (const m of text.matchAll(PLACEHOLDER)) {
      if (insideBlank(m.index)) continue;
      add(`有未替换的占位内容“${m[0]}”`, m[0].startsWith('{{') ? { kind: 'templates' } : { kind: 'letter_text' });
    }
    for (const m of text.matchAll(INSTRUCTION)) {
      if (insideBlank(m.index)) continue;
      add(`有写给工作人员的提示“${m[0]}”（${context(text, m.index, m[0].length)}）`, { kind: 'letter_text' });
    }
    for (const m of text.matchAll(DOUBLED)) {
      add(`标点重复（${context(text, m.index, 2)}）`, { kind: 'letter_text' });
    }
  }
  if (letter.paragraphs.length === 0) add('正文为空', { kind: 'templates' });
  return problems;
}

/** The service's refusal, one sentence per problem, with where to fill it in. */
export function letterProblemsText(problems: readonly LetterProblem[]): string {
  return `告知书还有未完成的内容，不能发出：${problems.map((p, i) => `${i + 1}. ${p.message}，请在“${fixPlaceLabels[p.fixAt.kind]}”中修改`).join('；')}。`;
}
