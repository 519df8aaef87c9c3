// 专栏 structure and catalogue categories.
// 国办公开办函〔2019〕61号: four first-level sub-columns; 条例第二十条 lists the fifteen items every
// organ must actively disclose; 条例第二十一条 adds township items (active-disclosure.md §2, §4.3).

export interface CategoryDef {
  id: string;
  label: string;
  /** The legal source, shown as help text to staff. */
  basis: string;
}

/** 国办公开办函〔2019〕61号 first-level sub-columns of every organ's 政府信息公开专栏. */
export const PORTAL_COLUMNS = [
  { id: 'guide', label: '政府信息公开指南', basis: '条例第十二条' },
  { id: 'rules', label: '政府信息公开制度', basis: '国办公开办函〔2019〕61号' },
  { id: 'statutory_content', label: '法定主动公开内容', basis: '条例第二十条、第二十一条' },
  { id: 'annual_reports', label: '政府信息公开年报', basis: '条例第四十九条、第五十条' },
] as const satisfies readonly CategoryDef[];

/** 条例第二十条 (一)–(十五): the common list for every organ. */
export const ART20_CATEGORIES = [
  { id: 'laws_and_documents', label: '行政法规、规章和规范性文件', basis: '条例第二十条第（一）项' },
  { id: 'organization', label: '机构职能', basis: '条例第二十条第（二）项' },
  { id: 'plans', label: '规划计划', basis: '条例第二十条第（三）项' },
  { id: 'statistics', label: '统计信息', basis: '条例第二十条第（四）项' },
  { id: 'licensing', label: '行政许可和对外管理服务', basis: '条例第二十条第（五）项' },
  { id: 'penalties_and_coercion', label: '行政处罚和行政强制', basis: '条例第二十条第（六）项' },
  { id: 'budgets', label: '财政预决算', basis: '条例第二十条第（七）项' },
  { id: 'fees', label: '行政事业性收费', basis: '条例第二十条第（八）项' },
  { id: 'procurement', label: '政府集中采购', basis: '条例第二十条第（九）项' },
  { id: 'major_projects', label: '重大建设项目', basis: '条例第二十条第（十）项' },
  { id: 'livelihood', label: '民生保障', basis: '条例第二十条第（十一）项' },
  { id: 'emergencies', label: '应急管理', basis: '条例第二十条第（十二）项' },
  { id: 'inspections', label: '监督检查', basis: '条例第二十条第（十三）项' },
  { id: 'recruitment', label: '公务员招考', basis: '条例第二十条第（十四）项' },
  { id: 'other_statutory', label: '其他法定主动公开信息', basis: '条例第二十条第（十五）项' },
] as const satisfies readonly CategoryDef[];

/** 条例第二十一条: township additions (乡（镇）人民政府). */
export const TOWNSHIP_CATEGORIES = [
  { id: 'agri_rural_policy', label: '农业农村政策', basis: '条例第二十一条' },
  { id: 'farmland_water_works', label: '农田水利工程建设运营', basis: '条例第二十一条' },
  { id: 'land_contract_transfer', label: '农村土地承包经营权流转', basis: '条例第二十一条' },
  { id: 'homestead_review', label: '宅基地使用情况审核', basis: '条例第二十一条' },
  { id: 'land_expropriation', label: '土地征收', basis: '条例第二十一条' },
  { id: 'house_expropriation', label: '房屋征收', basis: '条例第二十一条' },
  { id: 'fund_and_labour_raising', label: '筹资筹劳', basis: '条例第二十一条' },
  { id: 'social_assistance', label: '社会救助', basis: '条例第二十一条' },
] as const satisfies readonly CategoryDef[];

/** 条例第二十一条: county/city-level additions (设区的市级、县级人民政府及其部门). */
export const COUNTY_CATEGORIES = [
  { id: 'municipal_construction', label: '市政建设', basis: '条例第二十一条' },
  { id: 'public_services', label: '公共服务', basis: '条例第二十一条' },
  { id: 'public_welfare', label: '公益事业', basis: '条例第二十一条' },
  { id: 'land_expropriation', label: '土地征收', basis: '条例第二十一条' },
  { id: 'house_expropriation', label: '房屋征收', basis: '条例第二十一条' },
  { id: 'public_security', label: '治安管理', basis: '条例第二十一条' },
  { id: 'social_assistance', label: '社会救助', basis: '条例第二十一条' },
] as const satisfies readonly CategoryDef[];

export type AgencyLevel = 'township' | 'county' | 'other';

/** An agency's own extra column (条例第二十二条: organs keep expanding their content). */
export interface AgencyColumn {
  id: string;
  label: string;
  /** A hidden column takes no new information and is not offered on the portal; its items keep their label. */
  hidden?: boolean;
}

/** The 法定主动公开内容 second-level columns an agency offers: Art. 20, its level's Art. 21 list, then its own. */
export function categoriesFor(level: AgencyLevel, agencyColumns: readonly AgencyColumn[] = []): CategoryDef[] {
  const out: CategoryDef[] = [...ART20_CATEGORIES];
  const extra = level === 'township' ? TOWNSHIP_CATEGORIES : level === 'county' ? COUNTY_CATEGORIES : [];
  for (const c of extra) if (!out.some((o) => o.id === c.id)) out.push(c);
  for (const c of agencyColumns) if (!c.hidden && !out.some((o) => o.id === c.id)) out.push({ id: c.id, label: c.label, basis: '条例第二十二条（本机关确定的公开内容）' });
  return out;
}

const ALL = new Map<string, string>(
  [...ART20_CATEGORIES, ...TOWNSHIP_CATEGORIES, ...COUNTY_CATEGORIES].map((c) => [c.id, c.label]),
);

/** Chinese label of a category id; unknown ids (agency columns) fall back to the given label or the id. */
export function categoryLabel(id: string, fallback?: string): string {
  return ALL.get(id) ?? fallback ?? id;
}

/** Column ids are lower snake_case ASCII so they can appear in URLs. */
export const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9_]{1,40}$/;

/** 体裁 (genre) values commonly shown in the metadata box (active-disclosure.md §5). */
export const GENRES = ['通知', '意见', '办法', '规定', '决定', '公告', '通告', '报告', '方案', '规划', '计划', '批复', '函', '解读', '其他'] as const;

/** 有效性 (active-disclosure.md §5): valid / invalid / abolished; blank for non-normative items. */
export const VALIDITY = { valid: '有效', invalid: '失效', abolished: '废止' } as const;
export type Validity = keyof typeof VALIDITY;

/** 公开属性 (公开属性源头认定, 国办发〔2016〕80号). */
export const DISCLOSURE_MODES = { proactive: '主动公开', on_request: '依申请公开', not_disclosed: '不予公开' } as const;
export type DisclosureMode = keyof typeof DISCLOSURE_MODES;

/** 公开对象 (audience). */
export const AUDIENCES = { public: '全社会', specific: '特定群众' } as const;
export type Audience = keyof typeof AUDIENCES;
