// The agency (机关/单位) as the rest of the code sees it, and the rules of the agency tree. Pure.
import type { AgencyLevel } from '../agencies.tables.ts';

export interface Agency {
  readonly id: string;
  readonly parentId: string | null;
  /** Used in 索引号 (index numbers) of the agency's catalogue items; unique across the installation. */
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly level: AgencyLevel;
  readonly address: string | null;
  readonly postalCode: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly officeHours: string | null;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly sortOrder: number;
  readonly createdAt: string;
  readonly archivedAt: string | null;
}

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  province_government: '省级人民政府',
  prefecture_government: '市（州）人民政府',
  county_government: '县（市、区）人民政府',
  provincial_department: '省级政府部门',
  prefecture_department: '市级政府部门',
  county_department: '县级政府部门',
  township: '乡镇人民政府',
  subdistrict: '街道办事处',
  disclosure_office: '政务公开工作主管部门（政务公开办）',
};

export const GOVERNMENT_LEVELS: readonly AgencyLevel[] = ['province_government', 'prefecture_government', 'county_government'];

/**
 * Which levels may sit directly under which. A government has its departments, the governments one
 * tier down and its 政务公开办 (条例第三条: the office that supervises the government's tree);
 * departments, townships and subdistricts have no child agencies here.
 */
const CHILD_LEVELS: Record<AgencyLevel, readonly AgencyLevel[]> = {
  province_government: ['provincial_department', 'prefecture_government', 'county_government', 'disclosure_office'],
  prefecture_government: ['prefecture_department', 'county_government', 'disclosure_office'],
  county_government: ['county_department', 'township', 'subdistrict', 'disclosure_office'],
  provincial_department: [],
  prefecture_department: [],
  county_department: [],
  township: [],
  subdistrict: [],
  disclosure_office: [],
};

export function allowedChildLevels(parent: AgencyLevel): readonly AgencyLevel[] {
  return CHILD_LEVELS[parent];
}

/**
 * Chinese reason why an agency of `level` may not go under `parent`, or null when it may. A root (no
 * parent) may be any level but a 政务公开办, which always belongs to a government: one install may
 * serve a single township or department on its own.
 */
export function placementProblem(level: AgencyLevel, parent: { level: AgencyLevel; name: string } | null): string | null {
  if (parent === null) {
    return level === 'disclosure_office' ? '政务公开办必须设在某一级人民政府之下，请选择上级单位。' : null;
  }
  if (CHILD_LEVELS[parent.level].includes(level)) return null;
  return `“${parent.name}”（${AGENCY_LEVEL_LABELS[parent.level]}）之下不能设立${AGENCY_LEVEL_LABELS[level]}。`;
}

/** Orders a flat list as a tree (parents before children, siblings by sort order then code) with depths. */
export function orderAsTree<T extends { id: string; parentId: string | null; sortOrder: number; code: string }>(
  items: readonly T[],
): Array<T & { depth: number }> {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    // An item whose parent is outside the list is shown as a root of what the reader may see.
    const key = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(key) ?? [];
    list.push(item);
    children.set(key, list);
  }
  for (const list of children.values()) {
    list.sort((a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  const out: Array<T & { depth: number }> = [];
  const visit = (parent: string | null, depth: number) => {
    for (const item of children.get(parent) ?? []) {
      out.push({ ...item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
