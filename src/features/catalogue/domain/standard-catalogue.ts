// 公开事项标准目录 (国办发〔2019〕54号《关于全面推进基层政务公开标准化规范化工作的指导意见》; spec
// active-disclosure.md §2.3): the table a county or township keeps of what it discloses, how, when and
// to whom — exactly the columns of the township catalogue seen in research. Also its CSV form (UTF-8
// with a BOM so Excel opens it; RFC 4180 quoting) with line-numbered Chinese errors. Pure.

export const STANDARD_COLUMNS = [
  { id: 'seq', label: '序号', max: 4 },
  { id: 'item_level1', label: '一级事项', max: 50 },
  { id: 'item_level2', label: '二级事项', max: 50 },
  { id: 'content_elements', label: '公开内容（要素）', max: 1000 },
  { id: 'basis', label: '公开依据', max: 1000 },
  { id: 'time_limit', label: '公开时限', max: 100 },
  { id: 'responsible_body', label: '公开主体', max: 100 },
  { id: 'channels', label: '公开渠道和载体', max: 200 },
  { id: 'audience', label: '公开对象', max: 20 },
  { id: 'mode', label: '公开方式', max: 20 },
  { id: 'level', label: '公开层级', max: 30 },
] as const;

export type StandardColumnId = (typeof STANDARD_COLUMNS)[number]['id'];

export interface StandardRow {
  seq: number;
  item_level1: string;
  item_level2: string;
  content_elements: string;
  basis: string;
  time_limit: string;
  responsible_body: string;
  channels: string;
  /** 全社会 or 特定群众. */
  audience: string;
  /** 主动 or 依申请公开. */
  mode: string;
  /** 县级 / 乡级（镇级） / 村级, one or several joined with “、”. */
  level: string;
}

export const AUDIENCE_VALUES = ['全社会', '特定群众'] as const;
export const MODE_VALUES = ['主动', '依申请公开'] as const;
const LEVEL_ORDER = ['县级', '乡级（镇级）', '村级'] as const;

function normaliseMode(v: string): string | null {
  if (v === '主动' || v === '主动公开') return '主动';
  if (v === '依申请公开' || v === '依申请') return '依申请公开';
  return null;
}

function normaliseLevel(v: string): string | null {
  const parts = v.split(/[、,，/／\s]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const found = new Set<string>();
  for (const p of parts) {
    const canonical = p === '县级' ? '县级' : p === '乡级' || p === '镇级' || p === '乡级（镇级）' || p === '乡级(镇级)' || p === '乡镇级' ? '乡级（镇级）' : p === '村级' ? '村级' : null;
    if (!canonical) return null;
    found.add(canonical);
  }
  return LEVEL_ORDER.filter((l) => found.has(l)).join('、');
}

export type RowValidation = { ok: true; row: StandardRow } | { ok: false; errors: Partial<Record<StandardColumnId, string>> };

/** Checks one row as typed (form or CSV); values are trimmed, 公开方式 and 公开层级 written one way. */
export function validateStandardRow(input: Readonly<Record<string, string | undefined>>): RowValidation {
  const errors: Partial<Record<StandardColumnId, string>> = {};
  const v = (id: StandardColumnId) => (input[id] ?? '').trim();
  for (const c of STANDARD_COLUMNS) {
    const value = v(c.id);
    if (value === '') errors[c.id] = `请填写${c.label}。`;
    else if (value.length > c.max && c.id !== 'seq') errors[c.id] = `${c.label}不能超过 ${c.max} 个字。`;
  }
  const seqText = v('seq');
  const seq = Number(seqText);
  if (seqText !== '' && !(/^\d{1,4}$/.test(seqText) && seq >= 1)) errors.seq = '序号应为 1 至 9999 的整数。';
  const audience = v('audience');
  if (audience !== '' && !(AUDIENCE_VALUES as readonly string[]).includes(audience)) errors.audience = '公开对象应为“全社会”或“特定群众”。';
  const mode = normaliseMode(v('mode'));
  if (v('mode') !== '' && !mode) errors.mode = '公开方式应为“主动”或“依申请公开”。';
  const level = normaliseLevel(v('level'));
  if (v('level') !== '' && !level) errors.level = '公开层级应为“县级”“乡级（镇级）”“村级”中的一项或几项，用“、”分隔。';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    row: {
      seq,
      item_level1: v('item_level1'),
      item_level2: v('item_level2'),
      content_elements: v('content_elements'),
      basis: v('basis'),
      time_limit: v('time_limit'),
      responsible_body: v('responsible_body'),
      channels: v('channels'),
      audience,
      mode: mode!,
      level: level!,
    },
  };
}

// ───────────────────────── CSV ─────────────────────────

const BOM = '\uFEFF';

function csvField(value: string): string {
  // Quote when needed; a leading =, +, - or @ would start a formula in Excel, so prefix it with '.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The table as CSV: UTF-8 with a BOM (so Excel reads the Chinese), CRLF line ends, the spec's headers. */
export function standardCatalogueCsv(rows: readonly StandardRow[]): string {
  const lines = [STANDARD_COLUMNS.map((c) => c.label).join(',')];
  for (const r of rows) lines.push(STANDARD_COLUMNS.map((c) => csvField(c.id === 'seq' ? String(r.seq) : r[c.id])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** One CSV record with the file line it starts on (1-based; a quoted field may span lines). */
interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 records; throws CsvError for an unterminated quote. */
function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: startLine, fields });
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      startLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvError(`第 ${startLine} 行：引号没有闭合，请检查该行的双引号。`);
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    records.push({ line: startLine, fields });
  }
  return records;
}

export class CsvError extends Error {}

const normaliseHeader = (h: string) => h.trim().replaceAll('(', '（').replaceAll(')', '）');

export type CsvImport = { ok: true; rows: Array<StandardRow & { line: number }> } | { ok: false; message: string };

/**
 * Reads an uploaded CSV (with or without BOM). The header must name the spec's eleven columns in
 * order. Blank lines are skipped. The first bad row is reported with its line number in Chinese; the
 * caller imports nothing unless every row is good. Repeated 序号 or 一级+二级事项 in the file are errors.
 */
export function parseStandardCatalogueCsv(text: string): CsvImport {
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: error.message };
    throw error;
  }
  const content = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = content.shift();
  const expected = STANDARD_COLUMNS.map((c) => c.label);
  if (!header) return { ok: false, message: '文件是空的：第 1 行应为表头（序号,一级事项,二级事项,…,公开层级）。' };
  const got = header.fields.map(normaliseHeader);
  if (got.length !== expected.length || got.some((h, i) => h !== expected[i])) {
    const at = got.findIndex((h, i) => h !== expected[i]);
    const which = at >= 0 && at < expected.length ? `第 ${at + 1} 列应为“${expected[at]}”，文件中是“${got[at] ?? '（空）'}”` : `应为 ${expected.length} 列，文件中是 ${got.length} 列`;
    return { ok: false, message: `第 ${header.line} 行表头不符：${which}。表头应为：${expected.join(',')}。` };
  }
  if (content.length === 0) return { ok: false, message: '文件中只有表头，没有目录行。' };
  const rows: Array<StandardRow & { line: number }> = [];
  const seqs = new Map<number, number>();
  const items = new Map<string, number>();
  for (const record of content) {
    if (record.fields.length !== expected.length) {
      return { ok: false, message: `第 ${record.line} 行有 ${record.fields.length} 列，应为 ${expected.length} 列（含逗号的内容请用双引号括起来）。` };
    }
    const input = Object.fromEntries(STANDARD_COLUMNS.map((c, i) => [c.id, record.fields[i]!.replace(/^'(?=[=+\-@])/, '')]));
    const checked = validateStandardRow(input);
    if (!checked.ok) {
      const [column, message] = Object.entries(checked.errors)[0]!;
      const label = STANDARD_COLUMNS.find((c) => c.id === column)!.label;
      return { ok: false, message: `第 ${record.line} 行“${label}”：${message}` };
    }
    const row = checked.row;
    const seqLine = seqs.get(row.seq);
    if (seqLine !== undefined) return { ok: false, message: `第 ${record.line} 行：序号 ${row.seq} 与第 ${seqLine} 行重复。` };
    const key = `${row.item_level1}\u0000${row.item_level2}`;
    const itemLine = items.get(key);
    if (itemLine !== undefined) return { ok: false, message: `第 ${record.line} 行：事项“${row.item_level1} › ${row.item_level2}”与第 ${itemLine} 行重复。` };
    seqs.set(row.seq, record.line);
    items.set(key, record.line);
    rows.push({ ...row, line: record.line });
  }
  return { ok: true, rows };
}
