// The level of the organ that published a report, inferred from its name as printed in the title, for
// the bulk audit of uploaded reports (the level decides the 条例第四十九条 deadline and whether 规章 can
// exist, see src/report/rules/check-options.ts). Pure. Only what the name shows for certain is inferred;
// a name that does not show its level gives null, and the supervisor gives or corrects it per file.
import type { AgencyLevel } from '../../../report/index.ts';

/** The levels a supervisor chooses from (the report engine's short names for township and 街道). */
export const auditLevels = [
  'township',
  'subdistrict',
  'county_government',
  'county_department',
  'prefecture_government',
  'prefecture_department',
  'provincial_government',
  'provincial_department',
  'state_council_department',
] as const satisfies readonly AgencyLevel[];

export type AuditLevel = (typeof auditLevels)[number];

export const auditLevelLabels: Readonly<Record<AuditLevel, string>> = {
  township: '乡镇人民政府',
  subdistrict: '街道办事处',
  county_government: '县（市、区）人民政府',
  county_department: '县级政府部门',
  prefecture_government: '设区的市（州）人民政府',
  prefecture_department: '市级政府部门',
  provincial_government: '省级人民政府',
  provincial_department: '省级政府部门',
  state_council_department: '国务院部门',
};

export function isAuditLevel(value: unknown): value is AuditLevel {
  return typeof value === 'string' && (auditLevels as readonly string[]).includes(value);
}

/** The platform's agency levels (agencies.tables.ts) as the report engine's levels; a 政务公开办 has no report level. */
export function auditLevelOfAgency(level: string): AuditLevel | null {
  if (level === 'province_government') return 'provincial_government';
  return isAuditLevel(level) ? level : null;
}

export interface LevelGuess {
  readonly level: AuditLevel;
  /** Why, in Chinese, for the results page. */
  readonly basis: string;
}

const GOVERNMENT = /(?:人民政府|政府)$/;
const SUBDISTRICT = /街道(?:办事处|办)?$/;
// A department: an office, bureau, commission, centre … (条例第十条: 行政机关 and the bodies they lead).
const DEPARTMENT = /(?:局|委员会|委|办公室|办公厅|办|厅|中心|署|院|所|队|站|部|处|会|馆)$/;

/**
 * The place names leading a name ("淮安市洪泽区…", "沭阳县…"): one unit after another, each ending in an
 * administrative suffix. After the first unit a place needs two characters before its suffix, so the
 * 市 of 市场监督管理局 or 城市管理局 is not read as a place (a one-character county such as 沛县 can
 * only come first).
 */
function leadingPlaces(name: string): string[] {
  const places: string[] = [];
  let rest = name;
  for (;;) {
    const unit = (places.length === 0 ? /^[\u4e00-\u9fa5]{1,8}?(?:自治区|省|自治州|地区|市|州|盟|自治县|县|旗|区|乡|镇)/ : /^[\u4e00-\u9fa5]{2,8}?(?:自治州|地区|市|州|盟|自治县|县|旗|区|乡|镇)/).exec(rest);
    if (!unit) return places;
    // 杭州市, 曹镇乡, 安乡县: a 州/乡/镇 inside the place's own name is followed by its real suffix.
    let place = unit[0];
    while (/[州乡镇]$/.test(place) && /^[市县区乡镇]/.test(rest.slice(place.length))) place += rest[place.length];
    places.push(place);
    rest = rest.slice(place.length);
  }
}

function placeTier(place: string): 'province' | 'prefecture' | 'county' | 'township' {
  if (/(?:自治区|省)$/.test(place)) return 'province';
  if (/(?:乡|镇)$/.test(place)) return 'township';
  if (/(?:自治县|县|旗|区)$/.test(place)) return 'county';
  return 'prefecture';
}

/** The level a name shows, or null. "市" alone is read as a 设区的市 and says so (a 县级市 must be corrected). */
export function levelFromName(rawName: string | null): LevelGuess | null {
  if (!rawName) return null;
  const name = rawName.replace(/[\s\u00a0\u3000]+/g, '');
  if (name.length < 2) return null;
  const shown = `按名称“${name}”推定`;
  if (/^(?:国务院|国家|中华人民共和国)/.test(name) && !GOVERNMENT.test(name)) return { level: 'state_council_department', basis: shown };
  if (SUBDISTRICT.test(name)) return { level: 'subdistrict', basis: shown };
  const places = leadingPlaces(name);
  const last = places.at(-1);
  const rest = name.slice(places.join('').length);
  if (GOVERNMENT.test(name) && /^(?:人民政府|政府)$/.test(rest) && last) {
    const tier = placeTier(last);
    if (tier === 'township') return { level: 'township', basis: shown };
    if (tier === 'county') return { level: 'county_government', basis: shown };
    if (tier === 'province') return { level: 'provincial_government', basis: shown };
    return { level: 'prefecture_government', basis: `${shown}为设区的市（州）政府；县级市的报告请更正为县级政府` };
  }
  // "段店乡", "草坝镇": a township printed without 人民政府.
  if (rest === '' && last && placeTier(last) === 'township') return { level: 'township', basis: shown };
  if (last && rest !== '' && DEPARTMENT.test(rest)) {
    const tier = placeTier(last);
    if (tier === 'county') return { level: 'county_department', basis: shown };
    if (tier === 'province') return { level: 'provincial_department', basis: shown };
    if (tier === 'prefecture') return { level: 'prefecture_department', basis: `${shown}为市级部门；县级市的部门请更正为县级政府部门` };
  }
  return null;
}
