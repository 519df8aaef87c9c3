// Shared set-up of the applications database tests: a service context with a movable clock, the
// official calendar, and the dependencies object the services take.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';
import type { ApplicationsDeps } from '../../src/features/applications/applications.service.ts';
import type { DatabaseUnderTest } from '../support/db.ts';

export interface MovableDeps extends ApplicationsDeps {
  /** Sets "today" (Asia/Shanghai) for the following calls. */
  setToday(date: string): void;
}

export function depsFor(under: DatabaseUnderTest): MovableDeps {
  let now = new Date('2024-09-24T02:00:00.000Z');
  const ctx = under.context(() => now);
  return {
    ctx,
    calendar: createOfficialCalendar(),
    secret: 'test-secret-for-query-codes-0123456789abcdef',
    dataDir: mkdtempSync(join(tmpdir(), 'gongkai-applications-')),
    // 10:00 in Shanghai is 02:00 UTC the same day.
    setToday: (date: string) => {
      now = new Date(`${date}T02:00:00.000Z`);
    },
  };
}

export function applicantForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    applicantType: 'natural_person',
    name: '张三',
    idDocumentType: 'resident_id',
    // GB 11643 worked example number (valid check character X).
    idNumber: '11010519491231002X',
    phone: '13812345678',
    email: 'zhangsan@example.com',
    address: '某某县某某镇幸福路1号',
    postalCode: '550000',
    description: '请公开本镇2024年征地补偿标准及其文件',
    deliveryForm: 'email',
    deliveryChannel: 'email',
    submissionKey: 'key-0000000000000001',
    ...overrides,
  };
}
