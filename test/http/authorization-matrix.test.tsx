// The authorization matrix (DESIGN §5): role × route × agency, through the real HTTP routes. A clerk
// of 甲乡 can neither read nor change anything of 乙镇; a supervisor sees only its own county's
// subtree; an admin manages only its subtree. Features: add rows for your routes to `rows` below
// (use `prepare` to create 乙镇's records as the system) — every persona is tried on every row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import { createItem } from '../../src/features/catalogue/catalogue.service.ts';
import { generateDraft, saveDraft, transition } from '../../src/features/annual-reports/annual-reports.service.ts';
import { addReview } from '../../src/features/oversight/review.service.ts';
import { saveDay } from '../../src/features/calendar/calendar.service.ts';
import { recordAppeal } from '../../src/features/appeals/appeals.service.ts';
import { localDateOfInstant } from '../../src/law/local-date.ts';
import { applicationsDeps } from '../../src/features/applications/applications.deps.ts';
import { upsertSetting } from '../../src/features/agencies/settings.repository.ts';
import { confirmReceipt, replyToApplication } from '../../src/features/applications/applications.service.ts';
import { applicantForm } from '../applications/support.ts';
import { lowIncomeNotice } from '../catalogue/support.ts';
import { csrfTokenFrom, openTestApp, TestBrowser, testDialects, type TestApp } from '../support/app.ts';
import { auditEventCount, buildMatrixWorld, outcomeOf, PERSONAS, type MatrixRow, type MatrixWorld, type Persona } from '../support/authorization-matrix.ts';

const rows: MatrixRow[] = [
  // Agencies (agency.read: own for 经办/审核/领导, subtree for 管理员/监督; agency.manage: subtree for 管理员).
  {
    name: 'read 甲乡’s agency page',
    method: 'GET',
    path: (w) => `/admin/agencies/${w.agencies.townA.id}`,
    allowed: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'adminC', 'supervisorC'],
  },
  {
    name: 'read 乙镇’s agency page',
    method: 'GET',
    path: (w) => `/admin/agencies/${w.agencies.townB.id}`,
    allowed: ['clerkB', 'adminC', 'supervisorC'],
  },
  {
    name: 'read 丁乡’s agency page (another county)',
    method: 'GET',
    path: (w) => `/admin/agencies/${w.agencies.townE.id}`,
    allowed: ['supervisorD'],
  },
  {
    name: 'see 乙镇 in the agency tree',
    method: 'GET',
    path: () => '/admin/agencies',
    visibleText: (w) => w.agencies.townB.name,
    allowed: ['clerkB', 'adminC', 'supervisorC'],
  },
  {
    name: 'change 甲乡’s contact details',
    method: 'POST',
    path: (w) => `/admin/agencies/${w.agencies.townA.id}`,
    fields: (w) => ({ name: w.agencies.townA.name, phone: '0391-1111112' }),
    allowed: ['adminA', 'adminC'],
  },
  {
    name: 'change 乙镇’s contact details',
    method: 'POST',
    path: (w) => `/admin/agencies/${w.agencies.townB.id}`,
    fields: (w) => ({ name: w.agencies.townB.name, phone: '0391-2222223' }),
    allowed: ['adminC'],
  },
  {
    name: 'create a department under 示范县',
    method: 'POST',
    path: () => '/admin/agencies',
    fields: (w) => ({ parentId: w.agencies.countyC.id, level: 'county_department', name: '示范县矩阵测试局', code: 'mx-dept-new' }),
    allowed: ['adminC'],
  },
  // Accounts (account.manage: subtree for 管理员 only).
  {
    name: 'open the accounts list',
    method: 'GET',
    path: () => '/admin/accounts',
    allowed: ['adminA', 'adminC'],
  },
  {
    name: 'see 乙镇’s accounts in the accounts list',
    method: 'GET',
    path: () => '/admin/accounts',
    visibleText: () => 'mx-target-b',
    allowed: ['adminC'],
  },
  {
    name: 'read an account of 乙镇',
    method: 'GET',
    path: (w) => `/admin/accounts/${w.targets.accountInB}`,
    allowed: ['adminC'],
  },
  {
    name: 'read an account of 甲乡',
    method: 'GET',
    path: (w) => `/admin/accounts/${w.targets.accountInA}`,
    allowed: ['adminA', 'adminC'],
  },
  {
    name: 'grant a role on 乙镇 to an account of 乙镇',
    method: 'POST',
    path: (w) => `/admin/accounts/${w.targets.accountInB}/grants`,
    fields: (w) => ({ agencyId: w.agencies.townB.id, role: 'reviewer' }),
    allowed: ['adminC'],
  },
  {
    name: 'grant a role on 乙镇 to an account of 甲乡',
    method: 'POST',
    path: (w) => `/admin/accounts/${w.targets.accountInA}/grants`,
    fields: (w) => ({ agencyId: w.agencies.townB.id, role: 'leader' }),
    allowed: ['adminC'],
  },
  {
    name: 'reset the password of an account of 乙镇',
    method: 'POST',
    path: (w) => `/admin/accounts/${w.targets.accountInB}/reset-password`,
    allowed: ['adminC'],
  },
  {
    name: 'disable an account of 丁乡 (another county)',
    method: 'POST',
    path: (w) => `/admin/accounts/${w.targets.accountInE}/disable`,
    allowed: [],
  },
  // Audit log (audit.read: own for 领导, subtree for 管理员/监督). The log of every agency the persona may read
  // is narrowed to account creations (not to an agency), so the events the rows' own set-up appends
  // (applications, replies) never push the accounts off the first page of 50.
  {
    name: 'see 乙镇’s events in the audit log',
    method: 'GET',
    path: () => '/admin/audit?action=account.create',
    visibleText: () => '新建账号“测试mx-target-b”',
    allowed: ['adminC', 'supervisorC'],
  },
  {
    name: 'see 乙镇’s events when asking the audit log for 乙镇 by id',
    method: 'GET',
    path: (w) => `/admin/audit?agencyId=${w.agencies.townB.id}`,
    visibleText: () => '新建账号“测试mx-target-b”',
    allowed: ['adminC', 'supervisorC'],
  },
  {
    name: 'see 甲乡’s events in the audit log',
    method: 'GET',
    path: () => '/admin/audit?action=account.create',
    visibleText: () => '新建账号“测试mx-target-a”',
    allowed: ['leaderA', 'adminA', 'adminC', 'supervisorC'],
  },
  // 依申请公开 (application.handle / read_personal_data: own agency only). Who inside 乙镇 may read a
  // case is the applications feature's own matrix (test/applications/http.test.tsx); here: nobody
  // of 甲乡 and no supervisor of another county.
  {
    name: 'open an application filed with 乙镇',
    method: 'GET',
    path: (w) => `/admin/applications/${w.ids.get('applicationOfB')}`,
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorD', 'clerkB'],
    allowed: ['clerkB'],
    prepare: async (w) => {
      const applicant = new TestBrowser(w.app);
      const receipt = await applicant.submit(`/gk/${w.agencies.townB.code}/apply`, applicantForm({ submissionKey: 'matrix-key-b-000000001' }));
      if (receipt.status !== 201) throw new Error(`乙镇申请未提交成功：HTTP ${receipt.status}`);
      const row = await w.app.context.db
        .selectFrom('application')
        .select(['id', 'application_number'])
        .where('agency_id', '=', w.agencies.townB.id)
        .executeTakeFirstOrThrow();
      w.ids.set('applicationOfB', row.id);
      w.ids.set('applicationNumberOfB', row.application_number);
    },
  },
  {
    name: 'see 乙镇’s application in the applications list',
    method: 'GET',
    path: () => '/admin/applications',
    visibleText: (w) => w.ids.get('applicationNumberOfB') ?? '(not prepared)',
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorD', 'clerkB'],
    allowed: ['clerkB'],
  },
  {
    // The staff home lists the work of the current agency only (its 待确认收到 line names the case).
    name: 'see 乙镇’s application on the workbench (工作台)',
    method: 'GET',
    path: () => '/admin',
    visibleText: (w) => w.ids.get('applicationNumberOfB') ?? '(not prepared)',
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'adminC', 'supervisorC', 'supervisorD', 'clerkB'],
    allowed: ['clerkB'],
  },
  {
    name: 'add a note to an application filed with 乙镇',
    method: 'POST',
    path: (w) => `/admin/applications/${w.ids.get('applicationOfB')}/notes`,
    fields: () => ({ body: '矩阵测试：不应写入' }),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorC', 'supervisorD'],
    allowed: [],
  },
  {
    name: 'fix a 条例第三十五条 later deadline on an application filed with 乙镇',
    method: 'POST',
    path: (w) => `/admin/applications/${w.ids.get('applicationOfB')}/custom-deadline`,
    fields: () => ({ setOn: '2026-01-05', dueOn: '2026-03-31', reason: '矩阵测试：不应写入' }),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'adminC', 'supervisorC', 'supervisorD'],
    allowed: [],
  },
  {
    name: 'turn an application filed with 乙镇 into 主动公开',
    method: 'POST',
    path: (w) => `/admin/applications/${w.ids.get('applicationOfB')}/publish`,
    fields: () => ({ category: 'x', title: '矩阵测试', summary: '矩阵测试', body: '矩阵测试', topicCategory: '其他', writtenOn: '2026-01-05' }),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'adminC', 'supervisorC', 'supervisorD'],
    allowed: [],
  },
  {
    name: 'reply to an application filed with 乙镇 (with the files provided)',
    method: 'POST',
    path: (w) => `/admin/applications/${w.ids.get('applicationOfB')}/reply`,
    fields: () => ({ replyType: 'disclosed', decidedOn: '2026-01-05', provided: '矩阵测试：不应写入' }),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'adminC', 'supervisorC', 'supervisorD'],
    allowed: [],
  },
  // The preview of a reply (issue 11 item 1) is drafted from the case: only who may reply may see it.
  {
    name: 'preview a reply letter to an application filed with 乙镇',
    method: 'POST',
    path: (w) => `/admin/applications/${w.ids.get('applicationOfB')}/reply/preview`,
    fields: () => ({ replyType: 'disclosed', decidedOn: '2026-01-05', provided: '矩阵测试' }),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'adminC', 'supervisorC', 'supervisorD'],
    allowed: [],
  },
  // A file provided with 乙镇's reply (条例第四十条): read like the case (agency.read), every download audited.
  {
    name: 'download a file provided with 乙镇’s reply',
    method: 'GET',
    path: (w) => `/admin/applications/${w.ids.get('repliedApplicationOfB')}/reply-files/${w.ids.get('replyFileOfB')}`,
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorD', 'clerkB'],
    allowed: ['clerkB'],
    prepare: async (w) => {
      const applicant = new TestBrowser(w.app);
      const receipt = await applicant.submit(`/gk/${w.agencies.townB.code}/apply`, applicantForm({ submissionKey: 'matrix-key-b-reply-file-01' }));
      if (receipt.status !== 201) throw new Error(`乙镇申请未提交成功：HTTP ${receipt.status}`);
      const row = await w.app.context.db
        .selectFrom('application')
        .select(['id', 'application_number'])
        .where('agency_id', '=', w.agencies.townB.id)
        .where('status', '=', 'awaiting_confirmation')
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      const deps = await applicationsDeps(w.app.context, w.app.database);
      // Legal dates are Beijing dates (the application's arrival date is one).
      const today = localDateOfInstant(w.app.context.now());
      await confirmReceipt(deps, SYSTEM_ACTOR, w.agencies.townB.id, row.id, { confirmedOn: today, method: '电话' });
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
      // A reply letter names its 行政复议机关 and court (issue 11 item 1): 乙镇's are set first.
      await upsertSetting(w.app.context.db, { id: w.app.context.newId(), scope: w.agencies.townB.id, key: 'applications.remedy', value: { self: { reconsiderationBody: '示范县人民政府', court: '示范县人民法院' } }, updatedAt: w.app.context.now().toISOString(), updatedBy: null });
      await replyToApplication(deps, SYSTEM_ACTOR, w.agencies.townB.id, row.id, { replyType: 'disclosed', decidedOn: today, provided: '矩阵测试文件' }, [{ originalName: '矩阵测试.pdf', data: pdf }]);
      const file = await w.app.context.db.selectFrom('application_attachment').select('id').where('application_id', '=', row.id).where('kind', '=', 'reply_information').executeTakeFirstOrThrow();
      w.ids.set('repliedApplicationOfB', row.id);
      w.ids.set('repliedApplicationNumberOfB', row.application_number);
      w.ids.set('replyFileOfB', file.id);
    },
  },
  // The applicant's own download (条例第四十条) needs the case's query code; a session is no substitute.
  // Few personas: the route is rate-limited per address like the other public forms.
  {
    name: 'download a file of 乙镇’s reply on the tracking page without its query code',
    method: 'POST',
    path: () => '/apply/track/files',
    fields: (w) => ({ applicationNumber: w.ids.get('repliedApplicationNumberOfB') ?? '(not prepared)', queryCode: 'ZZZZZZZZZZ', fileId: w.ids.get('replyFileOfB') ?? '(not prepared)' }),
    personas: ['clerkB', 'supervisorC'],
    allowed: [],
  },
  // 救济途径设置 (spec §8.1): read with agency.read, saved with agency.manage (管理员, subtree).
  {
    name: 'read 乙镇’s remedy statement settings',
    method: 'GET',
    path: (w) => `/admin/applications/remedy-settings?agency=${w.agencies.townB.id}`,
    allowed: ['clerkB', 'adminC', 'supervisorC'],
  },
  {
    name: 'change 乙镇’s remedy statement settings',
    method: 'POST',
    path: () => '/admin/applications/remedy-settings',
    fields: (w) => ({ agency: w.agencies.townB.id, 'self.court': '示范县人民法院' }),
    allowed: ['adminC'],
  },
  {
    name: 'change the county default of the remedy statement settings',
    method: 'POST',
    path: () => '/admin/applications/remedy-settings',
    fields: (w) => ({ agency: w.agencies.countyC.id, 'self.reconsiderationBody': '示范市人民政府', 'below.reconsiderationBody': '示范县人民政府' }),
    allowed: ['adminC'],
  },
  {
    name: 'change 甲乡’s own remedy statement settings',
    method: 'POST',
    path: () => '/admin/applications/remedy-settings',
    fields: (w) => ({ agency: w.agencies.townA.id, 'self.court': '示范县人民法院' }),
    allowed: ['adminA', 'adminC'],
  },
  // 主动公开 (catalogue.draft / review / approve: own agency only). A draft of 乙镇 is neither
  // readable nor editable from 甲乡 or by another county's supervisor.
  {
    name: 'open a draft catalogue item of 乙镇',
    method: 'GET',
    path: (w) => `/admin/catalogue/items/${w.ids.get('draftOfB')}`,
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorD', 'clerkB'],
    allowed: ['clerkB'],
    prepare: async (w) => {
      const item = await createItem(w.app.context, createCatalogueDeps(w.dataDir), SYSTEM_ACTOR, w.agencies.townB.id, lowIncomeNotice({ publisher: w.agencies.townB.name }));
      w.ids.set('draftOfB', item.id);
    },
  },
  {
    name: 'edit a draft catalogue item of 乙镇',
    method: 'POST',
    path: (w) => `/admin/catalogue/items/${w.ids.get('draftOfB')}/edit`,
    fields: (w) => ({ ...lowIncomeNotice({ publisher: w.agencies.townB.name, title: '矩阵测试：不应改动' }) }) as Record<string, string>,
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorC', 'supervisorD'],
    allowed: [],
  },
  // 主动公开设置 (agency.manage: the agency's 管理员; the county's reaches its townships). Each persona
  // acts on its own current agency: only the two 管理员 may open or change the settings.
  {
    name: 'open the catalogue settings page',
    method: 'GET',
    path: () => '/admin/catalogue/settings',
    allowed: ['adminA', 'adminC'],
  },
  {
    name: 'ask for the live 索引号 example',
    method: 'GET',
    path: () => '/admin/catalogue/settings/index-example?indexPattern=%7BagencyCode%7D-%7Bseq%3A4%7D&seqReset=never',
    allowed: ['adminA', 'adminC'],
  },
  {
    name: 'save the sensitive-word list',
    method: 'POST',
    path: () => '/admin/catalogue/settings/words',
    fields: () => ({ words: '内部资料\n绝密' }),
    allowed: ['adminA', 'adminC'],
  },
  {
    name: 'add an own column',
    method: 'POST',
    path: () => '/admin/catalogue/settings/columns',
    fields: () => ({ action: 'add', label: '村务公开' }),
    allowed: ['adminA', 'adminC'],
  },
  // 公众意见 (条例第四十七条第二款、第五十一条): a complaint filed with 乙镇 is read by 乙镇's staff and the
  // county's 政务公开办 (contact masked), answered only by 乙镇's 经办/审核; the complainant reads it on the
  // portal with the 查询码 alone — whoever holds the code, signed in or not, and nobody without it.
  {
    name: 'see a complaint filed with 乙镇 on the complaints list',
    method: 'GET',
    path: () => '/admin/catalogue/complaints',
    visibleText: () => '矩阵测试：乙镇的低保名单没有公开。',
    allowed: ['clerkB', 'supervisorC'],
    prepare: async (w) => {
      const form = `/gk/${w.agencies.townB.code}/complaint`;
      const sent = await new TestBrowser(w.app).submit(form, { kind: 'not_disclosed', body: '矩阵测试：乙镇的低保名单没有公开。' }, form);
      if (sent.status !== 200) throw new Error(`乙镇的公众意见未提交成功：HTTP ${sent.status}`);
      w.ids.set('complaintCodeOfB', sent.$()('#complaint-query-code').text());
      const row = await w.app.context.db.selectFrom('catalogue_complaint').select('id').where('agency_id', '=', w.agencies.townB.id).executeTakeFirstOrThrow();
      w.ids.set('complaintOfB', row.id);
    },
  },
  {
    name: 'answer a complaint filed with 乙镇',
    method: 'POST',
    path: (w) => `/admin/catalogue/complaints/${w.ids.get('complaintOfB')}/answer`,
    fields: () => ({ outcome: 'published', answer: '矩阵测试：已补充公开。' }),
    // The allowed persona answers it (a second answer is refused as already answered), so it is tried last.
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'adminC', 'supervisorC', 'supervisorD', 'clerkB'],
    allowed: ['clerkB'],
  },
  {
    name: 'open the public complaint lookup page',
    method: 'GET',
    path: () => '/complaint/track',
    personas: ['clerkA', 'supervisorD'],
    allowed: ['clerkA', 'supervisorD'],
  },
  // Few personas: the lookup is rate-limited per address (10 a minute) and every persona shares one.
  {
    name: 'read 乙镇’s complaint and its answer with its 查询码',
    method: 'POST',
    path: () => '/complaint/track',
    fields: (w) => ({ queryCode: w.ids.get('complaintCodeOfB') ?? '(not prepared)' }),
    // A read by POST: allowed when the complaint is shown (nothing changes).
    visibleText: () => '矩阵测试：乙镇的低保名单没有公开。',
    personas: ['clerkA', 'supervisorD'],
    allowed: ['clerkA', 'supervisorD'],
  },
  {
    name: 'read a complaint with a 查询码 that was never issued',
    method: 'POST',
    path: () => '/complaint/track',
    fields: () => ({ queryCode: '2345-6789-ABCD' }),
    visibleText: () => '矩阵测试：乙镇的低保名单没有公开。',
    personas: ['clerkB', 'supervisorC'],
    allowed: [],
  },
  // 年度报告 (annual_report.edit / approve: own agency; supervisors read their subtree). A draft of
  // 乙镇 is readable by 乙镇's staff and the county's 政务公开办, by nobody of 甲乡 or another county.
  {
    name: 'open the annual report draft of 乙镇',
    method: 'GET',
    path: (w) => `/admin/annual-reports/${w.ids.get('annualReportOfB')}`,
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorC', 'supervisorD', 'clerkB'],
    allowed: ['clerkB', 'supervisorC'],
    prepare: async (w) => {
      const draft = await generateDraft(w.app.context, SYSTEM_ACTOR, w.agencies.townB.id, 2025);
      w.ids.set('annualReportOfB', draft.id);
    },
  },
  {
    name: 'submit the annual report draft of 乙镇',
    method: 'POST',
    path: (w) => `/admin/annual-reports/${w.ids.get('annualReportOfB')}/submit`,
    fields: () => ({}),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'supervisorC', 'supervisorD'],
    allowed: [],
  },
  // 政务公开办 oversight (oversight.read / oversight.review: supervisors, over their own subtree only).
  {
    name: 'open the oversight dashboard',
    method: 'GET',
    path: () => '/admin/oversight',
    allowed: ['supervisorC', 'supervisorD'],
  },
  {
    name: 'see 乙镇 on the oversight dashboard',
    method: 'GET',
    path: () => '/admin/oversight',
    visibleText: (w) => w.agencies.townB.name,
    allowed: ['supervisorC'],
  },
  {
    name: 'download the oversight dashboard with 乙镇 as CSV',
    method: 'GET',
    path: () => '/admin/oversight/export.csv',
    visibleText: (w) => w.agencies.townB.name,
    allowed: ['supervisorC'],
  },
  // The portal shows a report only once published (条例第四十九条): 乙镇's draft is nobody's to read
  // there — not even 乙镇's own clerk or the supervisor, on the portal page, the print view or the Word file.
  ...(['', '/print', '/word'] as const).map(
    (suffix): MatrixRow => ({
      name: `read the unpublished annual report of 乙镇 on the portal${suffix ? ` (${suffix.slice(1)})` : ''}`,
      method: 'GET',
      path: (w) => `/gk/${w.agencies.townB.code}/annual-reports/2025${suffix}`,
      personas: ['clerkB', 'supervisorC', 'adminC', 'clerkA'],
      allowed: [],
    }),
  ),
  {
    name: 'open the bulk audit of published reports',
    method: 'GET',
    path: () => '/admin/oversight/report-audit',
    allowed: ['supervisorC', 'supervisorD'],
  },
  {
    name: 'open the results of a bulk audit run for 示范县',
    method: 'GET',
    path: (w) => `/admin/oversight/report-audit/${w.ids.get('auditBatchOfC')}`,
    allowed: ['supervisorC'],
    prepare: async (w) => {
      // A finished batch of 示范县 with one refused file, written as the checker would leave it.
      const at = w.app.context.now().toISOString();
      const batchId = w.app.context.newId();
      await w.app.context.db.insertInto('report_audit_batch').values({ id: batchId, agency_id: w.agencies.countyC.id, status: 'done', file_count: 1, created_by: null, created_at: at, finished_at: at }).execute();
      const fileId = w.app.context.newId();
      w.ids.set('auditFileOfC', fileId);
      await w.app.context.db
        .insertInto('report_audit_file')
        .values({ id: fileId, batch_id: batchId, agency_id: w.agencies.countyC.id, seq: 1, file_name: '矩阵.txt', size_bytes: 0, stored_name: null, status: 'failed', error: '文件是空的（0 字节）。', format: null, year: null, agency_name: null, error_count: 0, warning_count: 0, findings: null, checked_at: at })
        .execute();
      w.ids.set('auditBatchOfC', batchId);
    },
  },
  {
    name: 'download the results of a bulk audit run for 示范县',
    method: 'GET',
    path: (w) => `/admin/oversight/report-audit/${w.ids.get('auditBatchOfC')}/results.csv`,
    allowed: ['supervisorC'],
  },
  {
    // 示范县's supervisor may correct a file's 核查依据; nobody else learns the batch exists. A file that
    // was read (the refused one only gets a notice, which would prove nothing: no change is made).
    name: 'correct the agency level and publication date of a file in 示范县’s bulk audit',
    method: 'POST',
    path: (w) => `/admin/oversight/report-audit/${w.ids.get('auditBatchOfC')}/files/${w.ids.get('auditReadFileOfC')}/corrections`,
    fields: () => ({ agency_level: 'township', published_on: '2025-01-20' }),
    allowed: ['supervisorC'],
    prepare: async (w) => {
      const at = new Date().toISOString();
      const fileId = w.app.context.newId();
      w.ids.set('auditReadFileOfC', fileId);
      await w.app.context.db
        .insertInto('report_audit_file')
        .values({ id: fileId, batch_id: w.ids.get('auditBatchOfC')!, agency_id: w.agencies.countyC.id, seq: 2, file_name: '矩阵年报.html', size_bytes: 10, stored_name: null, status: 'checked', error: null, format: 'html', year: 2024, agency_name: '示范县人民政府', error_count: 0, warning_count: 0, findings: '[]', checked_at: at })
        .execute();
    },
  },
  {
    // Supervisors upload files (multipart), covered by test/oversight/report-audit-http.test.ts.
    name: 'start a bulk audit of published reports',
    method: 'POST',
    path: () => '/admin/oversight/report-audit',
    fields: () => ({}),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'clerkB', 'adminC'],
    allowed: [],
  },
  // 审阅意见 (oversight.review: supervisors over their subtree; the agency's own 经办/审核/领导 answer).
  {
    name: 'comment on the submitted annual report of 乙镇',
    method: 'POST',
    path: (w) => `/admin/annual-reports/${w.ids.get('submittedReportOfB')}/reviews`,
    fields: () => ({ body: '矩阵测试审阅意见' }),
    allowed: ['supervisorC'],
    prepare: async (w) => {
      const ctx = w.app.context;
      const { id } = await generateDraft(ctx, SYSTEM_ACTOR, w.agencies.townB.id, 2024);
      const row = await ctx.db.selectFrom('annual_report').select(['texts', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      const form: Record<string, string> = { version: String(row.version) };
      for (const [section, body] of Object.entries(JSON.parse(row.texts) as Record<string, string>)) form[`text.${section}`] = body.replace(/【[^】]*】/g, '已按制度执行。');
      await saveDraft(ctx, SYSTEM_ACTOR, w.agencies.townB.id, id, form);
      const version = (await ctx.db.selectFrom('annual_report').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
      await transition(ctx, SYSTEM_ACTOR, w.agencies.townB.id, id, 'submit', { version: String(version) });
      w.ids.set('submittedReportOfB', id);
      w.ids.set('correctionOfB', await addReview(ctx, SYSTEM_ACTOR, id, { body: '矩阵测试：要求整改', requiresCorrection: 'on' }));
    },
  },
  {
    name: 'answer a 要求整改 on the annual report of 乙镇',
    method: 'POST',
    path: (w) => `/admin/oversight/reviews/${w.ids.get('correctionOfB')}/answer`,
    fields: () => ({ answer: '矩阵测试整改答复' }),
    allowed: ['clerkB'],
  },
  {
    name: 'accept the answer to a 要求整改 on the annual report of 乙镇',
    method: 'POST',
    path: (w) => `/admin/oversight/reviews/${w.ids.get('correctionOfB')}/accept`,
    fields: () => ({}),
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'clerkB', 'adminC', 'supervisorD'],
    allowed: [],
  },
  // 节假日安排 (calendar.manage on a top government): installation-wide, read by everyone signed in,
  // changed only by the 管理员 or 政务公开办 of a top government — here both counties are top governments.
  {
    name: 'read the holiday arrangements',
    method: 'GET',
    path: () => '/admin/calendar',
    allowed: [...PERSONAS],
  },
  {
    name: 'read the 2031 holiday arrangement',
    method: 'GET',
    path: () => '/admin/calendar/2031',
    allowed: [...PERSONAS],
  },
  {
    name: 'enter the 2031 holiday arrangement',
    method: 'POST',
    path: () => '/admin/calendar/2031/arrangement',
    fields: () => ({ document: '矩阵测试文号', holiday0Name: '元旦', holiday0From: '2031-01-01', holiday0To: '2031-01-01', holiday0Makeup: '' }),
    allowed: ['adminC', 'supervisorC', 'supervisorD'],
  },
  {
    name: 'set a single day of the calendar',
    method: 'POST',
    path: () => '/admin/calendar/2031/days',
    fields: () => ({ date: '2031-05-06', kind: 'rest_day', note: '矩阵测试', document: '' }),
    allowed: ['adminC', 'supervisorC', 'supervisorD'],
  },
  {
    name: 'remove a day setting of the calendar',
    method: 'POST',
    path: (w) => `/admin/calendar/days/${w.ids.get('calendarDay')}/remove`,
    fields: () => ({}),
    // The first allowed persona removes it; so only one allowed persona is tried, last.
    personas: ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'clerkB', 'adminC'],
    allowed: ['adminC'],
    prepare: async (w) => {
      const day = await saveDay(w.app.context, SYSTEM_ACTOR, { date: '2032-03-08', kind: 'rest_day', note: '矩阵测试', document: '' });
      w.ids.set('calendarDay', day.id);
    },
  },
  // 行政复议、行政诉讼 (table 四): recorded by the agency's 经办/审核, read by its 领导 and the county's 政务公开办;
  // nobody else learns a case exists.
  {
    name: 'read a 行政复议 of 乙镇',
    method: 'GET',
    path: (w) => `/admin/appeals/${w.ids.get('appealOfB')}`,
    allowed: ['clerkB', 'supervisorC'],
    prepare: async (w) => {
      const id = await recordAppeal(w.app.context, SYSTEM_ACTOR, w.agencies.townB.id, {
        kind: 'administrative_reconsideration', procedure: 'simplified', bodyName: '示范县人民政府', matter: '矩阵测试：不服乙镇的答复', filedOn: '2024-03-01',
      });
      w.ids.set('appealOfB', id);
    },
  },
  {
    name: 'see a 行政复议 of 乙镇 on the appeals list',
    method: 'GET',
    path: () => '/admin/appeals',
    visibleText: () => '矩阵测试：不服乙镇的答复',
    allowed: ['clerkB'],
  },
  {
    name: 'update a 行政复议 of 乙镇',
    method: 'POST',
    path: (w) => `/admin/appeals/${w.ids.get('appealOfB')}`,
    fields: () => ({ kind: 'administrative_reconsideration', procedure: 'simplified', bodyName: '示范县人民政府', matter: '矩阵测试：不服乙镇的答复', filedOn: '2024-03-01', receivedOn: '2024-03-04' }),
    allowed: ['clerkB'],
  },
  {
    name: 'record a 行政诉讼 for the current agency',
    method: 'POST',
    path: () => '/admin/appeals',
    fields: () => ({ kind: 'litigation_direct', bodyName: '示范县人民法院', matter: '矩阵测试：起诉要求公开', filedOn: '2024-05-06' }),
    allowed: ['clerkA', 'reviewerA', 'clerkB'],
  },

  // 汇总数据 (issue 12 §4): only a 政务公开办, over its own subtree.
  {
    name: 'open the roll-up of the county’s published reports',
    method: 'GET',
    path: () => '/admin/oversight/rollup?year=2025',
    allowed: ['supervisorC', 'supervisorD'],
  },
  {
    name: 'download the roll-up as Excel',
    method: 'GET',
    path: () => '/admin/oversight/rollup/2025.xlsx',
    allowed: ['supervisorC', 'supervisorD'],
  },

];

for (const dialect of testDialects()) {
  describe(`authorization matrix: persona × route × agency [${dialect}]`, () => {
    let t: TestApp;
    let world: MatrixWorld;
    let browsers: Record<Persona, TestBrowser>;
    const tokens = new Map<Persona, string>();
    beforeAll(async () => {
      t = await openTestApp({ dialect });
      ({ world, browsers } = await buildMatrixWorld(t));
      for (const row of rows) await row.prepare?.(world);
      for (const persona of PERSONAS) {
        // Any staff page carries the session's CSRF token (the sign-out form), valid for every POST.
        tokens.set(persona, csrfTokenFrom((await browsers[persona].get('/admin')).body, '/logout'));
      }
    }, 120_000);
    afterAll(async () => {
      await t.close();
    });

    for (const row of rows) {
      // A row that every persona is denied would still pass if its route were renamed or removed (404):
      // the address must reach a route, with every id its prepare was to create.
      it(`the route exists: ${row.name}`, () => {
        const path = row.path(world);
        expect(path, 'an id the prepare did not create').not.toMatch(/undefined|null/);
        expect(t.app.findRoute({ method: row.method, url: path.split('?')[0]! }), `${row.method} ${path}`).not.toBeNull();
      });
      for (const persona of row.personas ?? PERSONAS) {
        const expected = row.allowed.includes(persona) ? 'allowed' : 'denied';
        it(`${persona} is ${expected} to ${row.name}`, async () => {
          const browser = browsers[persona];
          const path = row.path(world);
          if (row.method === 'GET') {
            const response = await browser.get(path);
            expect(outcomeOf(row, world, response), `${row.method} ${path} → HTTP ${response.status}`).toBe(expected);
            return;
          }
          // A POST that was carried out records its audit event; a refused one records nothing.
          const before = await auditEventCount(world);
          const response = await browser.post(path, { ...(row.fields?.(world) ?? {}), _csrf: tokens.get(persona)! });
          const changed = (await auditEventCount(world)) > before;
          expect(outcomeOf(row, world, response, changed), `${row.method} ${path} → HTTP ${response.status}, ${changed ? 'an audit event recorded' : 'no audit event'}`).toBe(expected);
        });
      }
    }
  });
}
