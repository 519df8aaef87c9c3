// Demo 行政复议、行政诉讼 of 土门关乡: one 复议 of last year decided 维持, one lawsuit of this year decided 纠正,
// and one 复议 whose copy arrived 12 days ago and whose written answer is still to be sent — so the case list,
// the deadline on the workbench and table 四 of the annual report have something real to show. Recorded by the
// demo clerk through the service, on dates relative to today (never in the future).
import { addDays, localDateOfInstant, yearOf } from '../../law/local-date.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { DemoHook } from '../demo/demo-hooks.ts';
import { recordAppeal } from './appeals.service.ts';

export const loadAppealsDemo: DemoHook = async (ctx: ServiceContext, county) => {
  const clerk = county.actors.clerk;
  const town = county.agencies.tumenguan.id;
  const today = localDateOfInstant(ctx.now());
  const lastYear = yearOf(today) - 1;
  await recordAppeal(ctx, clerk, town, {
    kind: 'administrative_reconsideration',
    procedure: 'simplified',
    bodyName: '示范县人民政府',
    caseNumber: `示府复〔${lastYear}〕12号`,
    applicantName: '王某',
    matter: '不服土门关乡对“村道硬化工程资金使用情况”申请作出的部分公开答复',
    filedOn: `${lastYear}-06-10`,
    receivedOn: `${lastYear}-06-12`,
    answeredOn: `${lastYear}-06-18`,
    concludedOn: `${lastYear}-07-20`,
    result: 'upheld',
  });
  const filed = addDays(today, -30);
  if (yearOf(filed) === yearOf(today)) {
    await recordAppeal(ctx, clerk, town, {
      kind: 'litigation_direct',
      bodyName: '示范县人民法院',
      caseNumber: `（${yearOf(today)}）示0101行初5号`,
      applicantName: '李某',
      matter: '起诉土门关乡逾期未答复其政府信息公开申请',
      filedOn: filed,
      receivedOn: addDays(filed, 3),
      answeredOn: addDays(filed, 10),
      concludedOn: addDays(filed, 25),
      result: 'corrected',
      notes: '法院判决确认逾期答复违法，责令限期答复；已于判决后答复申请人。',
    });
  }
  await recordAppeal(ctx, clerk, town, {
    kind: 'administrative_reconsideration',
    procedure: 'ordinary',
    bodyName: '示范县人民政府',
    caseNumber: `示府复〔${yearOf(today)}〕31号`,
    applicantName: '赵某',
    matter: '不服土门关乡对“集体土地征收补偿安置方案”申请作出的不予公开答复',
    filedOn: addDays(today, -14),
    receivedOn: addDays(today, -12),
  });
};
