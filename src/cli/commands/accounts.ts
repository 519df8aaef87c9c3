// `gongkai accounts …`: staff accounts from the command line — how the first administrator of a real
// (non-demo) installation is created, and how a locked-out administrator gets back in.
//   gongkai accounts [--json]                                   list accounts and their roles
//   gongkai accounts add --agency CODE --username U --name 姓名 [--role R …]   prints a one-time password once
//   gongkai accounts grant --username U --agency CODE --role R
//   gongkai accounts reset-password U                            prints a new one-time password once
import type { Command } from 'commander';
import { openMigratedDatabase } from '../../db/open.ts';
import { findAccountByUsername } from '../../features/accounts/accounts.repository.ts';
import { createAccount, grantRole, listAccounts, resetPassword } from '../../features/accounts/accounts.service.ts';
import { ROLES, type Role } from '../../features/accounts/accounts.tables.ts';
import { SYSTEM_ACTOR } from '../../features/accounts/domain/policy.ts';
import { ROLE_LABELS } from '../../features/accounts/domain/roles.ts';
import { findAgencyByCode } from '../../features/agencies/agencies.repository.ts';
import { listAgencies } from '../../features/agencies/agencies.service.ts';
import { loadConfig } from '../../platform/config.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { createServiceContext, type ServiceContext } from '../../platform/service-context.ts';
import type { SetExitCode } from './index.ts';

const DATABASE_OPTION_HELP = 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL；都未设置时使用数据目录中的 SQLite）';

/** Runs `body` on the configured database as the system; service errors become Chinese lines and exit code 1. */
export async function withSystemContext(
  databaseUrl: string | undefined,
  setExitCode: SetExitCode,
  body: (ctx: ServiceContext) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  const database = await openMigratedDatabase({ url: databaseUrl ?? config.databaseUrl, dataDir: config.dataDir });
  try {
    await body(createServiceContext({ db: database.db, dialect: database.dialect }));
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const message of new Set(Object.values(error.fields))) process.stderr.write(`${message}\n`);
      setExitCode(1);
    } else if (error instanceof ConflictError || error instanceof NotFoundError || error instanceof ForbiddenError) {
      process.stderr.write(`${error.message}\n`);
      setExitCode(1);
    } else {
      throw error;
    }
  } finally {
    await database.close();
  }
}

async function agencyIdByCode(ctx: ServiceContext, code: string): Promise<string> {
  const agency = await findAgencyByCode(ctx.db, code.trim());
  if (!agency) throw new NotFoundError(`找不到代码为“${code}”的单位。可用 gongkai agencies 查看全部单位代码。`);
  return agency.id;
}

function parseRole(value: string, previous: Role[] = []): Role[] {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new ValidationError({ role: `角色“${value}”无效，可选：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}` });
  }
  return [...previous, value as Role];
}

export function registerAccountsCommand(program: Command, setExitCode: SetExitCode): void {
  const accounts = program
    .command('accounts')
    .description('管理用户账号：列出、新建、授权、重置密码')
    .option('--json', '每行输出一个 JSON 对象：{"username","name","agency","roles","disabled"}')
    .option('--database <url>', DATABASE_OPTION_HELP)
    .action(async (options: { json?: boolean; database?: string }) => {
      await withSystemContext(options.database, setExitCode, async (ctx) => {
        const agencies = await listAgencies(ctx, SYSTEM_ACTOR, { includeArchived: true });
        const codeOf = new Map(agencies.map((a) => [a.id, a.code]));
        const nameOf = new Map(agencies.map((a) => [a.id, a.name]));
        const list = await listAccounts(ctx, SYSTEM_ACTOR);
        if (list.length === 0 && !options.json) {
          process.stdout.write('还没有任何账号。用 gongkai accounts add 新建，或运行 gongkai demo 载入示范数据。\n');
          return;
        }
        for (const a of list) {
          const roles = a.grants.map((g) => ({ agency: codeOf.get(g.agencyId) ?? g.agencyId, role: g.role }));
          if (options.json) {
            process.stdout.write(`${JSON.stringify({ username: a.username, name: a.displayName, agency: codeOf.get(a.agencyId) ?? null, roles, disabled: a.disabledAt !== null })}\n`);
          } else {
            const roleText = a.grants.map((g) => `${nameOf.get(g.agencyId) ?? ''}·${ROLE_LABELS[g.role]}`).join('，') || '（无角色）';
            process.stdout.write(`${a.username.padEnd(20)} ${a.displayName}  ${nameOf.get(a.agencyId) ?? ''}  ${roleText}${a.disabledAt ? '  [已停用]' : ''}\n`);
          }
        }
      });
    });

  accounts
    .command('add')
    .description('新建账号，并显示一次性密码（只显示这一次，首次登录后必须修改）')
    .requiredOption('--agency <code>', '所属单位代码')
    .requiredOption('--username <username>', '用户名（3–32 位小写字母、数字、点、下划线或连字符）')
    .requiredOption('--name <name>', '姓名')
    .option('--role <role>', `在所属单位的角色，可重复：${ROLES.join(' | ')}`, parseRole, [] as Role[])
    .option('--database <url>', DATABASE_OPTION_HELP)
    .action(async (options: { agency: string; username: string; name: string; role: Role[]; database?: string }) => {
      await withSystemContext(options.database, setExitCode, async (ctx) => {
        const agencyId = await agencyIdByCode(ctx, options.agency);
        const { account, oneTimePassword } = await createAccount(ctx, SYSTEM_ACTOR, {
          agencyId,
          username: options.username,
          displayName: options.name,
          roles: options.role,
        });
        process.stdout.write(`已新建账号 ${account.username}（${account.displayName}）。\n一次性密码（只显示这一次，首次登录后必须修改）：${oneTimePassword}\n`);
      });
    });

  accounts
    .command('grant')
    .description('授予账号在某单位的角色（监督角色须授予在人民政府上）')
    .requiredOption('--username <username>', '用户名')
    .requiredOption('--agency <code>', '授权单位代码')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--database <url>', DATABASE_OPTION_HELP)
    .action(async (options: { username: string; agency: string; role: string; database?: string }) => {
      await withSystemContext(options.database, setExitCode, async (ctx) => {
        const [role] = parseRole(options.role);
        const account = await findAccountByUsername(ctx.db, options.username);
        if (!account) throw new NotFoundError(`找不到用户名为“${options.username}”的账号。`);
        await grantRole(ctx, SYSTEM_ACTOR, { accountId: account.id, agencyId: await agencyIdByCode(ctx, options.agency), role: role! });
        process.stdout.write(`已授予 ${account.username} 在 ${options.agency} 的“${ROLE_LABELS[role!]}”角色。\n`);
      });
    });

  accounts
    .command('reset-password')
    .description('重置账号密码并解除锁定，显示新的一次性密码（只显示这一次）')
    .argument('<username>', '用户名')
    .option('--database <url>', DATABASE_OPTION_HELP)
    .action(async (username: string, options: { database?: string }) => {
      await withSystemContext(options.database, setExitCode, async (ctx) => {
        const account = await findAccountByUsername(ctx.db, username);
        if (!account) throw new NotFoundError(`找不到用户名为“${username}”的账号。`);
        const { oneTimePassword } = await resetPassword(ctx, SYSTEM_ACTOR, account.id);
        process.stdout.write(`已重置 ${account.username} 的密码并解除锁定。\n一次性密码（只显示这一次，首次登录后必须修改）：${oneTimePassword}\n`);
      });
    });
}
