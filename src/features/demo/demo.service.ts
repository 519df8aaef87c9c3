// Loads the demonstration county: agencies, one account per role with one-time passwords (returned
// to the caller to print ONCE), then every feature's demo hook — all in one transaction.
import { inOneTransaction } from '../../db/one-transaction.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { createAccount, grantRole } from '../accounts/accounts.service.ts';
import { ROLE_LABELS } from '../accounts/domain/roles.ts';
import { SYSTEM_ACTOR, type Actor } from '../accounts/domain/policy.ts';
import { countAgencies } from '../agencies/agencies.repository.ts';
import { createAgency } from '../agencies/agencies.service.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { DEMO_ACCOUNTS, DEMO_AGENCIES, type DemoAccountKey, type DemoAgencyKey } from './demo-data.ts';
import type { DemoCounty } from './demo-hooks.ts';
import { demoHooks } from './index.ts';

export interface DemoCredential {
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly agency: string;
  /** One-time password: must be changed at first sign-in. Shown once, never stored in clear. */
  readonly password: string;
}

export interface DemoResult {
  readonly loaded: boolean;
  /** How many agencies were created. */
  readonly agencies: number;
  readonly credentials: readonly DemoCredential[];
  /** Names of the feature hooks that ran. */
  readonly hooks: readonly string[];
}

/**
 * Loads the demo county into an EMPTY database. Callers check emptiness (or wipe) first. All or nothing:
 * agencies, accounts and every feature hook run in one transaction, so a hook failing half-way leaves the
 * database as empty as it was (and the next start or `gongkai demo` can simply try again).
 */
export async function loadDemo(ctx: ServiceContext, hooks: typeof demoHooks = demoHooks): Promise<DemoResult> {
  try {
    return await inOneTransaction(ctx.db, (db) => loadDemoRecords({ ...ctx, db }, hooks));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`示范数据载入失败，已全部撤销，数据库中没有留下任何示范记录。原因：${reason}`, { cause: error });
  }
}

async function loadDemoRecords(ctx: ServiceContext, hooks: typeof demoHooks): Promise<DemoResult> {
  const agencies = {} as Record<DemoAgencyKey, Agency>;
  for (const spec of DEMO_AGENCIES) {
    const { key, parent, ...fields } = spec;
    agencies[key] = await createAgency(ctx, SYSTEM_ACTOR, { ...fields, parentId: parent === null ? null : agencies[parent].id });
  }
  const actors = {} as Record<DemoAccountKey, Actor & { kind: 'account' }>;
  const credentials: DemoCredential[] = [];
  for (const spec of DEMO_ACCOUNTS) {
    const sameAgency = spec.home === spec.grantedOn;
    const { account, oneTimePassword } = await createAccount(ctx, SYSTEM_ACTOR, {
      agencyId: agencies[spec.home].id,
      username: spec.username,
      displayName: spec.displayName,
      roles: sameAgency ? [spec.role] : [],
    });
    if (!sameAgency) await grantRole(ctx, SYSTEM_ACTOR, { accountId: account.id, agencyId: agencies[spec.grantedOn].id, role: spec.role });
    actors[spec.key] = {
      kind: 'account',
      accountId: account.id,
      agencyId: account.agencyId,
      grants: [{ agencyId: agencies[spec.grantedOn].id, role: spec.role }],
    };
    credentials.push({
      username: spec.username,
      displayName: spec.displayName,
      role: ROLE_LABELS[spec.role],
      agency: agencies[spec.grantedOn].name,
      password: oneTimePassword,
    });
  }
  const county: DemoCounty = { agencies, actors };
  const ran: string[] = [];
  for (const hook of hooks) {
    await hook.load(ctx, county);
    ran.push(hook.name);
  }
  return { loaded: true, agencies: DEMO_AGENCIES.length, credentials, hooks: ran };
}

/** First start: load the demo county only when there is no agency at all. */
export async function loadDemoIfEmpty(ctx: ServiceContext): Promise<DemoResult> {
  if ((await countAgencies(ctx.db)) > 0) return { loaded: false, agencies: 0, credentials: [], hooks: [] };
  return loadDemo(ctx);
}

export async function isDatabaseEmpty(ctx: ServiceContext): Promise<boolean> {
  return (await countAgencies(ctx.db)) === 0;
}

/** The credentials as lines for a terminal or a log, to be shown once. */
export function formatCredentials(credentials: readonly DemoCredential[]): string {
  const lines = credentials.map((c) => `  ${c.username.padEnd(16)} ${c.password}   ${c.displayName}（${c.agency} · ${c.role}）`);
  return [
    '示范账号（一次性密码，仅显示这一次；首次登录后必须修改密码）：',
    `  ${'用户名'.padEnd(13)} ${'一次性密码'.padEnd(11)}  姓名（单位 · 角色）`,
    ...lines,
  ].join('\n');
}
