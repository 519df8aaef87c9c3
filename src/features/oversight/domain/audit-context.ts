// What the bulk audit knows about an uploaded report besides its text, and which rules it therefore
// could not run. Pure. Each fact comes from the first of these that has it:
//   agency level:     the supervisor's correction → the agency tree (the name matches an agency of the
//                     supervisor's tree) → the name as printed (agency-level.ts) → the batch's default;
//   publication date: the correction → a 发布日期 printed on the saved page → the batch's default → the
//                     signature date (a report is published on or after the day it is signed, so a late
//                     signature proves a late publication; an early one does not prove the opposite);
//   last year's report: a file of the same agency and the year before in the batch → the report that
//                     agency published on this platform.
// The deadline itself is 条例第四十九条 (deadlineFor of the report engine).
import { levelFromName, type AuditLevel } from './agency-level.ts';

export interface FileCorrections {
  readonly agencyName?: string;
  readonly year?: number;
  readonly agencyLevel?: AuditLevel;
  readonly publishedOn?: string;
}

export interface BatchDefaults {
  readonly publishedOn: string | null;
  readonly agencyLevel: AuditLevel | null;
}

export type LevelSource = 'corrected' | 'tree' | 'name' | 'batch';
export type DateSource = 'corrected' | 'page' | 'batch' | 'signature';

export type PriorSource =
  | { readonly kind: 'batch'; readonly seq: number; readonly fileName: string; readonly year: number }
  | { readonly kind: 'platform'; readonly agencyName: string; readonly year: number; readonly publishedOn: string | null };

/** Stored with each checked file (JSON) and shown on the results page and in the downloads. */
export interface AuditContext {
  readonly agencyName: string | null;
  readonly agencyNameCorrected: boolean;
  readonly year: number | null;
  readonly yearCorrected: boolean;
  readonly agencyLevel: { readonly value: AuditLevel; readonly source: LevelSource; readonly basis: string } | null;
  readonly publishedOn: { readonly value: string; readonly source: DateSource } | null;
  /** The agency of the platform's tree the name was matched with. */
  readonly matchedAgency: string | null;
  readonly prior: PriorSource | null;
  /** "未检查：…" lines: rules that did not run for lack of context. */
  readonly unchecked: readonly string[];
}

export const levelSourceLabels: Readonly<Record<LevelSource, string>> = {
  corrected: '人工更正',
  tree: '本平台机构设置',
  name: '按名称推定',
  batch: '本批默认值',
};

export const dateSourceLabels: Readonly<Record<DateSource, string>> = {
  corrected: '人工更正',
  page: '网页所载发布日期',
  batch: '本批默认值',
  signature: '落款日期（实际发布不早于此日）',
};

/** Why a cross-year or deadline rule did not run. */
export const uncheckedReasons = {
  noYear: '未检查：未识别报告年度（公布期限和上年度比对均需年度）',
  noDate: '未检查：缺少发布日期（公布期限，条例第四十九条）',
  noLevel: '未检查：缺少机关层级（公布期限；县乡机关规章行应为0）',
  noPrior: '未检查：缺少上年度报告（上年结转、现行有效件数、尚未审结案件、复议后起诉、内容雷同）',
  noRecords: '未检查：本平台的规范性文件登记和答复记录不用于上传的报告（规范性文件件数与文件登记比对、“按时办结率”核对）',
} as const;

const compact = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
const GENERIC = /(?:人民政府办公室|人民政府|政府|街道办事处|办事处)$/;

/**
 * Whether two printed names are the same organ: equal, or one ends with the other and the shorter one
 * keeps a place or department name besides 人民政府 (洪泽区人民政府 / 淮安市洪泽区人民政府: the 2023 and
 * 2024 reports of the same organ print it differently).
 */
export function sameAgencyName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = compact(a);
  const y = compact(b);
  if (x === y) return x.length >= 2;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.endsWith(short) && short.replace(GENERIC, '').length >= 2;
}

export interface PairCandidate {
  readonly seq: number;
  readonly fileName: string;
  readonly agencyName: string | null;
  readonly year: number | null;
}

/** Last year's report of `file` in the batch: same organ, year − 1; an exact name first, then the lowest number. */
export function priorInBatch(file: PairCandidate, batch: readonly PairCandidate[]): PairCandidate | null {
  if (file.year === null || !file.agencyName) return null;
  const candidates = batch.filter((c) => c.seq !== file.seq && c.year === file.year! - 1 && sameAgencyName(c.agencyName, file.agencyName));
  const exact = candidates.filter((c) => compact(c.agencyName!) === compact(file.agencyName!));
  return [...exact, ...candidates].sort((a, b) => (exact.includes(a) === exact.includes(b) ? a.seq - b.seq : exact.includes(a) ? -1 : 1))[0] ?? null;
}

export interface TreeAgency {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly level: AuditLevel | null;
}

/** The one agency of the tree the printed name means, or null (none, or more than one). */
export function matchTreeAgency(name: string | null, agencies: readonly TreeAgency[]): TreeAgency | null {
  if (!name) return null;
  const exact = agencies.filter((a) => compact(a.name) === compact(name) || (a.shortName !== null && compact(a.shortName) === compact(name)));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  const loose = agencies.filter((a) => sameAgencyName(a.name, name));
  return loose.length === 1 ? loose[0]! : null;
}

export interface ContextInput {
  readonly read: { readonly agencyName: string | null; readonly year: number | null };
  readonly corrections: FileCorrections;
  readonly batch: BatchDefaults;
  readonly stated: { readonly date: string; readonly source: 'page' | 'signature' } | null;
  readonly treeAgency: TreeAgency | null;
  readonly prior: PriorSource | null;
}

/** The identity a file is paired by: the corrected name and year, else as read. */
export function identityOf(read: { agencyName: string | null; year: number | null }, corrections: FileCorrections): { agencyName: string | null; year: number | null } {
  return { agencyName: corrections.agencyName ?? read.agencyName, year: corrections.year ?? read.year };
}

export function resolveContext(input: ContextInput): AuditContext {
  const { read, corrections, batch, stated, treeAgency, prior } = input;
  const { agencyName, year } = identityOf(read, corrections);
  const guess = levelFromName(agencyName);
  const agencyLevel: AuditContext['agencyLevel'] = corrections.agencyLevel
    ? { value: corrections.agencyLevel, source: 'corrected', basis: '人工更正' }
    : treeAgency?.level
      ? { value: treeAgency.level, source: 'tree', basis: `本平台机构“${treeAgency.name}”的层级` }
      : guess
        ? { value: guess.level, source: 'name', basis: guess.basis }
        : batch.agencyLevel
          ? { value: batch.agencyLevel, source: 'batch', basis: '本批默认值' }
          : null;
  const publishedOn: AuditContext['publishedOn'] = corrections.publishedOn
    ? { value: corrections.publishedOn, source: 'corrected' }
    : stated?.source === 'page'
      ? { value: stated.date, source: 'page' }
      : batch.publishedOn
        ? { value: batch.publishedOn, source: 'batch' }
        : stated
          ? { value: stated.date, source: 'signature' }
          : null;
  const unchecked: string[] = [];
  if (year === null) unchecked.push(uncheckedReasons.noYear);
  else {
    if (!publishedOn) unchecked.push(uncheckedReasons.noDate);
    if (!agencyLevel) unchecked.push(uncheckedReasons.noLevel);
    if (!prior) unchecked.push(uncheckedReasons.noPrior);
  }
  unchecked.push(uncheckedReasons.noRecords);
  return {
    agencyName,
    agencyNameCorrected: corrections.agencyName !== undefined,
    year,
    yearCorrected: corrections.year !== undefined,
    agencyLevel,
    publishedOn,
    matchedAgency: treeAgency?.name ?? null,
    prior: year === null ? null : prior,
    unchecked,
  };
}

/** "淮安市洪泽区2023.pdf（第3个文件，2023年度）" / "本平台已发布的2023年度报告（…，2024年1月20日发布）". */
export function priorLabel(prior: PriorSource): string {
  if (prior.kind === 'batch') return `本批第 ${prior.seq} 个文件“${prior.fileName}”（${prior.year}年度）`;
  return `本平台已发布的“${prior.agencyName}”${prior.year}年度报告${prior.publishedOn ? `（${prior.publishedOn}发布）` : ''}`;
}
