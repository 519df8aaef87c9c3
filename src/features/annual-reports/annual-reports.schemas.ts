// zod schemas of the annual report forms and commands, with Chinese messages.
import { z } from 'zod';
import { sectionIds, type Cell, type SectionId } from '../../report/index.ts';
import { isAmountCell } from './domain/cells.ts';

export const yearSchema = z.coerce
  .number({ message: '请填写年度，例如 2024' })
  .int('年度应为整数，例如 2024')
  // 条例 (2019 修订) took effect 2019-05-15; the platform's formats cover report years from 2019.
  .min(2019, '年度不能早于 2019 年（现行条例的第一个报告年度）')
  .max(2100, '年度不正确');

export const generateSchema = z.object({ year: yearSchema });

const versionSchema = z.coerce.number({ message: '表单已过期，请刷新页面后重试' }).int().min(1);

/** Reads one typed cell: blank stays blank, “/” means not applicable, otherwise a number ≥ 0. */
export function parseCellInput(key: string, raw: string): { ok: true; cell: Cell } | { ok: false; message: string } {
  const text = raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace('．', '.');
  if (text === '') return { ok: true, cell: { kind: 'blank', value: null } };
  if (text === '/' || text === '／' || text === '-' || text === '—') return { ok: true, cell: { kind: 'not_applicable', value: null } };
  if (isAmountCell(key)) {
    // 万元，报告格式要求保留到小数点后四位（即元）。
    if (!/^\d{1,9}(\.\d{1,4})?$/.test(text)) return { ok: false, message: '请填写金额（万元），最多保留四位小数，例如 1.2500' };
    return { ok: true, cell: { kind: 'number', value: Number(text) } };
  }
  if (!/^\d{1,7}$/.test(text)) return { ok: false, message: '请填写 0 或正整数（件数）；不适用填“/”' };
  return { ok: true, cell: { kind: 'number', value: Number(text) } };
}

export interface SaveInput {
  readonly version: number;
  readonly texts: Partial<Record<SectionId, string>>;
  /** Typed values by full cell key (only manual cells are read). */
  readonly cells: Readonly<Record<string, string>>;
}

const textSchema = z.string().max(20000, '每部分正文最多 20000 字');

/** The editor form: `version`, `text.<section id>`, `cell.<cell key>`. */
export function saveInputFromForm(body: unknown): { ok: true; data: SaveInput } | { ok: false; errors: Record<string, string> } {
  const form = (body ?? {}) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  const version = versionSchema.safeParse(form.version);
  if (!version.success) errors.version = version.error.issues[0]?.message ?? '表单已过期，请刷新页面后重试';
  const texts: Partial<Record<SectionId, string>> = {};
  for (const id of sectionIds) {
    const raw = form[`text.${id}`];
    if (raw === undefined) continue;
    const parsed = textSchema.safeParse(raw);
    if (!parsed.success) errors[`text.${id}`] = parsed.error.issues[0]?.message ?? '内容不正确';
    else texts[id] = parsed.data.replace(/\r\n/g, '\n');
  }
  // “采用参考文字” submits the whole editor form with `adopt` naming a section: that section takes the
  // offered text, every other box keeps what was typed (nothing unsaved is lost).
  const adopt = form.adopt;
  if (typeof adopt === 'string' && (sectionIds as readonly string[]).includes(adopt)) {
    const parsed = textSchema.safeParse(form[`suggestion.${adopt}`]);
    if (parsed.success) texts[adopt as SectionId] = parsed.data.replace(/\r\n/g, '\n');
    else errors[`text.${adopt}`] = '参考文字已失效，请刷新页面后再采用。';
  }
  const cells: Record<string, string> = {};
  for (const [name, raw] of Object.entries(form)) {
    if (!name.startsWith('cell.') || typeof raw !== 'string') continue;
    cells[name.slice(5)] = raw;
  }
  if (Object.keys(errors).length > 0 || !version.success) return { ok: false, errors };
  return { ok: true, data: { version: version.data, texts, cells } };
}

export const transitionSchema = z.object({
  version: versionSchema,
  comment: z.string().trim().max(2000, '意见最多 2000 字').optional(),
});
