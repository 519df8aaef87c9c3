// The world of the authorization matrix: two counties, two townships under the first, staff in
// every role. Rows (test/http/authorization-matrix.test.tsx) say which persona may do what to which
// agency's records; features add rows for their own routes.
//
//   示范县 (county C) ─┬─ 甲乡 (town A)        另一县 (county D) ── 丁乡 (town E)
//                     └─ 乙镇 (town B)
import type { FastifyInstance } from 'fastify';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import type { Agency } from '../../src/features/agencies/domain/agency.ts';
import { createStaff, signedInAs, type FormFields, type PageResponse, type TestApp, type TestBrowser } from './app.ts';

export const PERSONAS = ['clerkA', 'reviewerA', 'leaderA', 'adminA', 'clerkB', 'adminC', 'supervisorC', 'supervisorD'] as const;
export type Persona = (typeof PERSONAS)[number];

export interface MatrixWorld {
  readonly app: FastifyInstance;
  readonly agencies: { readonly countyC: Agency; readonly townA: Agency; readonly townB: Agency; readonly countyD: Agency; readonly townE: Agency };
  /** Accounts that are targets of admin actions (never signed in), by home agency. */
  readonly targets: { readonly accountInA: string; readonly accountInB: string; readonly accountInE: string };
  /** Ids a row's `prepare` created (e.g. an application of 乙镇), by the row's own keys. */
  readonly ids: Map<string, string>;
  /** The test database's data folder (attachments). */
  readonly dataDir: string;
}

export type Outcome = 'allowed' | 'denied';

export interface MatrixRow {
  /** What is tried, as a sentence: “read 乙镇's agency page”. */
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: (world: MatrixWorld) => string;
  readonly fields?: (world: MatrixWorld) => FormFields;
  /**
   * For reads that always answer 200 but must not show another agency's records: text that
   * appears on the page exactly when the persona may see the records. Also for reads made by POST
   * (a lookup by 查询码), which change nothing and so record no audit event.
   */
  readonly visibleText?: (world: MatrixWorld) => string;
  /** Personas allowed; every other persona tried is denied. */
  readonly allowed: readonly Persona[];
  /**
   * The personas to try (default: all). Narrow it when the row's claim is about other agencies only
   * and the owning feature's own tests settle what the agency's own roles may do.
   */
  readonly personas?: readonly Persona[];
  /** Creates the records the row needs (as the system), storing ids in world.ids. */
  readonly prepare?: (world: MatrixWorld) => Promise<void>;
}

export async function buildMatrixWorld(t: TestApp): Promise<{ world: MatrixWorld; browsers: Record<Persona, TestBrowser> }> {
  const ctx = t.app.context;
  const system = SYSTEM_ACTOR;
  const countyC = await createAgency(ctx, system, { parentId: null, code: 'mx-county-c', name: '示范县人民政府', level: 'county_government' });
  const townA = await createAgency(ctx, system, { parentId: countyC.id, code: 'mx-town-a', name: '甲乡人民政府', level: 'township', phone: '0391-1111111' });
  const townB = await createAgency(ctx, system, { parentId: countyC.id, code: 'mx-town-b', name: '乙镇人民政府', level: 'township', phone: '0391-2222222' });
  const countyD = await createAgency(ctx, system, { parentId: null, code: 'mx-county-d', name: '另一县人民政府', level: 'county_government' });
  const townE = await createAgency(ctx, system, { parentId: countyD.id, code: 'mx-town-e', name: '丁乡人民政府', level: 'township' });
  const target = async (agencyId: string, username: string) => (await createStaff(t.app, { agencyId, username, roles: ['clerk'] })).accountId;
  const targets = {
    accountInA: await target(townA.id, 'mx-target-a'),
    accountInB: await target(townB.id, 'mx-target-b'),
    accountInE: await target(townE.id, 'mx-target-e'),
  };
  const browsers: Record<Persona, TestBrowser> = {
    clerkA: await signedInAs(t, { agencyId: townA.id, username: 'mx-clerk-a', roles: ['clerk'] }),
    reviewerA: await signedInAs(t, { agencyId: townA.id, username: 'mx-reviewer-a', roles: ['reviewer'] }),
    leaderA: await signedInAs(t, { agencyId: townA.id, username: 'mx-leader-a', roles: ['leader'] }),
    adminA: await signedInAs(t, { agencyId: townA.id, username: 'mx-admin-a', roles: ['admin'] }),
    clerkB: await signedInAs(t, { agencyId: townB.id, username: 'mx-clerk-b', roles: ['clerk'] }),
    adminC: await signedInAs(t, { agencyId: countyC.id, username: 'mx-admin-c', roles: ['admin'] }),
    supervisorC: await signedInAs(t, { agencyId: countyC.id, username: 'mx-supervisor-c', roles: ['supervisor'] }),
    supervisorD: await signedInAs(t, { agencyId: countyD.id, username: 'mx-supervisor-d', roles: ['supervisor'] }),
  };
  return { world: { app: t.app, agencies: { countyC, townA, townB, countyD, townE }, targets, ids: new Map(), dataDir: t.database.dataDir }, browsers };
}

/** How many audit events there are: every change a service makes records one (DESIGN §3). */
export async function auditEventCount(world: MatrixWorld): Promise<number> {
  const row = await world.app.context.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Whether a response shows the request was carried out (or the records shown). For a POST, `changed`
 * says whether an audit event was recorded meanwhile: a POST that answers 200 or 303 without changing
 * anything (a form shown again with an error) is not “allowed”, and one that is refused must not have
 * changed anything either.
 */
export function outcomeOf(row: MatrixRow, world: MatrixWorld, response: PageResponse, changed?: boolean): Outcome | 'unexpected' {
  // A refused CSRF token is not an authorization decision: the row would prove nothing.
  if (response.body.includes('页面已过期')) return 'unexpected';
  if (row.method === 'POST' && (response.status === 403 || response.status === 404)) return changed === true ? 'unexpected' : 'denied';
  if (response.status === 403 || response.status === 404) return 'denied';
  if (row.method === 'GET' && response.status === 200) {
    if (!row.visibleText) return 'allowed';
    return response.body.includes(row.visibleText(world)) ? 'allowed' : 'denied';
  }
  if (row.method === 'POST' && row.visibleText && response.status === 200) return response.body.includes(row.visibleText(world)) ? 'allowed' : 'denied';
  // A POST that worked redirects back (303) or shows its result (200/201) and recorded its audit event.
  if (row.method === 'POST' && (response.status === 303 || response.status === 200 || response.status === 201)) return changed === false ? 'unexpected' : 'allowed';
  return 'unexpected';
}
