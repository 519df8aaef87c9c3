// How fast is the reply clock for a work list? A county's staff home page derives "overdue / due soon"
// for every open application on each load (DESIGN §3: derived, never stored).
//   npx tsx bench/law-clock/run.ts [--cases 10000] [--rounds 5]
// Cases are synthetic (fixed-seed fast-check sample): receipt dates across 2024–2026 with the mix of
// 补正, consultations, extensions and fee notices a busy organ sees.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import type { CaseEvents } from '../../src/law/clock-events.ts';
import { computeReplyClock } from '../../src/law/clock.ts';
import { addDays, localDate, type LocalDate } from '../../src/law/local-date.ts';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' } } });
const count = Number(values.cases);
const rounds = Number(values.rounds);

const base = localDate('2024-01-01');
const arbitraryCase = fc
  .record({
    offset: fc.integer({ min: 0, max: 1_050 }),
    correction: fc.option(fc.record({ after: fc.integer({ min: 1, max: 9 }), correctedAfter: fc.option(fc.integer({ min: 1, max: 20 })) }), { freq: 3 }),
    consultation: fc.option(fc.record({ after: fc.integer({ min: 1, max: 20 }), replyAfter: fc.option(fc.integer({ min: 2, max: 25 })) }), { freq: 4 }),
    extension: fc.option(fc.integer({ min: 10, max: 27 }), { freq: 9 }),
    fee: fc.option(fc.record({ after: fc.integer({ min: 1, max: 15 }), paidAfter: fc.option(fc.integer({ min: 2, max: 28 })) }), { freq: 9 }),
    asOfAfter: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ offset, correction, consultation, extension, fee, asOfAfter }) => {
    const receivedOn = addDays(base, offset);
    const on = (n: number): LocalDate => addDays(receivedOn, n);
    const events: CaseEvents = { receipt: { channel: 'online', confirmedOn: receivedOn } };
    if (correction) {
      events.correction = {
        requestedOn: on(correction.after),
        correctedOn: correction.correctedAfter ? on(correction.after + correction.correctedAfter) : undefined,
      };
    }
    if (consultation) {
      events.consultations = [
        {
          party: 'third_party',
          dispatchedOn: on(consultation.after),
          deliveredOn: on(consultation.after + 1),
          repliedOn: consultation.replyAfter ? on(consultation.after + consultation.replyAfter) : undefined,
        },
      ];
    }
    if (extension) events.extension = { approvedOn: on(extension), workingDays: 20 };
    if (fee) {
      events.fee = {
        dispatchedOn: on(fee.after),
        receivedOn: on(fee.after + 2),
        paidOn: fee.paidAfter ? on(fee.after + fee.paidAfter) : undefined,
      };
    }
    return { events, asOf: on(asOfAfter) };
  });

const cases = fc.sample(arbitraryCase, { numRuns: count, seed: 20261126 });
const calendar = createOfficialCalendar();

const timings: number[] = [];
let overdue = 0;
for (let round = 0; round < rounds; round++) {
  overdue = 0;
  const start = performance.now();
  for (const c of cases) {
    if (computeReplyClock({ calendar, events: c.events, asOf: c.asOf }).progress?.overdue) overdue++;
  }
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)]!;
console.log(
  JSON.stringify(
    {
      cases: count,
      rounds,
      medianMs: Math.round(median),
      bestMs: Math.round(timings[0]!),
      microsecondsPerCase: Math.round((median * 1000) / count),
      casesPerSecond: Math.round(count / (median / 1000)),
      overdueInSample: overdue,
      node: process.version,
    },
    null,
    2,
  ),
);
