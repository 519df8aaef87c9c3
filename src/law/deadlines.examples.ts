// Worked deadline examples: each counted by hand on the State Council General Office's holiday notices
// (2023: 国办发明电〔2022〕16号; 2024: 国办发明电〔2023〕7号; 2025: 国办发明电〔2024〕12号; 2026: the notice
// of November 2025), never by this code. They are the regression tests of the clock (clock.examples.test.ts)
// and, rendered by deadlines-doc.ts, the body of docs/deadlines.md — one source, so the two cannot drift.
import type { CaseEvents, ClockOptions } from './clock-events.ts';
import type { ClockOutcome } from './clock.ts';
import { localDate as d, type LocalDate } from './local-date.ts';

export interface DeadlineExample {
  readonly id: string;
  readonly title: string;
  /** The facts of the case, in Chinese. */
  readonly facts: string;
  /** The hand count, in Chinese (WD = 工作日 ordinal). */
  readonly reasoning: string;
  readonly events: CaseEvents;
  readonly options?: ClockOptions;
  readonly asOf?: LocalDate;
  readonly expected: {
    readonly receivedOn?: LocalDate | null;
    readonly correctionNoticeDueOn?: LocalDate;
    readonly dueOn: LocalDate | null;
    readonly latestExtendedDueOn?: LocalDate;
    readonly extendedDueOn?: LocalDate | null;
    readonly paymentDueOn?: LocalDate;
    readonly pausedWorkingDays?: number;
    readonly outcome?: ClockOutcome | null;
    /** Years for which the computation must warn that no arrangement is loaded. */
    readonly warnedYears?: readonly number[];
    /** Number of procedural notices (late 补正 notice, late extension …). */
    readonly notices?: number;
  };
}

const online = (confirmedOn: string) => ({ channel: 'online' as const, confirmedOn: d(confirmedOn) });
const inPerson = (arrivedOn: string) => ({ channel: 'in_person' as const, arrivedOn: d(arrivedOn) });
const signed = (signedOn: string) => ({ channel: 'post_signed' as const, signedOn: d(signedOn) });

// Spec §5.2, the three National Day 2024 examples, reused by several variants below.
const exampleB: CaseEvents = {
  receipt: online('2024-09-25'),
  correction: { requestedOn: d('2024-09-27'), correctedOn: d('2024-10-09') },
};

export const deadlineExamples: readonly DeadlineExample[] = [
  {
    id: 'A',
    title: '国庆节前收到申请（规范示例A）',
    facts: '2024年9月25日（周三）网上申请，双方当日确认。',
    reasoning:
      '自9月26日起算：9月26日第1日、27日第2日、9月29日（周日，国庆调休上班）第3日、9月30日第4日；10月1日至7日放假；' +
      '10月8日第5日……10月12日（周六，调休上班）第9日、14日第10日……25日第19日、10月28日（周一）第20日。' +
      '补正告知：第7日为10月10日。延长20日：10月29日第1日……11月25日（周一）第20日。' +
      '按自然日算得10月15日、只算周一至周五得10月23日、忽略调休上班日得10月30日，均错。',
    events: { receipt: online('2024-09-25') },
    expected: {
      receivedOn: d('2024-09-25'),
      correctionNoticeDueOn: d('2024-10-10'),
      dueOn: d('2024-10-28'),
      latestExtendedDueOn: d('2024-11-25'),
      extendedDueOn: null,
      warnedYears: [],
    },
  },
  {
    id: 'B',
    title: '补正后重新起算（规范示例B）',
    facts: '同例A；9月27日发出补正告知（在7个工作日内），10月9日（周三）收到补正后的申请。',
    reasoning:
      '条例第三十条：自收到补正的申请之日起计算。10月10日第1日、11日第2日、10月12日（周六，调休上班）第3日、' +
      '14日至18日第4至8日、21日至25日第9至13日、28日至31日第14至17日、11月1日第18日、4日第19日、11月5日（周二）第20日。',
    events: exampleB,
    expected: { receivedOn: d('2024-09-25'), correctionNoticeDueOn: d('2024-10-10'), dueOn: d('2024-11-05') },
  },
  {
    id: 'C',
    title: '征求第三方意见并延长（规范示例C）',
    facts:
      '接例B；10月14日（周一）发出征求第三方意见书，第三方10月15日收到，10月21日（周一）回复；11月8日经负责人同意延长20个工作日。',
    reasoning:
      '暂停区间为发出之日后至收到意见之日：10月15、16、17、18、21日，共5个工作日不计。11月5日顺延5个工作日：' +
      '6、7、8、11、12日，答复期限为11月12日（周二）。延长20日：11月13日起，13日至15日第1至3日、18日至22日第4至8日、' +
      '25日至29日第9至13日、12月2日至6日第14至18日、9日第19日、12月10日（周二）第20日。',
    events: {
      ...exampleB,
      consultations: [
        { party: 'third_party', dispatchedOn: d('2024-10-14'), deliveredOn: d('2024-10-15'), repliedOn: d('2024-10-21') },
      ],
      extension: { approvedOn: d('2024-11-08'), workingDays: 20 },
    },
    expected: { dueOn: d('2024-11-12'), extendedDueOn: d('2024-12-10'), pausedWorkingDays: 5 },
  },
  {
    id: 'D1',
    title: '2023年春节前收到申请',
    facts: '2023年1月13日（周五）当面提交。2023年春节1月21日至27日放假，1月28日（周六）、29日（周日）上班。',
    reasoning:
      '1月16日至20日第1至5日；21日至27日放假；1月28日（周六）第6日、29日（周日）第7日、30日第8日、31日第9日；' +
      '2月1日至3日第10至12日、6日至10日第13至17日、13日第18日、14日第19日、2月15日（周三）第20日。' +
      '补正告知第7日落在1月29日（周日，调休上班）。',
    events: { receipt: inPerson('2023-01-13') },
    expected: { correctionNoticeDueOn: d('2023-01-29'), dueOn: d('2023-02-15') },
  },
  {
    id: 'D2',
    title: '2023年中秋国庆连休前收到申请',
    facts: '2023年9月25日（周一）当面提交。2023年9月29日至10月6日放假，10月7日（周六）、8日（周日）上班。',
    reasoning:
      '9月26日至28日第1至3日；9月29日至10月6日放假；10月7日（周六）第4日、8日（周日）第5日、9日至13日第6至10日、' +
      '16日至20日第11至15日、23日至27日第16至20日，答复期限10月27日（周五）。补正告知：9月26、27、28日，10月7、8、9、10日，第7日为10月10日。',
    events: { receipt: inPerson('2023-09-25') },
    expected: { correctionNoticeDueOn: d('2023-10-10'), dueOn: d('2023-10-27') },
  },
  {
    id: 'D3',
    title: '2023年劳动节前收到申请',
    facts: '2023年4月20日（周四）网上申请当日确认。2023年4月29日至5月3日放假，4月23日（周日）、5月6日（周六）上班。',
    reasoning:
      '4月21日第1日、4月23日（周日，调休上班）第2日、24日至28日第3至7日；4月29日至5月3日放假；5月4日第8日、5日第9日、' +
      '5月6日（周六）第10日、8日至12日第11至15日、15日至19日第16至20日，答复期限5月19日（周五）。补正告知第7日为4月28日。',
    events: { receipt: online('2023-04-20') },
    expected: { correctionNoticeDueOn: d('2023-04-28'), dueOn: d('2023-05-19') },
  },
  {
    id: 'D4',
    title: '2023年端午节前收到申请',
    facts: '2023年6月19日（周一）邮寄签收。2023年6月22日至24日放假，6月25日（周日）上班。',
    reasoning:
      '6月20日第1日、21日第2日；22日至24日放假；6月25日（周日）第3日、26日至30日第4至8日、7月3日至7日第9至13日、' +
      '10日至14日第14至18日、17日第19日、7月18日（周二）第20日。',
    events: { receipt: signed('2023-06-19') },
    expected: { dueOn: d('2023-07-18') },
  },
  {
    id: 'D5',
    title: '2023年底收到申请，跨入2024年元旦',
    facts: '2023年12月22日（周五）当面提交。2024年元旦1月1日（周一）放假，无调休。',
    reasoning: '12月25日至29日第1至5日；1月1日放假；1月2日至5日第6至9日、8日至12日第10至14日、15日至19日第15至19日、1月22日（周一）第20日。',
    events: { receipt: inPerson('2023-12-22') },
    expected: { dueOn: d('2024-01-22'), warnedYears: [] },
  },
  {
    id: 'E1',
    title: '2024年春节前收到申请（除夕照常上班）',
    facts:
      '2024年2月1日（周四）当面提交。2024年春节2月10日至17日放假，2月4日（周日）、18日（周日）上班；除夕2月9日通知只是“鼓励”安排休息，仍是工作日。',
    reasoning:
      '2月2日第1日、2月4日（周日）第2日、5日至9日第3至7日；10日至17日放假；2月18日（周日）第8日、19日至23日第9至13日、' +
      '26日至29日第14至17日、3月1日第18日、4日第19日、3月5日（周二）第20日。补正告知第7日为2月9日（除夕）。',
    events: { receipt: inPerson('2024-02-01') },
    expected: { correctionNoticeDueOn: d('2024-02-09'), dueOn: d('2024-03-05') },
  },
  {
    id: 'E2',
    title: '2024年清明节前周六网上提交，平台自动确认（本机关设置认可自动确认）',
    facts: '2024年3月9日（周六）网上提交，平台当日自动回复确认；本机关设置“自动确认视为双方确认”。2024年清明4月4日至6日放假，4月7日（周日）上班。',
    reasoning:
      '收到之日为3月9日（周六），次一个工作日3月11日起算：11日至15日第1至5日、18日至22日第6至10日、25日至29日第11至15日、' +
      '4月1日至3日第16至18日；4日至6日放假；4月7日（周日）第19日、4月8日（周一）第20日。',
    events: { receipt: { channel: 'online', arrivedOn: d('2024-03-09'), autoConfirmedOn: d('2024-03-09') } },
    options: { acceptAutoConfirmation: true },
    expected: { receivedOn: d('2024-03-09'), dueOn: d('2024-04-08') },
  },
  {
    id: 'E3',
    title: '同上，但本机关不认可自动确认（默认）',
    facts: '同例E2，本机关采用默认设置：自动确认不视为双方确认，工作人员尚未与申请人确认。',
    reasoning: '条例第三十一条第（三）项以双方确认之日为收到申请之日；尚未确认，答复期限不起算（README U8）。',
    events: { receipt: { channel: 'online', arrivedOn: d('2024-03-09'), autoConfirmedOn: d('2024-03-09') } },
    expected: { receivedOn: null, dueOn: null },
  },
  {
    id: 'E4',
    title: '2024年劳动节前收到申请',
    facts: '2024年4月25日（周四）当面提交。2024年劳动节5月1日至5日放假，4月28日（周日）、5月11日（周六）上班。',
    reasoning:
      '4月26日第1日、4月28日（周日）第2日、29日第3日、30日第4日；5月1日至5日放假；5月6日至10日第5至9日、' +
      '5月11日（周六）第10日、13日至17日第11至15日、20日至24日第16至20日，答复期限5月24日（周五）。',
    events: { receipt: inPerson('2024-04-25') },
    expected: { dueOn: d('2024-05-24') },
  },
  {
    id: 'E5',
    title: '2024年中秋节前收到申请，连跨中秋与国庆',
    facts: '2024年9月11日（周三）当面提交。中秋9月15日至17日放假，9月14日（周六）上班；国庆见例A。',
    reasoning:
      '9月12日第1日、13日第2日、9月14日（周六）第3日；15日至17日放假；18日至20日第4至6日、23日至27日第7至11日、' +
      '9月29日（周日）第12日、30日第13日；10月1日至7日放假；8日至11日第14至17日、10月12日（周六）第18日、14日第19日、' +
      '10月15日（周二）第20日。补正告知：9月12、13、14、18、19、20、23日，第7日为9月23日。',
    events: { receipt: inPerson('2024-09-11') },
    expected: { correctionNoticeDueOn: d('2024-09-23'), dueOn: d('2024-10-15') },
  },
  {
    id: 'E6',
    title: '国庆假期中签收的邮寄申请',
    facts: '2024年10月3日（周四，国庆放假）值班人员签收挂号信。',
    reasoning:
      '收到之日为10月3日；其后第一个工作日10月8日为第1日。例A中10月8日是第5日、10月28日是第20日，故此处10月28日是第16日，' +
      '29日至31日第17至19日，11月1日（周五）第20日。',
    events: { receipt: signed('2024-10-03') },
    expected: { dueOn: d('2024-11-01') },
  },
  {
    id: 'E7',
    title: '调休上班的周日当面提交',
    facts: '2024年9月29日（周日，国庆调休上班）当面提交。',
    reasoning:
      '9月30日第1日；10月1日至7日放假；8日至11日第2至5日、10月12日（周六）第6日、14日至18日第7至11日、21日至25日第12至16日、' +
      '28日至31日第17至20日，答复期限10月31日（周四）。',
    events: { receipt: inPerson('2024-09-29') },
    expected: { dueOn: d('2024-10-31') },
  },
  {
    id: 'E8',
    title: '平常信函次日电话确认',
    facts: '2024年9月25日平常信函到达，工作人员9月26日电话联系申请人确认。',
    reasoning: '条例第三十一条第（二）项：以确认之日9月26日为收到申请之日。较例A晚一个工作日起算，第20日顺延到10月29日（周二）。',
    events: { receipt: { channel: 'post_ordinary', arrivedOn: d('2024-09-25'), confirmedOn: d('2024-09-26') } },
    expected: { receivedOn: d('2024-09-26'), dueOn: d('2024-10-29') },
  },
  {
    id: 'E9',
    title: '2024年底收到申请，跨入2025年元旦',
    facts: '2024年12月17日（周二）当面提交。2025年元旦1月1日（周三）放假，无调休。',
    reasoning:
      '12月18日至20日第1至3日、23日至27日第4至8日、30日第9日、31日第10日；1月1日放假；1月2日第11日、3日第12日、' +
      '6日至10日第13至17日、13日第18日、14日第19日、1月15日（周三）第20日。',
    events: { receipt: inPerson('2024-12-17') },
    expected: { dueOn: d('2025-01-15'), warnedYears: [] },
  },
  {
    id: 'E10',
    title: '答复期限落在调休上班的周六',
    facts: '2024年9月9日（周一）当面提交。中秋9月15日至17日放假、9月14日（周六）上班；国庆见例A。',
    reasoning:
      '9月10日至13日第1至4日、9月14日（周六，中秋调休上班）第5日；15日至17日放假；18日至20日第6至8日、23日至27日第9至13日、' +
      '9月29日（周日）第14日、30日第15日；10月1日至7日放假；8日至11日第16至19日、10月12日（周六，国庆调休上班）第20日。' +
      '期限届满日是周六，但当天上班，答复须在当天作出。',
    events: { receipt: inPerson('2024-09-09') },
    expected: { dueOn: d('2024-10-12') },
  },
  {
    id: 'F1',
    title: '2025年春节（首次放假8天）前收到申请',
    facts: '2025年1月22日（周三）当面提交。2025年春节1月28日至2月4日放假，1月26日（周日）、2月8日（周六）上班。',
    reasoning:
      '1月23日第1日、24日第2日、1月26日（周日）第3日、27日第4日；1月28日至2月4日放假；2月5日至7日第5至7日、' +
      '2月8日（周六）第8日、10日至14日第9至13日、17日至21日第14至18日、24日第19日、2月25日（周二）第20日。补正告知第7日为2月7日。',
    events: { receipt: inPerson('2025-01-22') },
    expected: { correctionNoticeDueOn: d('2025-02-07'), dueOn: d('2025-02-25') },
  },
  {
    id: 'F2',
    title: '跨2025年春节的补正重新起算',
    facts: '2025年1月20日（周一）当面提交；1月22日发出补正告知；2月7日（周五）收到补正后的申请。',
    reasoning:
      '补正告知期限：1月21日至24日第1至4日、1月26日（周日）第5日、27日第6日、2月5日第7日，1月22日发出并未逾期。' +
      '自2月7日重新起算：2月8日（周六，调休上班）第1日、10日至14日第2至6日、17日至21日第7至11日、24日至28日第12至16日、' +
      '3月3日至5日第17至19日、3月6日（周四）第20日。',
    events: {
      receipt: inPerson('2025-01-20'),
      correction: { requestedOn: d('2025-01-22'), correctedOn: d('2025-02-07') },
    },
    expected: { correctionNoticeDueOn: d('2025-02-05'), dueOn: d('2025-03-06') },
  },
  {
    id: 'F3',
    title: '2025年劳动节前收到申请并延长，跨端午',
    facts:
      '2025年4月28日（周一）当面提交；5月20日经负责人同意延长20个工作日。2025年劳动节5月1日至5日放假（4月27日周日上班，在收到之前）；端午5月31日至6月2日放假。',
    reasoning:
      '4月29日第1日、30日第2日；5月1日至5日放假；6日至9日第3至6日、12日至16日第7至11日、19日至23日第12至16日、' +
      '26日至29日第17至20日，答复期限5月29日（周四）。延长：5月30日第1日；31日至6月2日放假；6月3日至6日第2至5日、' +
      '9日至13日第6至10日、16日至20日第11至15日、23日至27日第16至20日，延长后期限6月27日（周五）。',
    events: { receipt: inPerson('2025-04-28'), extension: { approvedOn: d('2025-05-20'), workingDays: 20 } },
    expected: { dueOn: d('2025-05-29'), extendedDueOn: d('2025-06-27') },
  },
  {
    id: 'F4',
    title: '2025年国庆中秋连休8天前收到申请，首日为调休上班的周日',
    facts: '2025年9月26日（周五）邮寄签收。2025年10月1日至8日放假，9月28日（周日）、10月11日（周六）上班。',
    reasoning:
      '9月28日（周日）第1日、29日第2日、30日第3日；10月1日至8日放假；9日第4日、10日第5日、10月11日（周六）第6日、' +
      '13日至17日第7至11日、20日至24日第12至16日、27日至30日第17至20日，答复期限10月30日（周四）。' +
      '补正告知：9月28、29、30日，10月9、10、11、13日，第7日为10月13日。延长20日：10月31日第1日、11月3日至7日第2至6日、' +
      '10日至14日第7至11日、17日至21日第12至16日、24日至27日第17至20日，即11月27日（周四）。',
    events: { receipt: signed('2025-09-26') },
    expected: {
      correctionNoticeDueOn: d('2025-10-13'),
      dueOn: d('2025-10-30'),
      latestExtendedDueOn: d('2025-11-27'),
    },
  },
  {
    id: 'F5',
    title: '2025年底收到申请，跨2026年元旦（放假3天，1月4日周日上班）',
    facts: '2025年12月22日（周一）当面提交。2026年元旦1月1日至3日放假，1月4日（周日）上班。',
    reasoning:
      '12月23日至26日第1至4日、29日至31日第5至7日；1月1日至3日放假；1月4日（周日）第8日、5日至9日第9至13日、' +
      '12日至16日第14至18日、19日第19日、1月20日（周二）第20日。补正告知第7日为12月31日。',
    events: { receipt: inPerson('2025-12-22') },
    expected: { correctionNoticeDueOn: d('2025-12-31'), dueOn: d('2026-01-20'), warnedYears: [] },
  },
  {
    id: 'G1',
    title: '2026年春节（放假9天）前收到申请',
    facts: '2026年2月9日（周一）当面提交。2026年春节2月15日至23日放假，2月14日（周六）、28日（周六）上班。',
    reasoning:
      '2月10日至13日第1至4日、2月14日（周六）第5日；15日至23日放假；24日至27日第6至9日、2月28日（周六）第10日、' +
      '3月2日至6日第11至15日、9日至13日第16至20日，答复期限3月13日（周五）。补正告知：第5日2月14日，第6日2月24日，第7日2月25日。',
    events: { receipt: inPerson('2026-02-09') },
    expected: { correctionNoticeDueOn: d('2026-02-25'), dueOn: d('2026-03-13') },
  },
  {
    id: 'G2',
    title: '2026年清明节前收到申请并算出最长延长期限（跨劳动节）',
    facts: '2026年4月1日（周三）当面提交。清明4月4日至6日放假，无调休；劳动节5月1日至5日放假，5月9日（周六）上班。',
    reasoning:
      '4月2日第1日、3日第2日；4日至6日放假；7日至10日第3至6日、13日至17日第7至11日、20日至24日第12至16日、' +
      '27日至30日第17至20日，答复期限4月30日（周四）。延长：5月1日至5日放假；6日至8日第1至3日、5月9日（周六）第4日、' +
      '11日至15日第5至9日、18日至22日第10至14日、25日至29日第15至19日、6月1日（周一）第20日。',
    events: { receipt: inPerson('2026-04-01') },
    expected: { dueOn: d('2026-04-30'), latestExtendedDueOn: d('2026-06-01') },
  },
  {
    id: 'G3',
    title: '2026年劳动节前网上申请',
    facts: '2026年4月29日（周三）网上申请当日确认。',
    reasoning:
      '4月30日第1日；5月1日至5日放假；6日至8日第2至4日、5月9日（周六）第5日、11日至15日第6至10日、18日至22日第11至15日、' +
      '25日至29日第16至20日，答复期限5月29日（周五）。',
    events: { receipt: online('2026-04-29') },
    expected: { dueOn: d('2026-05-29') },
  },
  {
    id: 'G4',
    title: '2026年中秋、国庆分开放假',
    facts:
      '2026年9月18日（周五）当面提交。中秋9月25日至27日放假（无调休）；国庆10月1日至7日放假，9月20日（周日）、10月10日（周六）上班。',
    reasoning:
      '9月20日（周日）第1日、21日至24日第2至5日；25日至27日中秋放假；28日至30日第6至8日；10月1日至7日放假；' +
      '8日第9日、9日第10日、10月10日（周六）第11日、12日至16日第12至16日、19日至22日第17至20日，答复期限10月22日（周四）。',
    events: { receipt: inPerson('2026-09-18') },
    expected: { dueOn: d('2026-10-22') },
  },
  {
    id: 'G5',
    title: '2026年12月收到申请，延长期进入尚未公布安排的2027年',
    facts: '2026年12月1日（周二）当面提交。写作时（2026年11月）2027年放假安排尚未载入。',
    reasoning:
      '12月2日至4日第1至3日、7日至11日第4至8日、14日至18日第9至13日、21日至25日第14至18日、28日第19日、12月29日（周二）第20日，' +
      '答复期限本身不涉及2027年。最长延长：12月30日第1日、31日第2日；2027年1月1日（周五）元旦（放假办法规定的节日，按推算放假）；' +
      '1月4日至8日第3至7日、11日至15日第8至12日、18日至22日第13至17日、25日至27日第18至20日，即2027年1月27日（周三），并提示2027年安排未载入。',
    events: { receipt: inPerson('2026-12-01') },
    expected: { dueOn: d('2026-12-29'), latestExtendedDueOn: d('2027-01-27'), warnedYears: [2027] },
  },
  {
    id: 'G6',
    title: '2026年12月20日收到申请，答复期限进入2027年',
    facts: '2026年12月20日（周日）当面提交（如值班登记）。2027年安排尚未载入。',
    reasoning:
      '12月21日至25日第1至5日、28日至31日第6至9日；2027年1月1日（周五）元旦按放假办法推算放假；1月4日至8日第10至14日、' +
      '11日至15日第15至19日、1月18日（周一）第20日，并提示2027年安排未载入、公布后核对。',
    events: { receipt: inPerson('2026-12-20') },
    expected: { dueOn: d('2027-01-18'), warnedYears: [2027] },
  },
  {
    id: 'H1',
    title: '补正告知晚于7个工作日：仍自原收到之日起算',
    facts: '同例A；10月11日才发出补正告知（应于10月10日前），10月16日收到补正。',
    reasoning: 'README U8：逾期补正告知不产生重新起算的效果，答复期限仍为例A的10月28日，并提示程序瑕疵。',
    events: {
      receipt: online('2024-09-25'),
      correction: { requestedOn: d('2024-10-11'), correctedOn: d('2024-10-16') },
    },
    expected: { dueOn: d('2024-10-28'), notices: 1 },
  },
  {
    id: 'H2',
    title: '逾期不补正：视为放弃申请',
    facts: '同例A；9月27日发出补正告知，未写明期限（按默认15个工作日）；申请人至10月24日仍未补正。',
    reasoning:
      '补正期限自9月27日起15个工作日：9月29日第1日、30日第2日、10月8日至11日第3至6日、12日（周六）第7日、14日至18日第8至12日、' +
      '21日至23日第13至15日，即10月23日。10月24日已过期限，条例第三十条视为放弃申请，计入表三“申请人无正当理由逾期不补正”。',
    events: { receipt: online('2024-09-25'), correction: { requestedOn: d('2024-09-27') } },
    asOf: d('2024-10-24'),
    expected: { dueOn: null, outcome: 'outcomes.other_handling.correction_overdue' },
  },
  {
    id: 'H3',
    title: '第三方逾期未提出意见：暂停到15个工作日届满为止',
    facts: '同例A；10月8日（周二）发出征求意见书，第三方10月9日收到，始终未回复。',
    reasoning:
      '第三方意见期限自10月9日起15个工作日：10日第1日、11日第2日、12日（周六）第3日、14日至18日第4至8日、21日至25日第9至13日、' +
      '28日第14日、29日第15日。暂停10月9日至29日共16个工作日（10月8日发出当日照常计算，为第5日）。' +
      '10月30日第6日、31日第7日、11月1日第8日、4日至8日第9至13日、11日至15日第14至18日、18日第19日、11月19日（周二）第20日。',
    events: {
      receipt: online('2024-09-25'),
      consultations: [{ party: 'third_party', dispatchedOn: d('2024-10-08'), deliveredOn: d('2024-10-09') }],
    },
    expected: { dueOn: d('2024-11-19'), pausedWorkingDays: 16 },
  },
  {
    id: 'H4',
    title: '第三方意见迟到：暂停仍以15个工作日为限',
    facts: '同例H3，但第三方11月5日才回复（已超过10月29日的意见期限）。',
    reasoning: '条例第三十二条：第三方逾期未提出意见的，由行政机关依法决定。暂停仍止于10月29日，答复期限同例H3，为11月19日。',
    events: {
      receipt: online('2024-09-25'),
      consultations: [
        { party: 'third_party', dispatchedOn: d('2024-10-08'), deliveredOn: d('2024-10-09'), repliedOn: d('2024-11-05') },
      ],
    },
    expected: { dueOn: d('2024-11-19'), pausedWorkingDays: 16 },
  },
  {
    id: 'H5',
    title: '两项征求意见时间重叠：重叠的工作日只扣一次',
    facts: '同例A；10月14日征求第三方意见、10月21日收到回复；10月17日征求其他机关意见（条例第三十四条）、10月24日收到回复。',
    reasoning:
      '第三方暂停10月15日至21日（5个工作日），其他机关暂停10月18日至24日（5个工作日），合并为10月15、16、17、18、21、22、23、24日，' +
      '共8个工作日。10月28日顺延8个工作日：29、30、31日，11月1、4、5、6、7日，答复期限11月7日（周四）。',
    events: {
      receipt: online('2024-09-25'),
      consultations: [
        { party: 'third_party', dispatchedOn: d('2024-10-14'), deliveredOn: d('2024-10-15'), repliedOn: d('2024-10-21') },
        { party: 'other_organ', dispatchedOn: d('2024-10-17'), deliveredOn: d('2024-10-18'), repliedOn: d('2024-10-24') },
      ],
    },
    expected: { dueOn: d('2024-11-07'), pausedWorkingDays: 8 },
  },
  {
    id: 'H6',
    title: '延长审批晚于原答复期限：不产生延期效力',
    facts: '同例A；10月29日才经负责人同意延长。',
    reasoning: '原答复期限10月28日已届满，事后审批不能补正（README U8），答复期限仍为10月28日，提示程序问题。',
    events: { receipt: online('2024-09-25'), extension: { approvedOn: d('2024-10-29'), workingDays: 20 } },
    expected: { dueOn: d('2024-10-28'), extendedDueOn: null, notices: 1 },
  },
  {
    id: 'H7',
    title: '期限届满当日批准延长：有效',
    facts: '同例A；10月28日（原答复期限当日）经负责人同意延长20个工作日。',
    reasoning: '审批不晚于原期限，延长有效：自10月29日起计20个工作日，至11月25日（周一）。',
    events: { receipt: online('2024-09-25'), extension: { approvedOn: d('2024-10-28'), workingDays: 20 } },
    expected: { dueOn: d('2024-10-28'), extendedDueOn: d('2024-11-25') },
  },
  {
    id: 'H8',
    title: '只延长10个工作日',
    facts: '同例A；10月25日经负责人同意延长10个工作日。',
    reasoning: '10月29日至31日第1至3日、11月1日第4日、4日至8日第5至9日、11月11日（周一）第10日。',
    events: { receipt: online('2024-09-25'), extension: { approvedOn: d('2024-10-25'), workingDays: 10 } },
    expected: { dueOn: d('2024-10-28'), extendedDueOn: d('2024-11-11') },
  },
  {
    id: 'K1',
    title: '缴费期限跨国庆（规范§10.4示例）并暂停答复期限',
    facts:
      '2024年9月23日（周一）当面提交；9月25日发出收费通知，申请人9月27日（周五）收到，10月15日缴费。本机关采用默认设置：缴费期间不计入答复期限。',
    reasoning:
      '缴费期限自9月28日起20个工作日：9月29日（周日）第1日、30日第2日、10月8日至11日第3至6日、12日（周六）第7日、14日至18日第8至12日、' +
      '21日至25日第13至17日、28日至30日第18至20日，即10月30日（周三）。10月15日缴费未逾期。' +
      '答复期限：9月24日第1日、25日第2日（发出通知当日照常计算）；9月26日至10月15日暂停，共11个工作日' +
      '（9月26、27、29、30日，10月8、9、10、11、12、14、15日）；10月16日至18日第3至5日、21日至25日第6至10日、' +
      '28日至11月1日第11至15日、11月4日至8日第16至20日，答复期限11月8日（周五）。',
    events: {
      receipt: inPerson('2024-09-23'),
      fee: { dispatchedOn: d('2024-09-25'), receivedOn: d('2024-09-27'), paidOn: d('2024-10-15') },
    },
    expected: { paymentDueOn: d('2024-10-30'), dueOn: d('2024-11-08'), pausedWorkingDays: 11 },
  },
  {
    id: 'K2',
    title: '同上，但本机关设置缴费期间照常计算答复期限',
    facts: '同例K1，本机关选择不暂停（README U3 可配置）。',
    reasoning:
      '9月24日至27日第1至4日、9月29日（周日）第5日、30日第6日、10月8日至11日第7至10日、12日（周六）第11日、14日至18日第12至16日、' +
      '21日至24日第17至20日，答复期限10月24日（周四）。',
    events: {
      receipt: inPerson('2024-09-23'),
      fee: { dispatchedOn: d('2024-09-25'), receivedOn: d('2024-09-27'), paidOn: d('2024-10-15') },
    },
    options: { feeWindowPausesClock: false },
    expected: { paymentDueOn: d('2024-10-30'), dueOn: d('2024-10-24'), pausedWorkingDays: 0 },
  },
  {
    id: 'K3',
    title: '逾期未缴费：视为放弃申请',
    facts: '同例K1，但申请人到10月31日仍未缴费。',
    reasoning:
      '缴费期限10月30日已过，国办函〔2020〕109号视为放弃申请，计入表三“申请人逾期未按收费通知要求缴纳费用”。' +
      '（此前的暂停按缴费期限届满计：9月26日至10月30日共22个工作日，答复期限推至11月25日，已无意义。）',
    events: {
      receipt: inPerson('2024-09-23'),
      fee: { dispatchedOn: d('2024-09-25'), receivedOn: d('2024-09-27') },
    },
    asOf: d('2024-10-31'),
    expected: {
      paymentDueOn: d('2024-10-30'),
      dueOn: d('2024-11-25'),
      pausedWorkingDays: 22,
      outcome: 'outcomes.other_handling.fee_unpaid_overdue',
    },
  },
];
