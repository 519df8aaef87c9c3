import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvents } from './clock-events.ts';
import { ClockInputError, computeReplyClock } from './clock.ts';
import { addDays, compareLocalDates, localDate as d, type LocalDate } from './local-date.ts';
import { createOfficialCalendar } from './official-arrangements.ts';

const calendar = createOfficialCalendar();
const exampleA: CaseEvents = { receipt: { channel: 'online', confirmedOn: d('2024-09-25') } };
const clock = (events: CaseEvents, asOf?: string, options = {}) =>
  computeReplyClock({ calendar, events, asOf: asOf ? d(asOf) : undefined, options });

describe('reply clock', () => {
  it('explains every day that matters for example A in Chinese, from receipt to the 20th working day', () => {
    expect(clock(exampleA).explanation).toEqual([
      '2024年9月25日（周三）收到申请（互联网渠道提交，以双方确认之日为收到申请之日）',
      '9月26日（周四）起算，计第1日',
      '9月29日（周日，国庆节调休上班）计第3日',
      '10月1日（周二）至10月7日（周一）国庆节放假，不计',
      '10月12日（周六，国庆节调休上班）计第9日',
      '10月28日（周一）第20日，答复期限届满',
    ]);
  });

  it('explains a correction restart and a consultation pause', () => {
    const steps = clock({
      receipt: { channel: 'online', confirmedOn: d('2024-09-25') },
      correction: { requestedOn: d('2024-09-27'), correctedOn: d('2024-10-09') },
      consultations: [{ party: 'third_party', dispatchedOn: d('2024-10-14'), deliveredOn: d('2024-10-15'), repliedOn: d('2024-10-21') }],
    }).explanation;
    expect(steps).toContain('10月9日（周三）收到补正后的申请，重新起算');
    expect(steps).toContain(
      '10月15日（周二）至10月21日（周一）征求第三方意见（10月14日发出，10月21日收到意见），5个工作日不计',
    );
    expect(steps.at(-1)).toBe('11月12日（周二）第20日，答复期限届满');
  });

  it('tells an extension in date order: approval, original deadline, extension days, extended deadline', () => {
    const steps = clock({ ...exampleA, extension: { approvedOn: d('2024-10-25'), workingDays: 10 } }).explanation;
    expect(steps.slice(-4)).toEqual([
      '10月25日（周五）经负责人同意延长答复期限10个工作日',
      '10月28日（周一）第20日，答复期限届满',
      '10月29日（周二）起计延长期第1日',
      '11月11日（周一）延长期第10日，延长的答复期限届满',
    ]);
  });

  it('says so when the deadline falls on a 调休 Saturday', () => {
    const steps = clock({ receipt: { channel: 'in_person', arrivedOn: d('2024-09-09') } }).explanation;
    expect(steps).toContain('9月14日（周六，中秋调休上班）计第5日');
    expect(steps.at(-1)).toBe('10月12日（周六，国庆节调休上班）第20日，答复期限届满');
  });

  it('takes the signing day for a registered letter and waits for confirmation of an ordinary letter', () => {
    expect(clock({ receipt: { channel: 'post_signed', arrivedOn: d('2024-09-24'), signedOn: d('2024-09-25') } }).dueOn).toBe(
      '2024-10-28',
    );
    const unconfirmed = clock({ receipt: { channel: 'post_ordinary', arrivedOn: d('2024-09-25') } }, '2024-09-30');
    expect(unconfirmed.receivedOn).toBeNull();
    expect(unconfirmed.dueOn).toBeNull();
    expect(unconfirmed.progress?.status).toBe('awaiting_receipt_confirmation');
    expect(unconfirmed.explanation[0]).toContain('尚待与申请人确认');
  });

  it('reports working days used and remaining, and flags “due soon” within 3 working days', () => {
    expect(clock(exampleA, '2024-10-08').progress).toMatchObject({
      status: 'running',
      workingDaysUsed: 5,
      workingDaysRemaining: 15,
      dueSoon: false,
      overdue: false,
    });
    // 10月24日 is the 18th working day: 25日 and 28日 remain.
    expect(clock(exampleA, '2024-10-24').progress).toMatchObject({ workingDaysUsed: 18, workingDaysRemaining: 2, dueSoon: true });
    expect(clock(exampleA, '2024-10-28').progress).toMatchObject({ workingDaysRemaining: 0, dueSoon: true, overdue: false });
  });

  it('is overdue from the day after the deadline until a reply is made', () => {
    expect(clock(exampleA, '2024-10-29').progress).toMatchObject({ overdue: true, dueSoon: false, workingDaysUsed: 21, workingDaysOverdue: 1 });
    // Deadline Monday 10-28: Tuesday 29, Wednesday 30, Thursday 31 October are 3 working days late, Friday
    // 11-01 the 4th; the weekend of 11-02/03 adds none, Monday 11-04 is the 5th.
    expect(clock(exampleA, '2024-10-31').progress).toMatchObject({ workingDaysOverdue: 3, workingDaysRemaining: 0 });
    expect(clock(exampleA, '2024-11-03').progress?.workingDaysOverdue).toBe(4);
    expect(clock(exampleA, '2024-11-04').progress?.workingDaysOverdue).toBe(5);
    expect(clock(exampleA, '2024-10-28').progress?.workingDaysOverdue).toBe(0);
    const late = clock({ ...exampleA, repliedOn: d('2024-10-30') }, '2024-11-15').progress;
    expect(late).toMatchObject({ status: 'replied', repliedLate: true, overdue: false, workingDaysUsed: 22, workingDaysOverdue: 2 });
    const onTime = clock({ ...exampleA, repliedOn: d('2024-10-28') }, '2024-11-15').progress;
    expect(onTime).toMatchObject({ status: 'replied', repliedLate: false });
  });

  it('is paused while a consultation is out, and awaiting correction while a 补正 is pending', () => {
    const consulting = clock(
      { ...exampleA, consultations: [{ party: 'other_organ', dispatchedOn: d('2024-10-14'), deliveredOn: d('2024-10-15') }] },
      '2024-10-17',
    );
    expect(consulting.progress?.status).toBe('paused');
    const waiting = clock({ ...exampleA, correction: { requestedOn: d('2024-09-27') } }, '2024-10-10');
    expect(waiting.progress?.status).toBe('awaiting_correction');
    expect(waiting.dueOn).toBeNull();
    expect(waiting.correctionDueOn).toBe('2024-10-23');
  });

  it('uses the correction deadline stated in the notice when there is one', () => {
    const stated = clock({ ...exampleA, correction: { requestedOn: d('2024-09-27'), dueOn: d('2024-10-11') } }, '2024-10-14');
    expect(stated.outcome).toBe('outcomes.other_handling.correction_overdue');
    expect(stated.progress?.status).toBe('ended');
  });

  it('binds the organ to an Art. 35 deadline once it has fixed one', () => {
    const custom = clock({ ...exampleA, customDeadline: { setOn: d('2024-10-10'), dueOn: d('2024-12-31') } }, '2024-11-15');
    expect(custom.finalDueOn).toBe('2024-12-31');
    expect(custom.progress?.overdue).toBe(false);
  });

  it('notes a fee notice sent after the reply deadline', () => {
    const late = clock({ ...exampleA, fee: { dispatchedOn: d('2024-10-30'), receivedOn: d('2024-10-31') } });
    expect(late.notices.some((n) => n.includes('收费通知应在答复期限内发出'))).toBe(true);
  });

  it('rejects an extension beyond 20 working days and impossible event orders, in Chinese', () => {
    expect(() => clock({ ...exampleA, extension: { approvedOn: d('2024-10-20'), workingDays: 21 } })).toThrow(
      /最长不得超过20个工作日/,
    );
    try {
      clock({ ...exampleA, correction: { requestedOn: d('2024-09-27'), correctedOn: d('2024-09-26') } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClockInputError);
      expect((error as ClockInputError).issues).toEqual(['收到补正的日期不能早于发出补正告知的日期。']);
    }
  });

  it('rejects events dated before the receipt and notes a correction accepted after its deadline', () => {
    expect(() => clock({ ...exampleA, repliedOn: d('2024-09-20') })).toThrow('答复日期不能早于收到申请之日');
    const late = clock({ ...exampleA, correction: { requestedOn: d('2024-09-27'), correctedOn: d('2024-10-25') } });
    // Default correction period: 15 working days from 9月27日 → 10月23日 (see docs example H2).
    expect(late.notices).toEqual(['申请人补正晚于补正期限（10月23日），本机关已接收并继续办理']);
    expect(late.countsFrom).toBe('2024-10-25');
  });

  it('adds exactly the paused working days to the 20, however consultations overlap (property)', () => {
    const consultation = fc.record({
      party: fc.constantFrom('third_party' as const, 'other_organ' as const),
      dispatchAfter: fc.integer({ min: 0, max: 25 }),
      deliverAfter: fc.integer({ min: 0, max: 3 }),
      replyAfter: fc.option(fc.integer({ min: 0, max: 30 })),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), fc.array(consultation, { maxLength: 3 }), (offset, list) => {
        const receivedOn = addDays(d('2023-01-02'), offset);
        const plain = clock({ receipt: { channel: 'in_person', arrivedOn: receivedOn } });
        const paused = clock({
          receipt: { channel: 'in_person', arrivedOn: receivedOn },
          consultations: list.map((c) => {
            const dispatchedOn = addDays(receivedOn, c.dispatchAfter);
            return {
              party: c.party,
              dispatchedOn,
              deliveredOn: addDays(dispatchedOn, c.deliverAfter),
              repliedOn: c.replyAfter === null ? undefined : addDays(dispatchedOn, c.replyAfter),
            };
          }),
        });
        const due = paused.dueOn as LocalDate;
        expect(calendar.countWorkingDays(receivedOn, due)).toBe(20 + paused.pausedWorkingDays);
        expect(compareLocalDates(due, plain.dueOn as LocalDate)).toBeGreaterThanOrEqual(0);
        expect(calendar.isWorkingDay(due)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('always ends on a working day exactly 20 working days after receipt, and never earlier for a later receipt (property)', () => {
    const start = d('2023-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_400 }), (offset) => {
        const receivedOn = addDays(start, offset);
        const next = addDays(receivedOn, 1);
        const a = clock({ receipt: { channel: 'in_person', arrivedOn: receivedOn } });
        const b = clock({ receipt: { channel: 'in_person', arrivedOn: next } });
        const due = a.dueOn as LocalDate;
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(calendar.countWorkingDays(receivedOn, due)).toBe(20);
        expect(compareLocalDates(b.dueOn as LocalDate, due)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
