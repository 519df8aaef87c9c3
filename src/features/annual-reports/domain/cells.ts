// Which cells of the report come from the records and which staff enter (DESIGN §1: the report of a
// year is a query, never a retyping). Pure.
import { cellKeys, type FormatId } from '../../../report/index.ts';

/** Where a computed cell came from, shown read-only next to it in the editor. */
export type CellOrigin = 'applications' | 'normative_register';

export const originLabels: Readonly<Record<CellOrigin, string>> = {
  applications: '由依申请公开办理记录自动统计（收到申请日、办结日、办理结果、申请人类型）',
  normative_register: '由主动公开目录中的行政规范性文件登记（制发、废止、有效期）自动统计',
};

// 规章 and 行政规范性文件 (条例第二十条第（一）项) are the register's; every other row of table 二 (许可、
// 处罚、强制、收费) and all of table 四 (行政复议、行政诉讼) are entered by staff.
const REGISTER_PREFIX = 'active_disclosure.art20_item1.';

export function cellOrigin(key: string): CellOrigin | null {
  if (key.startsWith('applications.')) return 'applications';
  if (key.startsWith(REGISTER_PREFIX)) return 'normative_register';
  return null;
}

/** Cells staff enter by hand for a format, in format order. */
export function manualCellKeys(format: FormatId): string[] {
  return [...cellKeys(format, 'active_disclosure'), ...cellKeys(format, 'review_litigation')].filter((k) => cellOrigin(k) === null);
}

/** 万元 amounts may have decimals; every other cell is a count. */
export function isAmountCell(key: string): boolean {
  return key.includes('amount');
}
