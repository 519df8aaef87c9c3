// What survives a SIGKILL (issue 13, crash evidence in the suite): the real server (bin/start.js) takes
// public applications with a file from a few clients at once and is killed at a random moment, a few
// times. Afterwards every receipt a client was shown exists, complete (applicant, file, audit event),
// the file is on disk, the start-up sweep leaves no file without a record, and (SQLite) the integrity
// check passes. On SQLite, and on PostgreSQL when PG_URL is set. Bounded: three kills each,
// a few seconds of submitting each (most of the time is the server starting); bench/ is the place for
// hundreds of kills.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openMigratedDatabase } from '../../src/db/open.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { attachmentsDir } from '../../src/features/applications/applications.files.ts';
import { fileStores } from '../../src/features/file-stores.ts';
import { sweepOrphanFiles } from '../../src/platform/orphan-files.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';
import { applicantForm } from '../applications/support.ts';
import { testDialects } from '../support/app.ts';
import { openPostgresTestDatabase } from '../support/db.ts';
import { pgUrl } from '../support/environment.ts';
import { startRealServer, type RealServer } from '../support/real-server.ts';

const TRIALS = 3;
const CLIENTS = 3;
/** A PDF of about 200 KB: big enough that a kill often lands while it is being written. */
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n', 'latin1'), Buffer.alloc(200_000, 0x20), Buffer.from('\ntrailer<<>>\n%%EOF\n', 'latin1')]);

interface Receipt {
  readonly applicationNumber: string;
  readonly submissionKey: string;
}

/** One client: open the form, submit with the file, note the receipt shown; until the server dies. */
async function submitUntilKilled(server: RealServer, code: string, prefix: string, receipts: Receipt[]): Promise<void> {
  for (let n = 0; ; n += 1) {
    try {
      const form = await fetch(`${server.baseUrl}/gk/${code}/apply`);
      const html = await form.text();
      const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
      const cookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      if (!token) return;
      const submissionKey = `${prefix}-${String(n).padStart(8, '0')}`;
      const body = new FormData();
      for (const [name, value] of Object.entries({ ...applicantForm({ submissionKey }), _csrf: token })) body.append(name, value);
      body.append('attachments', new Blob([pdf], { type: 'application/pdf' }), '身份证明.pdf');
      // All clients share 127.0.0.1: the public-form limit (10 a minute) answers 429 beyond it; they wait.
      const response = await fetch(`${server.baseUrl}/gk/${code}/apply`, { method: 'POST', body, headers: { cookie } });
      const page = await response.text();
      const number = /id="application-number">([^<]+)</.exec(page)?.[1];
      if (response.status === 201 && number) receipts.push({ applicationNumber: number, submissionKey });
      else if (response.status === 429) await new Promise((resolve) => setTimeout(resolve, 500));
      else throw new Error(`unexpected answer ${response.status}`);
    } catch (error) {
      if (server.process.exitCode !== null || server.process.signalCode !== null) return;
      if ((error as Error).message.startsWith('unexpected')) throw error;
      // A refused connection right at the kill.
      return;
    }
  }
}

for (const dialect of testDialects()) {
  describe(`the real server killed while taking applications with files [${dialect}]`, () => {
    const cleanups: Array<() => Promise<void> | void> = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it(`keeps every receipt shown through ${TRIALS} SIGKILLs, with its file and audit event, and no file without a record`, async () => {
      // The database the server will use, with one agency to apply to.
      let database: Database;
      let dataDir: string;
      let env: NodeJS.ProcessEnv;
      if (dialect === 'postgres') {
        const pgDatabase = await openPostgresTestDatabase(pgUrl!);
        cleanups.push(() => pgDatabase.drop());
        database = pgDatabase;
        dataDir = pgDatabase.dataDir;
        env = { DATABASE_URL: pgDatabase.url };
      } else {
        dataDir = mkdtempSync(join(tmpdir(), 'gongkai-crash-'));
        cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
        database = await openMigratedDatabase({ url: undefined, dataDir });
        env = { GONGKAI_READ_THREADS: '0' };
      }
      const agency = await createAgency(createServiceContext({ db: database.db, dialect: database.dialect }), SYSTEM_ACTOR, { parentId: null, code: 'crash-county', name: '示范县人民政府', level: 'county_government' });
      // SQLite: one writer at a time — the server's, not this test's, while it runs.
      if (dialect === 'sqlite') await database.close();

      const receipts: Receipt[] = [];
      for (let trial = 0; trial < TRIALS; trial += 1) {
        const server = await startRealServer({ dataDir, env });
        const clients = Array.from({ length: CLIENTS }, (_, c) => submitUntilKilled(server, agency.code, `crash-key-${trial}-${c}`, receipts));
        await new Promise((resolve) => setTimeout(resolve, 800 + Math.floor(Math.random() * 1500)));
        await server.stop('SIGKILL');
        await Promise.all(clients);
      }
      expect(receipts.length).toBeGreaterThan(0);

      if (dialect === 'sqlite') database = await openMigratedDatabase({ url: undefined, dataDir });
      try {
        const db = database.db;
        for (const receipt of receipts) {
          const application = await db.selectFrom('application').select(['id', 'submission_key']).where('application_number', '=', receipt.applicationNumber).executeTakeFirst();
          expect(application?.submission_key, receipt.applicationNumber).toBe(receipt.submissionKey);
          expect(await db.selectFrom('applicant').select('name').where('application_id', '=', application!.id).executeTakeFirst()).toEqual({ name: '张三' });
          const files = await db.selectFrom('application_attachment').select(['stored_name', 'size_bytes']).where('application_id', '=', application!.id).execute();
          expect(files).toHaveLength(1);
          expect(Number(files[0]!.size_bytes)).toBe(pdf.length);
          const audit = await db.selectFrom('audit_event').select('action').where('object_id', '=', application!.id).where('action', '=', 'application.submit').execute();
          expect(audit).toHaveLength(1);
          // On disk under its final name, or (killed between commit and rename) still pending.
          const path = join(attachmentsDir(dataDir), files[0]!.stored_name);
          expect(existsSync(path) || existsSync(`${path}.pending`), path).toBe(true);
        }
        // Every case recorded is complete, shown to a client or not (killed before the answer left).
        const cases = await db.selectFrom('application').select('id').execute();
        expect(await db.selectFrom('application_attachment').select('application_id').execute()).toHaveLength(cases.length);
        const recorded = await db.selectFrom('application_attachment').select('stored_name').execute();
        // The start-up sweep, run as if an hour had passed: afterwards every file is a recorded one.
        await sweepOrphanFiles({ dataDir, stores: fileStores(db, dataDir), now: new Date(Date.now() + 2 * 3600_000) });
        const onDisk = readdirSync(attachmentsDir(dataDir), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
        expect(onDisk).toEqual(recorded.map((r) => r.stored_name).sort());
        if (database.sqlite) expect(database.sqlite.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      } finally {
        if (dialect === 'sqlite') await database.close();
      }
    }, 240_000);
  });
}
