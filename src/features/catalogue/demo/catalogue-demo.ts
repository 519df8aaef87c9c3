// The demo county's catalogue: hundreds of published items per agency across its categories (bulk
// import, so loading stays fast), normative documents (one abolished), 解读 linked to policies,
// release channels, 指南 and 制度 pages, and a few items live in the review workflow at 土门关乡 so a
// new user sees every state.
import { createOfficialCalendar } from '../../../law/official-arrangements.ts';
import { addDays, localDateOfInstant, type LocalDate } from '../../../law/local-date.ts';
import type { ServiceContext } from '../../../platform/service-context.ts';
import { SYSTEM_ACTOR } from '../../accounts/domain/policy.ts';
import type { Agency } from '../../agencies/domain/agency.ts';
import type { DemoCounty } from '../../demo/demo-hooks.ts';
import {
  agencyLevelForCatalogue,
  applyWorkflow,
  createChannel,
  createItem,
  importPublishedItems,
  linkInterpretation,
  recordPublication,
  savePage,
  type CatalogueDeps,
  type ImportedItem,
} from '../catalogue.service.ts';
import { categoriesFor } from '../domain/categories.ts';
import { standardCatalogueCsv } from '../domain/standard-catalogue.ts';
import { fileItemUnderRow, importStandardCatalogue, standardCatalogueForStaff } from '../standard-catalogue.service.ts';
import { demoRowForCategory, demoStandardRows } from './standard-catalogue-demo.ts';
import { NORMATIVE_TEMPLATES, TEMPLATES } from './templates.ts';

/** Items per agency: enough for paging and search to feel real, small enough to load in seconds. */
export const DEMO_ITEMS_PER_AGENCY = 240;

/** A small deterministic generator so every demo load looks the same. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fill(text: string, agency: Agency, year: number, rnd: () => number): string {
  return text
    .replaceAll('{agency}', agency.name)
    .replaceAll('{short}', agency.shortName ?? agency.name)
    .replaceAll('{year}', String(year))
    .replaceAll('{q}', String(1 + Math.floor(rnd() * 4)))
    .replaceAll('{m}', String(1 + Math.floor(rnd() * 12)))
    .replace(/\{n\}/g, () => String(2 + Math.floor(rnd() * 480)));
}

function docCode(agency: Agency): string {
  // 机关代字: the first character of the short name (土门关乡 → 土), as townships print it (土政发〔2024〕3号).
  return (agency.shortName ?? agency.name).slice(0, 1);
}

function generatedItems(agency: Agency, today: LocalDate, rnd: () => number): ImportedItem[] {
  const allowed = new Set(categoriesFor(agencyLevelForCatalogue(agency.level)).map((c) => c.id));
  const templates = TEMPLATES.filter((t) => allowed.has(t.category));
  const items: ImportedItem[] = [];
  const thisYear = Number(today.slice(0, 4));
  let docSeq = 0;
  for (let i = 0; i < DEMO_ITEMS_PER_AGENCY; i++) {
    const t = templates[i % templates.length]!;
    // Spread over the last five years, newest most often.
    const daysBack = Math.floor(rnd() ** 1.6 * 365 * 5) + 1;
    const publishedOn = addDays(today, -daysBack);
    const writtenOn = addDays(publishedOn, -Math.floor(rnd() * 12));
    const year = Number(writtenOn.slice(0, 4));
    const isNotice = t.genre === '通知';
    items.push({
      title: fill(t.title, agency, Math.min(year, thisYear), rnd),
      summary: fill(t.title, agency, year, rnd) + '。',
      body: fill(t.body, agency, year, rnd),
      publisher: agency.name,
      writtenOn,
      publishedOn,
      topicCategory: t.topic,
      category: t.category,
      genre: t.genre,
      documentNo: isNotice ? `${docCode(agency)}政发〔${year}〕${++docSeq}号` : '',
    });
  }
  return items;
}

function normativeItems(agency: Agency, today: LocalDate): ImportedItem[] {
  const year = Number(today.slice(0, 4));
  return NORMATIVE_TEMPLATES.map((t, i) => {
    const published = `${year - 4 + i}-03-1${i}` as LocalDate;
    const written = addDays(published, -5);
    const abolished = i === 0 ? `${year - 1}-12-20` : '';
    const expires = i === 1 ? `${year - 4 + i + 2}-03-1${i}` : '';
    return {
      title: t.title.replaceAll('{short}', agency.shortName ?? agency.name),
      summary: '行政规范性文件。',
      body: t.body,
      publisher: agency.name,
      writtenOn: written,
      publishedOn: published,
      effectiveOn: published,
      abolishedOn: abolished,
      expiresOn: expires,
      topicCategory: '综合政务-规范性文件',
      category: 'laws_and_documents',
      genre: '办法',
      documentNo: `${docCode(agency)}${t.docPrefix}〔${published.slice(0, 4)}〕${i + 1}号`,
      isNormativeDocument: true,
      validity: abolished ? 'abolished' : 'valid',
    };
  });
}

function interpretation(agency: Agency, policyTitle: string, publishedOn: string): ImportedItem {
  return {
    title: `图解：《${policyTitle}》政策解读`,
    summary: `对《${policyTitle}》的出台背景、主要内容和适用对象进行解读。`,
    body: `一、出台背景。二、主要内容：明确了适用范围、办理程序和监督方式。三、适用对象。四、咨询电话：${agency.phone ?? '见本机关联系方式'}。`,
    publisher: agency.name,
    writtenOn: publishedOn,
    publishedOn,
    topicCategory: '综合政务-政策解读',
    category: 'laws_and_documents',
    genre: '解读',
  };
}

function guideText(agency: Agency): string {
  return [
    `为方便公民、法人和其他组织获取${agency.name}政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。`,
    '一、主动公开\n（一）公开范围：依照条例第二十条、第二十一条确定，详见“法定主动公开内容”。\n（二）公开方式：政府信息公开专栏、政务新媒体、政务公开栏。\n（三）公开时限：自信息形成或者变更之日起20个工作日内公开。',
    '二、依申请公开\n申请人可通过本专栏在线申请、信函或当面提交申请。本机关收到申请能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，经负责人同意可延长不超过20个工作日。',
    `三、工作机构\n名称：${agency.name}党政办公室\n地址：${agency.address ?? ''}\n办公时间：${agency.officeHours ?? ''}\n电话：${agency.phone ?? ''}\n电子邮箱：${agency.email ?? ''}`,
    '四、监督和救济\n公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。',
  ].join('\n\n');
}

const RULES_TEXT = [
  '《中华人民共和国政府信息公开条例》（国务院令第711号，2019年5月15日起施行）',
  '《国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平台有关事项的通知》（国办公开办函〔2019〕61号）',
  '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
  '本机关政府信息公开保密审查制度：拟公开的信息由经办人起草，经保密审查、办公室负责人审核、分管领导审批后发布。',
].join('\n\n');

export async function loadCatalogueDemo(ctx: ServiceContext, county: DemoCounty): Promise<void> {
  const deps: CatalogueDeps = { calendar: createOfficialCalendar(), filesDir: '' };
  const today = localDateOfInstant(ctx.now());
  const rnd = seeded(20260302);
  for (const agency of Object.values(county.agencies)) {
    if (agency.level === 'disclosure_office') continue;
    const items = [...normativeItems(agency, today), ...generatedItems(agency, today, rnd)];
    const ids = await importPublishedItems(ctx, deps, SYSTEM_ACTOR, agency.id, items);
    // 解读 of the second and third normative documents.
    const interp = await importPublishedItems(ctx, deps, SYSTEM_ACTOR, agency.id, [1, 2].map((i) => interpretation(agency, String(items[i]!.title), String(items[i]!.publishedOn))));
    await linkInterpretation(ctx, SYSTEM_ACTOR, ids[1]!, interp[0]!);
    await linkInterpretation(ctx, SYSTEM_ACTOR, ids[2]!, interp[1]!);
    await savePage(ctx, SYSTEM_ACTOR, agency.id, { kind: 'guide', title: `${agency.name}政府信息公开指南`, body: guideText(agency) });
    await savePage(ctx, SYSTEM_ACTOR, agency.id, { kind: 'rules', title: '政府信息公开制度', body: RULES_TEXT });
    const website = await createChannel(ctx, SYSTEM_ACTOR, agency.id, { kind: 'website', name: '示范县人民政府门户网站政府信息公开专栏' });
    const wechat = await createChannel(ctx, SYSTEM_ACTOR, agency.id, { kind: 'new_media', name: `“${agency.shortName ?? agency.name}发布”微信公众号` });
    const board = await createChannel(ctx, SYSTEM_ACTOR, agency.id, { kind: 'notice_board', name: `${agency.shortName ?? agency.name}政务公开栏` });
    for (let i = 0; i < 30; i++) {
      const idx = 4 + i * 5;
      const item = items[idx];
      if (!item) break;
      const channel = i % 3 === 0 ? board : i % 3 === 1 ? wechat : website;
      await recordPublication(ctx, SYSTEM_ACTOR, ids[idx]!, { channelId: channel, publishedOn: item.publishedOn });
    }
    if (agency.level === 'township') await loadStandardCatalogue(ctx, agency, items, ids);
  }
  await liveWorkflowItems(ctx, deps, county, today);
}

/**
 * A township's 公开事项标准目录 (国办发〔2019〕54号), imported through the same CSV path staff use, with
 * the items of each mapped category filed under their 二级事项.
 */
async function loadStandardCatalogue(ctx: ServiceContext, agency: Agency, items: readonly ImportedItem[], ids: readonly string[]): Promise<void> {
  const csv = standardCatalogueCsv(demoStandardRows(agency.shortName ?? agency.name));
  await importStandardCatalogue(ctx, SYSTEM_ACTOR, agency.id, new TextEncoder().encode(csv));
  const rows = (await standardCatalogueForStaff(ctx, SYSTEM_ACTOR, agency.id)).rows;
  for (const [i, item] of items.entries()) {
    const key = demoRowForCategory(String(item.category));
    const row = key && rows.find((r) => r.item_level1 === key.item_level1 && r.item_level2 === key.item_level2);
    if (row) await fileItemUnderRow(ctx, SYSTEM_ACTOR, ids[i]!, row.id);
  }
}

/** A few items of 土门关乡 in every state of the review, made by its demo accounts. */
async function liveWorkflowItems(ctx: ServiceContext, deps: CatalogueDeps, county: DemoCounty, today: LocalDate): Promise<void> {
  const town = county.agencies.tumenguan;
  const { clerk, reviewer } = county.actors;
  const base = { publisher: town.name, topicCategory: '民政、扶贫、救灾-社会救助', genre: '公告' };
  const draft = {
    ...base,
    title: `土门关乡${today.slice(0, 4)}年第一季度临时救助对象公示`,
    summary: '公示本季度临时救助对象及金额。',
    // The scanner finds the ID number and mobile number below: the reviewer must redact or justify them.
    body: '王某某，身份证号11010519491231002X，因病致贫，救助金额3000元，联系电话13812345678。\n公示期七天。',
    writtenOn: addDays(today, -3),
    category: 'social_assistance',
  };
  await createItem(ctx, deps, clerk, town.id, draft);
  const inReview = await createItem(ctx, deps, clerk, town.id, { ...draft, title: '土门关乡关于做好冬春救助工作的通知', body: '各村：为确保困难群众温暖过冬，现就冬春救助工作通知如下。', category: 'social_assistance', genre: '通知' });
  await applyWorkflow(ctx, deps, clerk, inReview.id, { event: 'submit' });
  const approving = await createItem(ctx, deps, clerk, town.id, { ...draft, title: '土门关乡2026年农田水利设施维修项目公示', body: '维修渠道3.2公里、机井12眼，总投资48万元。', category: 'farmland_water_works', topicCategory: '农业、林业、水利-水利' });
  await applyWorkflow(ctx, deps, clerk, approving.id, { event: 'submit' });
  await applyWorkflow(ctx, deps, reviewer, approving.id, { event: 'pass_security_review', comment: '经审查不涉及国家秘密和个人隐私' });
  const returned = await createItem(ctx, deps, clerk, town.id, { ...draft, title: '土门关乡安全生产大检查情况通报', body: '检查企业15家，发现隐患23处。', category: 'inspections', topicCategory: '公安、安全生产-安全生产' });
  await applyWorkflow(ctx, deps, clerk, returned.id, { event: 'submit' });
  await applyWorkflow(ctx, deps, reviewer, returned.id, { event: 'return', comment: '请补充隐患整改完成情况后再报' });
  // An item formed long ago and never released: shows in the overdue list (条例第二十六条).
  await createItem(ctx, deps, clerk, town.id, { ...draft, title: '土门关乡2025年度农村低保资金发放情况', body: '全年发放低保资金186万元，惠及612户。', writtenOn: addDays(today, -60) });
}
