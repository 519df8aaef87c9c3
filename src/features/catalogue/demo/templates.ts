// Templates of realistic catalogue titles and bodies per category, for the demo county. Wording
// follows what township and county portals publish under each 条例第二十条/第二十一条 item.
export interface Template {
  category: string;
  genre: string;
  topic: string;
  /** {agency} full name, {short} short name, {year}, {q} quarter, {m} month, {n} a number. */
  title: string;
  body: string;
}

export const TEMPLATES: readonly Template[] = [
  { category: 'budgets', genre: '报告', topic: '财政、金融、审计-预算', title: '{short}{year}年部门预算公开', body: '一、部门主要职责。二、部门预算单位构成。三、收支总体情况：{year}年收入预算{n}万元，支出预算{n}万元。四、“三公”经费预算情况说明。五、政府采购预算情况。' },
  { category: 'budgets', genre: '报告', topic: '财政、金融、审计-决算', title: '{short}{year}年部门决算公开', body: '{year}年度收入决算{n}万元，支出决算{n}万元。支出主要用于一般公共服务、农林水、社会保障和就业。与年初预算相比的变化原因说明。' },
  { category: 'budgets', genre: '报告', topic: '财政、金融、审计-预算', title: '{short}{year}年第{q}季度预算执行情况', body: '截至{year}年第{q}季度末，一般公共预算支出完成年度预算的{n}%，民生支出占比保持稳定。' },
  { category: 'organization', genre: '其他', topic: '综合政务-机构职能', title: '{agency}机构职能及领导分工', body: '{agency}负责贯彻执行党和国家的路线方针政策，统筹本辖区经济社会发展。领导班子成员分工如下：主要领导主持全面工作；分管领导分别负责农业农村、社会事务、安全生产等工作。办公地址、办公时间及联系电话见本页。' },
  { category: 'plans', genre: '计划', topic: '国民经济管理、国有资产监管-规划', title: '{short}{year}年工作要点', body: '{year}年，{short}将围绕乡村振兴、基础设施建设、民生保障、安全生产等重点任务，细化目标、压实责任，确保各项工作落到实处。' },
  { category: 'statistics', genre: '报告', topic: '国民经济管理、国有资产监管-统计', title: '{short}{year}年{m}月主要经济指标', body: '{year}年1—{m}月，全镇（乡）农业总产值同比增长{n}%，规模以上工业增加值保持增长，城乡居民人均可支配收入稳步提高。' },
  { category: 'licensing', genre: '公告', topic: '综合政务-行政审批', title: '{short}{year}年第{q}季度行政许可事项办理结果公示', body: '本季度共受理行政许可申请{n}件，办结{n}件，全部在法定时限内办结。办理依据、条件、程序详见办事指南。' },
  { category: 'penalties_and_coercion', genre: '公告', topic: '综合政务-行政执法', title: '{short}综合行政执法{year}年第{q}季度行政处罚决定公示', body: '依据《中华人民共和国行政处罚法》，本季度作出行政处罚决定{n}件，主要涉及违法占地、违规焚烧秸秆等，处罚依据和结果见附表。' },
  { category: 'fees', genre: '公告', topic: '财政、金融、审计-收费', title: '{short}行政事业性收费项目及标准公示（{year}年）', body: '依据国家和省有关规定，本单位{year}年执行的行政事业性收费项目、收费依据和标准如下，未列入目录的一律不得收取。' },
  { category: 'procurement', genre: '公告', topic: '财政、金融、审计-政府采购', title: '{short}{year}年村内道路硬化工程采购结果公告', body: '本项目采用竞争性磋商方式采购，成交金额{n}万元，成交供应商名称、地址及评审专家名单公告如下。' },
  { category: 'major_projects', genre: '公告', topic: '城乡建设、环境保护-建设项目', title: '{short}{year}年重点建设项目实施情况', body: '{year}年安排重点项目{n}个，完成投资{n}万元，其中农村饮水安全巩固提升工程、乡村道路提质改造工程已完工。' },
  { category: 'livelihood', genre: '通知', topic: '劳动、人事、监察-就业', title: '关于开展{year}年春风行动暨就业援助月活动的通知', body: '为帮助农村劳动力和就业困难人员实现就业，定于{m}月在各村开展招聘服务活动，提供岗位信息、职业指导和技能培训。' },
  { category: 'emergencies', genre: '通知', topic: '公安、安全生产-应急管理', title: '{short}关于做好{year}年防汛工作的通知', body: '各村（社区）、各有关单位：入汛以来降水偏多，为确保安全度汛，现就做好{year}年防汛工作通知如下：一、压实防汛责任；二、加强隐患排查；三、做好应急值守。' },
  { category: 'emergencies', genre: '方案', topic: '公安、安全生产-应急管理', title: '{short}森林防火应急预案（{year}年修订）', body: '为有效预防和处置森林火灾，保护森林资源和人民群众生命财产安全，制定本预案。火险等级升高时，严禁野外用火。' },
  { category: 'inspections', genre: '报告', topic: '公安、安全生产-安全生产', title: '{short}{year}年第{q}季度安全生产检查情况通报', body: '本季度共检查生产经营单位{n}家，发现隐患{n}处，已全部督促整改。重点检查了自建房、燃气使用和校园周边安全。' },
  { category: 'recruitment', genre: '公告', topic: '劳动、人事、监察-公务员', title: '{short}{year}年公益性岗位招聘公告', body: '根据工作需要，面向辖区就业困难人员招聘公益性岗位人员{n}名，报名条件、时间和方式如下。' },
  { category: 'social_assistance', genre: '公告', topic: '民政、扶贫、救灾-社会救助', title: '{short}{year}年第{q}季度城乡低保对象公示', body: '经入户调查、民主评议和审核审批，拟新增城乡最低生活保障对象{n}户，公示期七天。如有异议，请向乡镇人民政府或县民政局反映。' },
  { category: 'social_assistance', genre: '公告', topic: '民政、扶贫、救灾-社会救助', title: '{short}{year}年{m}月临时救助发放情况公示', body: '本月共对{n}户因病、因灾导致基本生活暂时困难的家庭实施临时救助，发放救助金{n}元。' },
  { category: 'agri_rural_policy', genre: '通知', topic: '农业、林业、水利-农业', title: '关于做好{year}年耕地地力保护补贴发放工作的通知', body: '根据上级部署，{year}年耕地地力保护补贴标准为每亩{n}元，补贴资金通过“一卡通”直接发放到户。' },
  { category: 'farmland_water_works', genre: '公告', topic: '农业、林业、水利-水利', title: '{short}{year}年高标准农田建设项目公示', body: '{year}年度高标准农田建设项目涉及{n}个村，建设面积{n}亩，主要建设内容为土地平整、灌溉排水和田间道路。' },
  { category: 'land_contract_transfer', genre: '公告', topic: '农业、林业、水利-农村经营管理', title: '{short}农村土地经营权流转交易结果公告（{year}年第{n}期）', body: '经流转交易平台公开挂牌，以下地块土地经营权流转成交，流转面积、期限和价格公告如下。' },
  { category: 'homestead_review', genre: '公告', topic: '国土资源、能源-宅基地', title: '{short}{year}年第{q}批农村宅基地审批结果公示', body: '经村民小组讨论、村委会审查，{short}人民政府批准以下农户的宅基地申请，用地面积和四至范围详见附表。' },
  { category: 'fund_and_labour_raising', genre: '公告', topic: '农业、林业、水利-农村经营管理', title: '{short}{year}年村级公益事业一事一议筹资筹劳公示', body: '经村民代表会议讨论通过，{year}年一事一议项目{n}个，筹资标准每人不超过{n}元，筹劳每个劳动力不超过{n}个工日。' },
  { category: 'land_expropriation', genre: '公告', topic: '国土资源、能源-土地征收', title: '关于{short}{year}年度第{n}批次建设用地征收土地的公告', body: '经省人民政府批准，征收集体土地{n}公顷，补偿标准按区片综合地价执行，被征地农民社会保障费用足额落实。' },
  { category: 'house_expropriation', genre: '公告', topic: '城乡建设、环境保护-房屋征收', title: '{short}{year}年棚户区改造项目房屋征收补偿方案公示', body: '本方案依据《国有土地上房屋征收与补偿条例》制定，征收范围、补偿方式和标准、搬迁期限如下，征求意见期限为30日。' },
  { category: 'public_services', genre: '通知', topic: '综合政务-政务服务', title: '关于{year}年{m}月政务服务事项调整的通知', body: '根据“放管服”改革要求，调整政务服务事项{n}项，办事指南已同步更新，可通过窗口或网上办理。' },
  { category: 'municipal_construction', genre: '公告', topic: '城乡建设、环境保护-市政', title: '{short}{year}年城区道路改造工程实施情况', body: '{year}年实施城区道路改造{n}公里，同步改造雨污管网，施工期间请市民注意绕行。' },
];

export interface NormativeTemplate {
  title: string;
  docPrefix: string;
  body: string;
}

export const NORMATIVE_TEMPLATES: readonly NormativeTemplate[] = [
  { title: '{short}村级公益事业建设一事一议筹资筹劳管理办法', docPrefix: '政规', body: '第一条 为规范村级公益事业建设筹资筹劳行为，减轻农民负担，制定本办法。\n第二条 本办法适用于本辖区各行政村。\n第三条 筹资筹劳应当遵循村民自愿、直接受益、量力而行、民主决策、合理限额的原则。' },
  { title: '{short}农村宅基地审批管理暂行办法', docPrefix: '政规', body: '第一条 为规范农村宅基地审批管理，保障农民合法居住权益，制定本办法。\n第二条 农村村民一户只能拥有一处宅基地。\n第三条 本办法自印发之日起施行，有效期两年。' },
  { title: '{short}城乡居民临时救助实施细则', docPrefix: '政规', body: '第一条 为发挥临时救助兜底作用，制定本细则。\n第二条 临时救助对象包括急难型和支出型困难家庭。\n第三条 救助标准按当地城乡低保标准的倍数确定。' },
  { title: '{short}村级财务管理办法', docPrefix: '政规', body: '第一条 为加强村级财务管理，规范村级财务行为，制定本办法。\n第二条 村级财务实行“村账乡代管”。\n第三条 村级财务收支每季度公开一次。' },
];
