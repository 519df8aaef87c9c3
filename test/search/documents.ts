// A hand-written set of catalogue texts shaped like those township and county sites publish
// (titles, 文号 and body wording modelled on the seed reports' descriptions of their columns).
// Written for this test, not copied from anywhere; the expected hits in quality.test.ts were
// worked out by reading these texts.
export interface Doc {
  key: string;
  agency: 'town' | 'bureau';
  category: string;
  publishedOn: string;
  documentNo: string | null;
  title: string;
  body: string;
  attachment?: string;
}

export const DOCS: Doc[] = [
  { key: 'budget2024', agency: 'town', category: 'budgets', publishedOn: '2024-02-05', documentNo: null, title: '岭南镇2024年部门预算公开', body: '一、部门基本情况。二、收支总体情况：2024年收入预算1280万元，支出预算1280万元。三、“三公”经费预算。' },
  { key: 'final2023', agency: 'town', category: 'budgets', publishedOn: '2024-08-20', documentNo: null, title: '岭南镇2023年部门决算公开', body: '2023年度收入决算1302万元，支出决算1298万元；与年初预算相比，支出增加主要是防汛救灾支出。' },
  { key: 'budgetNotice', agency: 'town', category: 'other_statutory', publishedOn: '2024-03-01', documentNo: '岭政发〔2024〕3号', title: '岭南镇人民政府关于加强预算绩效管理的通知', body: '各村（社区）、镇直各单位：为提高财政资金使用效益，现就加强预算绩效管理有关事项通知如下。' },
  { key: 'fireNotice', agency: 'town', category: 'emergencies', publishedOn: '2024-10-15', documentNo: '岭政发〔2024〕11号', title: '岭南镇人民政府关于做好秋冬季森林防火工作的通知', body: '进入秋冬季节，林区气候干燥，火险等级持续升高。严禁野外用火，发现火情立即拨打12119。' },
  { key: 'dibao', agency: 'town', category: 'social_assistance', publishedOn: '2024-04-10', documentNo: null, title: '2024年第一季度城乡低保对象公示', body: '经入户调查、民主评议，拟将以下家庭纳入城乡最低生活保障范围，公示期七天。' },
  { key: 'homestead', agency: 'town', category: 'homestead_review', publishedOn: '2024-06-18', documentNo: null, title: '岭南镇农村宅基地审批结果公示', body: '经村民小组讨论、村委会审查，镇政府批准以下农户的宅基地申请。', attachment: '附件：宅基地审批明细表 申请人 用地面积 四至范围' },
  { key: 'landTransfer', agency: 'town', category: 'land_contract_transfer', publishedOn: '2023-11-02', documentNo: null, title: '关于规范农村土地承包经营权流转的实施意见', body: '引导土地经营权有序流转，发展适度规模经营，保护农民合法权益。' },
  { key: 'guideline', agency: 'town', category: 'laws_and_documents', publishedOn: '2022-05-09', documentNo: '岭政规〔2022〕1号', title: '岭南镇村级公益事业建设一事一议筹资筹劳管理办法', body: '第一条 为规范村级公益事业建设筹资筹劳行为，制定本办法。第二条 本办法适用于本镇行政村。' },
  { key: 'bureauBudget', agency: 'bureau', category: 'budgets', publishedOn: '2024-02-06', documentNo: null, title: '和县自然资源局2024年部门预算', body: '本部门2024年预算收入860万元，主要用于国土空间规划编制和耕地保护。' },
  { key: 'bureauLand', agency: 'bureau', category: 'land_expropriation', publishedOn: '2024-07-01', documentNo: '和自然资发〔2024〕21号', title: '关于岭南镇集体土地征收的公告', body: '经省人民政府批准，征收岭南镇岭南村集体土地12.5公顷，补偿标准按区片综合地价执行。' },
  { key: 'escape', agency: 'bureau', category: 'other_statutory', publishedOn: '2024-09-09', documentNo: null, title: '关于网上办事系统升级的通知', body: '系统升级期间（<script>alert(1)</script>）暂停受理网上申请，请通过窗口办理。' },
];
