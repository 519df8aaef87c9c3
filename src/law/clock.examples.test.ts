// The worked examples of docs/deadlines.md, each counted by hand, run through the clock.
import { describe, expect, it } from 'vitest';
import { computeReplyClock } from './clock.ts';
import { deadlineExamples } from './deadlines.examples.ts';
import { createOfficialCalendar } from './official-arrangements.ts';

const calendar = createOfficialCalendar();

describe('worked deadline examples (docs/deadlines.md)', () => {
  it('has at least 30 examples with distinct ids', () => {
    expect(deadlineExamples.length).toBeGreaterThanOrEqual(30);
    expect(new Set(deadlineExamples.map((e) => e.id)).size).toBe(deadlineExamples.length);
  });

  for (const example of deadlineExamples) {
    it(`例${example.id}：${example.title}`, () => {
      const clock = computeReplyClock({ calendar, events: example.events, asOf: example.asOf, options: example.options });
      const x = example.expected;
      expect(clock.dueOn).toBe(x.dueOn);
      if (x.receivedOn !== undefined) expect(clock.receivedOn).toBe(x.receivedOn);
      if (x.correctionNoticeDueOn !== undefined) expect(clock.correctionNoticeDueOn).toBe(x.correctionNoticeDueOn);
      if (x.latestExtendedDueOn !== undefined) expect(clock.latestExtendedDueOn).toBe(x.latestExtendedDueOn);
      if (x.extendedDueOn !== undefined) expect(clock.extendedDueOn).toBe(x.extendedDueOn);
      if (x.paymentDueOn !== undefined) expect(clock.paymentDueOn).toBe(x.paymentDueOn);
      if (x.pausedWorkingDays !== undefined) expect(clock.pausedWorkingDays).toBe(x.pausedWorkingDays);
      if (x.outcome !== undefined) expect(clock.outcome).toBe(x.outcome);
      if (x.warnedYears !== undefined) expect(clock.warnings.map((w) => w.year)).toEqual(x.warnedYears);
      if (x.notices !== undefined) expect(clock.notices).toHaveLength(x.notices);
    });
  }
});
