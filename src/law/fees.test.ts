import { describe, expect, it } from 'vitest';
import {
  assessPerApplication,
  assessPerVolume,
  buildFeeNotice,
  formatYuan,
  monthOrdinals,
  paymentDueOn,
  paymentState,
  perApplicationMonthTotal,
  perApplicationRateFen,
} from './fees.ts';
import { localDate as d } from './local-date.ts';
import { createOfficialCalendar } from './official-arrangements.ts';

const YUAN = 100;

describe('按件计收 (国办函〔2020〕109号第四条)', () => {
  it('charges nothing for an applicant’s first 10 applications in a natural month', () => {
    expect(perApplicationRateFen(1)).toBe(0);
    expect(perApplicationRateFen(10)).toBe(0);
  });

  it('charges 100 元 each for the 11th to 30th application', () => {
    expect(perApplicationRateFen(11)).toBe(100 * YUAN);
    expect(perApplicationRateFen(30)).toBe(100 * YUAN);
  });

  it('raises the rate by 100 元 for each band of 10 from the 31st (31–40 → 200 元, 41–50 → 300 元, 51 → 400 元)', () => {
    expect(perApplicationRateFen(31)).toBe(200 * YUAN);
    expect(perApplicationRateFen(40)).toBe(200 * YUAN);
    expect(perApplicationRateFen(41)).toBe(300 * YUAN);
    expect(perApplicationRateFen(50)).toBe(300 * YUAN);
    expect(perApplicationRateFen(51)).toBe(400 * YUAN);
  });

  it('totals 3,000 元 for 35 applications and 5,500 元 for 45 in one month', () => {
    // 35: 20 × 100 + 5 × 200 = 2,000 + 1,000 = 3,000 元. The spec (§10.2) prints “= 2,500 元” for the same
    // sum — an arithmetic slip; its 45-application example (2,000 + 2,000 + 5 × 300 = 5,500 元) is right.
    expect(perApplicationMonthTotal(35)).toEqual({
      amountFen: 3_000 * YUAN,
      bands: [
        { from: 1, to: 10, count: 10, rateFen: 0, subtotalFen: 0 },
        { from: 11, to: 30, count: 20, rateFen: 100 * YUAN, subtotalFen: 2_000 * YUAN },
        { from: 31, to: 40, count: 5, rateFen: 200 * YUAN, subtotalFen: 1_000 * YUAN },
      ],
    });
    expect(perApplicationMonthTotal(45).amountFen).toBe(5_500 * YUAN);
    expect(perApplicationMonthTotal(0).amountFen).toBe(0);
  });

  it('states the band and rate of one application for the fee notice', () => {
    const assessment = assessPerApplication(33);
    expect(assessment.amountFen).toBe(200 * YUAN);
    expect(assessment.standard).toBe(
      '按件计收：本件为申请人本自然月内第33件申请，适用31—40件档，收费标准200.00元/件（国办函〔2020〕109号第四条）',
    );
  });

  it('numbers an applicant’s applications within each natural month in order of receipt', () => {
    const a = { receivedOn: d('2024-03-05') };
    const b = { receivedOn: d('2024-02-28') };
    const c = { receivedOn: d('2024-03-05') };
    const e = { receivedOn: d('2024-03-01') };
    const ordinals = monthOrdinals([a, b, c, e]);
    expect([ordinals.get(b), ordinals.get(e), ordinals.get(a), ordinals.get(c)]).toEqual([1, 1, 2, 3]);
  });

  it('rejects a month ordinal that is not a positive integer', () => {
    expect(() => perApplicationRateFen(0)).toThrow('当月申请序号应为正整数');
  });
});

describe('按量计收 (国办函〔2020〕109号第五条)', () => {
  it('charges nothing up to 30 pages', () => {
    expect(assessPerVolume(30).amountFen).toBe(0);
  });

  it('charges 150 元 for 45 pages (15 pages at 10 元)', () => {
    expect(assessPerVolume(45).amountFen).toBe(150 * YUAN);
  });

  it('charges band by band: 100 pages → 700 元, 200 → 2,700 元, 201 → 2,740 元', () => {
    expect(assessPerVolume(100).amountFen).toBe(700 * YUAN);
    expect(assessPerVolume(200).amountFen).toBe(2_700 * YUAN);
    expect(assessPerVolume(201).amountFen).toBe(2_740 * YUAN);
  });

  it('charges 4,700 元 for 250 pages: 70 × 10 + 100 × 20 + 50 × 40 (spec §10.3)', () => {
    const assessment = assessPerVolume(250);
    expect(assessment.amountFen).toBe(4_700 * YUAN);
    expect(assessment.standard).toBe(
      '按量计收：共250页，30页以下（含30页）不收费，31—100页部分70页×10.00元/页，101—200页部分100页×20.00元/页，' +
        '200页以上部分50页×40.00元/页（国办函〔2020〕109号第五条）',
    );
  });
});

describe('payment window and notice', () => {
  const calendar = createOfficialCalendar();

  it('gives 20 working days from the day after the notice arrives: received Friday 27 September 2024 → Wednesday 30 October', () => {
    expect(paymentDueOn(calendar, d('2024-09-27')).date).toBe('2024-10-30');
  });

  it('treats the application as abandoned only after the last payment day passes unpaid', () => {
    const due = d('2024-10-30');
    expect(paymentState(due, d('2024-10-30'), d('2024-11-10'))).toBe('paid');
    expect(paymentState(due, null, d('2024-10-30'))).toBe('awaiting_payment');
    expect(paymentState(due, null, d('2024-10-31'))).toBe('lapsed');
    expect(paymentState(due, d('2024-11-01'), d('2024-11-01'))).toBe('lapsed');
  });

  it('formats 分 as 元 with thousands separators', () => {
    expect(formatYuan(250_000)).toBe('2,500.00元');
    expect(formatYuan(5)).toBe('0.05元');
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });

  it('writes a fee notice stating basis, standard, amount, how and by when to pay, and the consequence', () => {
    const notice = buildFeeNotice(
      {
        agencyName: '某某镇人民政府',
        applicantName: '张三',
        applicationNumber: '〔2024〕第12号',
        receivedOn: '2024-09-23',
        requestSummary: '2023年本镇道路建设项目资金拨付文件',
        paymentMethod: '到镇财政所窗口缴纳或转账至非税收入账户',
      },
      assessPerVolume(45),
    );
    expect(notice.title).toBe('某某镇人民政府信息处理费收费通知书');
    expect(notice.amountFen).toBe(150 * YUAN);
    const text = notice.paragraphs.join('\n');
    expect(text).toContain('本机关于2024年9月23日收到您提出的政府信息公开申请（申请编号：〔2024〕第12号）');
    expect(text).toContain('第四十二条');
    expect(text).toContain('应缴金额：150.00元。');
    expect(text).toContain('请您自收到本通知的次日起20个工作日内缴纳');
    expect(text).toContain('逾期未缴纳的，视为放弃申请');
    expect(text).toContain('不计算在答复期限内');
  });

  it('refuses a fee notice without the organ’s name, in Chinese', () => {
    expect(() =>
      buildFeeNotice(
        { agencyName: ' ', applicantName: '张三', applicationNumber: '1', receivedOn: '2024-09-23', requestSummary: 'x', paymentMethod: 'y' },
        assessPerVolume(45),
      ),
    ).toThrow('请填写行政机关名称');
  });
});
