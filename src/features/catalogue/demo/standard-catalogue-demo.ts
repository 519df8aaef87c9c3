// The demo townships' 公开事项标准目录, modelled on published township catalogues under 国办发〔2019〕54号
// (the 26 pilot areas: 财政预决算、社会救助、宅基地、就业、养老服务、涉农补贴、义务教育 …), and which demo
// category each row gathers, so the 专栏 page shows real counts.
import type { StandardRow } from '../domain/standard-catalogue.ts';

const DEADLINE = '信息形成或变更之日起20个工作日内';
const TOWN = '{town}人民政府';
const WEB_BOARD = '政府网站、公开栏';

type Template = Omit<StandardRow, 'seq'> & { readonly categories?: readonly string[] };

export const DEMO_STANDARD_ROWS: readonly Template[] = [
  { item_level1: '财政预决算', item_level2: '部门预算', content_elements: '预算报表、预算说明、“三公”经费预算及说明', basis: '《中华人民共和国预算法》第十四条；《地方预决算公开操作规程》', time_limit: '批复后20日内', responsible_body: TOWN, channels: '政府网站', audience: '全社会', mode: '主动', level: '乡级（镇级）', categories: ['budgets'] },
  { item_level1: '财政预决算', item_level2: '部门决算', content_elements: '决算报表、决算说明、“三公”经费决算及说明', basis: '《中华人民共和国预算法》第十四条；《地方预决算公开操作规程》', time_limit: '批复后20日内', responsible_body: TOWN, channels: '政府网站', audience: '全社会', mode: '主动', level: '乡级（镇级）' },
  { item_level1: '社会救助', item_level2: '最低生活保障', content_elements: '办事指南；审批结果（户主姓名、保障人数、保障金额）；监督电话', basis: '《社会救助暂行办法》；《最低生活保障审核确认办法》', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站、公开栏、村务公开栏', audience: '全社会', mode: '主动', level: '乡级（镇级）、村级', categories: ['social_assistance'] },
  { item_level1: '社会救助', item_level2: '特困人员救助供养', content_elements: '办事指南；审批结果（姓名、供养方式、救助供养标准）', basis: '《社会救助暂行办法》；《特困人员认定办法》', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站、公开栏', audience: '全社会', mode: '主动', level: '乡级（镇级）、村级' },
  { item_level1: '社会救助', item_level2: '临时救助', content_elements: '办事指南；救助对象、救助金额', basis: '《社会救助暂行办法》第四十七条至第五十条', time_limit: DEADLINE, responsible_body: TOWN, channels: WEB_BOARD, audience: '全社会', mode: '主动', level: '乡级（镇级）、村级' },
  { item_level1: '宅基地审批', item_level2: '农村宅基地审批', content_elements: '申请条件、办理流程、申请材料；审批结果（申请人、宅基地位置、面积）', basis: '《中华人民共和国土地管理法》第六十二条；《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站、公开栏、村务公开栏', audience: '全社会', mode: '主动', level: '乡级（镇级）、村级', categories: ['homestead_review'] },
  { item_level1: '就业', item_level2: '就业创业服务', content_elements: '就业创业政策、招聘岗位信息、职业培训安排', basis: '《中华人民共和国就业促进法》', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站、便民服务中心电子屏', audience: '全社会', mode: '主动', level: '乡级（镇级）', categories: ['livelihood'] },
  { item_level1: '养老服务', item_level2: '高龄津贴发放', content_elements: '发放对象条件、发放标准、发放名单', basis: '本省高龄津贴制度', time_limit: DEADLINE, responsible_body: TOWN, channels: '公开栏、村务公开栏', audience: '特定群众', mode: '主动', level: '乡级（镇级）、村级' },
  { item_level1: '养老服务', item_level2: '农村敬老院', content_elements: '机构名称、地址、床位数、入住条件、联系电话', basis: '《养老机构管理办法》', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站', audience: '全社会', mode: '主动', level: '乡级（镇级）', categories: ['public_services'] },
  { item_level1: '涉农补贴', item_level2: '耕地地力保护补贴', content_elements: '补贴政策、补贴标准、补贴对象及面积、补贴资金发放情况', basis: '《财政部 农业农村部关于实施耕地地力保护补贴的通知》', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站、公开栏、村务公开栏', audience: '全社会', mode: '主动', level: '乡级（镇级）、村级', categories: ['agri_rural_policy'] },
  { item_level1: '涉农补贴', item_level2: '农机购置补贴', content_elements: '补贴政策、补贴机具目录、受益对象及补贴额', basis: '《农业机械购置补贴实施指导意见》', time_limit: DEADLINE, responsible_body: TOWN, channels: WEB_BOARD, audience: '全社会', mode: '主动', level: '乡级（镇级）' },
  { item_level1: '义务教育', item_level2: '招生入学', content_elements: '招生范围、招生计划、入学条件、报名时间和方式', basis: '《中华人民共和国义务教育法》第十二条', time_limit: '招生工作开始前', responsible_body: '{town}中心学校', channels: '政府网站、学校公开栏', audience: '全社会', mode: '主动', level: '乡级（镇级）' },
  { item_level1: '义务教育', item_level2: '学生资助', content_elements: '资助政策、资助标准、受助学生名单（不含身份证号）', basis: '《学生资助资金管理办法》', time_limit: DEADLINE, responsible_body: '{town}中心学校', channels: '学校公开栏', audience: '特定群众', mode: '主动', level: '乡级（镇级）' },
  { item_level1: '农田水利工程', item_level2: '小型农田水利工程建设', content_elements: '项目名称、建设地点、投资额、施工单位、建设进度、验收结果', basis: '《农田水利条例》', time_limit: DEADLINE, responsible_body: TOWN, channels: WEB_BOARD, audience: '全社会', mode: '主动', level: '乡级（镇级）、村级', categories: ['farmland_water_works'] },
  { item_level1: '土地承包经营权流转', item_level2: '流转合同备案', content_elements: '流转面积、流转方式、流转期限、受让方', basis: '《农村土地经营权流转管理办法》', time_limit: DEADLINE, responsible_body: TOWN, channels: '公开栏、村务公开栏', audience: '特定群众', mode: '主动', level: '乡级（镇级）、村级', categories: ['land_contract_transfer'] },
  { item_level1: '筹资筹劳', item_level2: '村级公益事业一事一议', content_elements: '议事项目、筹资筹劳标准、筹集使用情况', basis: '《村民一事一议筹资筹劳管理办法》', time_limit: DEADLINE, responsible_body: TOWN, channels: '村务公开栏', audience: '特定群众', mode: '主动', level: '村级', categories: ['fund_and_labour_raising'] },
  { item_level1: '征地补偿', item_level2: '土地征收', content_elements: '征收土地预公告、征地补偿安置方案、补偿费用支付情况', basis: '《中华人民共和国土地管理法》第四十七条', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站、村务公开栏', audience: '全社会', mode: '主动', level: '乡级（镇级）、村级', categories: ['land_expropriation'] },
  { item_level1: '政府信息公开', item_level2: '依申请公开', content_elements: '申请渠道、申请表、办理时限、答复形式', basis: '《中华人民共和国政府信息公开条例》第二十七条至第四十五条', time_limit: DEADLINE, responsible_body: TOWN, channels: '政府网站', audience: '全社会', mode: '依申请公开', level: '乡级（镇级）' },
];

/** The rows for one township: 序号 in order, {town} filled in. */
export function demoStandardRows(townName: string): StandardRow[] {
  return DEMO_STANDARD_ROWS.map(({ categories: _c, ...t }, i) => ({ ...t, seq: i + 1, responsible_body: t.responsible_body.replace('{town}', townName) }));
}

/** Which row (by 一级 › 二级事项) gathers the demo items of each category. */
export function demoRowForCategory(category: string): { item_level1: string; item_level2: string } | null {
  const row = DEMO_STANDARD_ROWS.find((r) => r.categories?.includes(category));
  return row ? { item_level1: row.item_level1, item_level2: row.item_level2 } : null;
}
