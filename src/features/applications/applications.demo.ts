// Demo applications of 土门关乡 (the demo county): every stage of the procedure and a spread of outcomes,
// dated relative to today so some cases are overdue or due soon and some were carried over from last
// year. Created through the services, so numbering, event log, audit and table 三 behave as in real use.
import { addDays, localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { createOfficialCalendar } from '../../law/official-arrangements.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { DemoHook } from '../demo/demo-hooks.ts';
import { loadQueryCodeSecret } from './applications.deps.ts';
import * as service from './applications.service.ts';
import type { ApplicationsDeps } from './applications.service.ts';

interface Person {
  applicantType: string;
  name: string;
  idDocumentType: string;
  idNumber: string;
  phone: string;
  email?: string;
  address?: string;
}

// Fictional people and organisations; ID numbers are the GB 11643 / GB 32100 worked examples and
// numbers built to pass the check digit, phones use the unallocated 0123 area code or 199 0000 xxxx.
const people: Person[] = [
  { applicantType: 'natural_person', name: '王建国', idDocumentType: 'resident_id', idNumber: '11010519491231002X', phone: '19900000001', address: '示范县土门关乡关前村三组', email: 'wangjg@mail.example' },
  { applicantType: 'natural_person', name: '李秀英', idDocumentType: 'resident_id', idNumber: '11010519491231002X', phone: '19900000002', address: '示范县土门关乡新街 12 号' },
  { applicantType: 'commercial_enterprise', name: '示范县青山建材有限公司', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43', phone: '0123-6555001', email: 'office@qingshan.example' },
  { applicantType: 'legal_service_organization', name: '示范县明理律师事务所', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43', phone: '0123-6555002', email: 'mingli@law.example', address: '示范县城关镇文化路 8 号' },
  { applicantType: 'research_institution', name: '示范农业科学研究所', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43', phone: '0123-6555003', email: 'research@nky.example' },
  { applicantType: 'social_welfare_organization', name: '示范县青山环保志愿者协会', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43', phone: '0123-6555004', email: 'green@ngo.example' },
];

export const loadApplicationsDemo: DemoHook = async (ctx: ServiceContext, county) => {
  const deps: ApplicationsDeps = { ctx, calendar: createOfficialCalendar(), secret: await loadQueryCodeSecret(ctx), dataDir: '' };
  const agency = county.agencies.tumenguan;
  const clerk = county.actors.clerk;
  const leader = county.actors.leader;
  const today = localDateOfInstant(ctx.now());
  const workingDaysBefore = (n: number): LocalDate => {
    let d = today;
    for (let i = 0; i < n; ) {
      d = addDays(d, -1);
      if (deps.calendar.isWorkingDay(d)) i++;
    }
    return d;
  };
  const lastYearDec = `${Number(today.slice(0, 4)) - 1}-12-18` as LocalDate;

  // 救济途径设置 (spec §8.1), set by the county administrator before any letter is made, so every demo
  // 答复书 names its authorities. The county government's own acts: reconsideration by the city government
  // (行政复议法（2023）第二十四条第一款第（二）项：对下一级人民政府的行政行为), suit at the intermediate court (行政诉讼法第十五条第（一）项).
  // Its townships and departments: the county government (第二十四条第一款第（一）（二）项) and the county court (
  // 行政诉讼法第十四条), set once as the default of everything below the county.
  await service.saveRemedySettings(ctx, county.actors.countyAdmin, county.agencies.county.id, {
    'self.reconsiderationBody': '示范市人民政府',
    'self.court': '示范市中级人民法院',
    'below.reconsiderationBody': county.agencies.county.name,
    'below.court': '示范县人民法院',
  });
  let key = 0;

  const register = async (person: Person, description: string, receivedOn: LocalDate, extra: Record<string, string> = {}) => {
    const r = await service.registerApplication(deps, clerk, agency.id, {
      ...person,
      description,
      deliveryForm: person.email ? 'email' : 'paper',
      deliveryChannel: person.email ? 'email' : person.address ? 'post' : 'pickup',
      channel: 'in_person',
      arrivedOn: receivedOn,
      submissionKey: `demo-application-${String(++key).padStart(6, '0')}`,
      ...extra,
    });
    return r.applicationId;
  };
  const reply = (id: string, replyType: string, decidedOn: LocalDate, fields: Record<string, unknown> = {}) =>
    service.replyToApplication(deps, clerk, agency.id, id, { replyType, decidedOn, ...fields });
  const start = (id: string) => service.startHandling(deps, clerk, agency.id, id);
  const deliver = (id: string, on: LocalDate) => service.recordDelivery(deps, clerk, agency.id, id, { method: 'email', deliveredOn: on, proof: '已发送至申请人邮箱' });

  // Carried over from last year: received 18 December, one answered in January, one still open.
  const carriedAnswered = await register(people[0]!, `关前村${Number(today.slice(0, 4)) - 1}年度集体经济收益分配方案`, lastYearDec);
  await start(carriedAnswered);
  const janReply = `${today.slice(0, 4)}-01-10` as LocalDate;
  if (janReply <= today) {
    await reply(carriedAnswered, 'disclosed', janReply, { provided: '分配方案及村民代表会议决议（附件共 3 页）' });
    await deliver(carriedAnswered, janReply);
  }
  const carriedOpen = await register(people[3]!, '土门关乡人民政府对某砂石厂作出的行政处罚决定书', lastYearDec);
  await start(carriedOpen);
  await service.startConsultation(deps, clerk, agency.id, carriedOpen, {
    partyKind: 'third_party', partyName: '示范县某砂石有限公司', subject: '行政处罚决定书中涉及企业经营信息的内容', dispatchedOn: addDays(lastYearDec, 3),
  });

  // Answered this year, one of each common outcome.
  const granted = await register(people[1]!, '本乡2025年高标准农田建设项目实施方案', workingDaysBefore(60));
  await start(granted);
  await reply(granted, 'disclosed', workingDaysBefore(50), { provided: '实施方案全文已通过电子邮件发送' });
  const partial = await register(people[2]!, '乡卫生院改扩建工程招标文件及中标合同', workingDaysBefore(55));
  await start(partial);
  await reply(partial, 'partially_disclosed', workingDaysBefore(42), {
    provided: '招标文件、中标通知书',
    grounds: [
      { part: '中标合同中的分项报价', ground: 'withheld_third_party', reason: '属于中标人的商业秘密，经书面征求中标人意见，中标人不同意公开' },
      { part: '中标合同中的银行账户信息', ground: 'withheld_third_party', reason: '属于中标人的商业秘密' },
    ],
  });
  await deliver(partial, workingDaysBefore(41));
  const notHeld = await register(people[4]!, '1998年土门关乡土壤普查原始数据', workingDaysBefore(45));
  await reply(notHeld, 'not_exist', workingDaysBefore(40), { reasons: '经检索本机关档案，未找到1998年土壤普查原始数据，该数据由原县农业局组织采集。' });
  const petition = await register(people[1]!, '要求乡政府处理邻居违章搭建问题并答复处理结果', workingDaysBefore(30));
  await reply(petition, 'petition_complaint', workingDaysBefore(29), { reasons: '请通过示范县12345政务服务便民热线或乡综合行政执法队反映。' });
  const repeated = await register(people[1]!, '本乡2025年高标准农田建设项目实施方案（再次申请）', workingDaysBefore(20));
  await reply(repeated, 'repeated', workingDaysBefore(18), { reasons: '本机关已于此前答复并提供该实施方案。' });

  // Open cases at each stage: overdue, due soon, with extension, waiting for correction, waiting for confirmation.
  const overdue = await register(people[5]!, '关前河河道采砂许可及监管记录', workingDaysBefore(23));
  await start(overdue);
  await service.addNote(deps, clerk, agency.id, overdue, { body: '已向县水利局了解采砂许可情况，待其回复。' });
  const dueSoon = await register(people[0]!, '关前村道路硬化工程验收报告', workingDaysBefore(18));
  await start(dueSoon);
  const extended = await register(people[3]!, '本乡2025年度征地补偿款发放明细', workingDaysBefore(19));
  await start(extended);
  await service.approveExtension(deps, leader, agency.id, extended, { approvedOn: workingDaysBefore(2), reason: '涉及三个行政村，需逐户核对补偿明细并作个人信息处理' });
  const correction = await register(people[1]!, '那个关于补贴的文件', workingDaysBefore(4));
  await service.requestCorrection(deps, clerk, agency.id, correction, {
    requestedOn: workingDaysBefore(3), items: '请写明所需补贴文件的名称、文号或发文时间，以及补贴的种类（如耕地地力保护补贴）。', correctionDueOn: addDays(today, 21),
  });
  await service.submitFromPortal(deps, agency.code, {
    ...people[2]!,
    description: '本乡2026年度建设用地供应计划',
    deliveryForm: 'email',
    deliveryChannel: 'email',
    submissionKey: 'demo-application-portal-0001',
  });
};
