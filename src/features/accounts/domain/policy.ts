// Who may do what, where. Pure: the caller loads the actor's grants and the target agency's
// ancestry; this file only decides. Services call authorize() FIRST, before opening a transaction.
//
// Roles are held per agency (DESIGN §5). A role reaches either the agency it was granted on
// ('own') or that agency and everything below it ('subtree'):
//   - 经办 clerk, 审核 reviewer, 领导 leader act on their own agency only: the 条例 makes each
//     行政机关 answer for its own disclosure (条例第十条、第三十六条), so a township's clerk never
//     handles a department's applications.
//   - 管理员 admin manages accounts, agency details and reads the audit log of its agency AND its
//     subtree: a county admin (admin granted on 示范县人民政府) sets up the townships and departments;
//     a township admin, whose agency has no children, reaches only the township.
//   - 监督 supervisor (县/区政务公开办) reads and oversees the whole subtree (条例第三条：县级以上人民政府
//     政务公开工作主管部门负责推进、指导、协调、监督本行政区域的政府信息公开工作), but does not do the
//     agencies' own work (it cannot draft, approve or answer for them).
import type { Role } from '../accounts.tables.ts';

export type Reach = 'own' | 'subtree';

/**
 * The table of permissions: action → role → reach. To add an action, add one entry; anything not
 * listed is refused.
 */
export const PERMISSIONS = {
  'agency.read': { clerk: 'own', reviewer: 'own', leader: 'own', admin: 'subtree', supervisor: 'subtree' },
  'agency.manage': { admin: 'subtree' },
  'account.manage': { admin: 'subtree' },
  'audit.read': { leader: 'own', admin: 'subtree', supervisor: 'subtree' },
  // 主动公开 (条例第十九至二十六条): drafted by the clerk, checked by the reviewer (保密审查,
  // 条例第十七条), approved for release by the leader.
  'catalogue.draft': { clerk: 'own', reviewer: 'own' },
  'catalogue.review': { reviewer: 'own' },
  'catalogue.approve': { leader: 'own' },
  // 依申请公开 (条例第二十七至四十五条).
  'application.register': { clerk: 'own', reviewer: 'own' },
  'application.handle': { clerk: 'own', reviewer: 'own' },
  // 条例第三十三条第二款：延长答复期限须经政府信息公开工作机构负责人同意.
  'application.approve_extension': { leader: 'own' },
  // Applicants' personal data: only the people who handle the application (DESIGN §5); every read is audited.
  'application.read_personal_data': { clerk: 'own', reviewer: 'own', leader: 'own' },
  // 年度报告 (条例第四十九、五十条).
  'annual_report.edit': { clerk: 'own', reviewer: 'own' },
  'annual_report.approve': { leader: 'own' },
  // 行政复议、行政诉讼 about the agency's disclosure work (table 四): recorded by those who handle applications,
  // read by the leader who answers for the agency and by the 政务公开办 over its subtree.
  'appeal.record': { clerk: 'own', reviewer: 'own' },
  'appeal.read': { clerk: 'own', reviewer: 'own', leader: 'own', supervisor: 'subtree' },
  'oversight.read': { supervisor: 'subtree' },
  // 条例第三条：政务公开工作主管部门监督本行政区域的公开工作 — review comments on reports (审阅意见、要求整改)
  // and bulk checks of published reports. Reading alone is 'oversight.read'.
  'oversight.review': { supervisor: 'subtree' },
  // The working-day calendar (条例第三十三条's 工作日) is installation-wide: kept by the admin of a top
  // government or its 政务公开办; the service checks it on the top government (an agency without parent).
  'calendar.manage': { admin: 'own', supervisor: 'own' },
} as const satisfies Record<string, Partial<Record<Role, Reach>>>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export interface RoleGrantOfActor {
  readonly agencyId: string;
  readonly role: Role;
}

/** Someone acting: a signed-in account with its live grants, or the system itself (demo load, CLI setup). */
export type Actor =
  | {
      readonly kind: 'account';
      readonly accountId: string;
      /** The account's home agency (account.agency_id). */
      readonly agencyId: string;
      readonly grants: readonly RoleGrantOfActor[];
      /** Client address of the request, recorded in audit events. */
      readonly ip?: string | null;
    }
  | { readonly kind: 'system' };

export const SYSTEM_ACTOR: Actor = { kind: 'system' };

/** The account id to record in audit events and `granted_by` columns; null for the system. */
export function actorAccountId(actor: Actor): string | null {
  return actor.kind === 'account' ? actor.accountId : null;
}

/**
 * May `actor` do `action` on records of `agencyId`? `ancestry` lists the agency's ancestors (parent,
 * grandparent, …, any order); a subtree grant on any of them reaches the agency.
 */
export function can(actor: Actor, action: Action, agencyId: string, ancestry: readonly string[]): boolean {
  if (actor.kind === 'system') return true;
  const rule: Partial<Record<Role, Reach>> = PERMISSIONS[action];
  return actor.grants.some((grant) => {
    const reach = rule[grant.role];
    if (reach === undefined) return false;
    if (grant.agencyId === agencyId) return true;
    return reach === 'subtree' && ancestry.includes(grant.agencyId);
  });
}

/** Agencies where the actor may do `action` (directly; subtree reach is for the caller to expand). */
export function grantRootsFor(actor: Actor, action: Action): Array<{ agencyId: string; reach: Reach }> {
  if (actor.kind === 'system') return [];
  const rule: Partial<Record<Role, Reach>> = PERMISSIONS[action];
  const roots: Array<{ agencyId: string; reach: Reach }> = [];
  for (const grant of actor.grants) {
    const reach = rule[grant.role];
    if (reach !== undefined) roots.push({ agencyId: grant.agencyId, reach });
  }
  return roots;
}

const ACTION_LABELS: Record<Action, string> = {
  'agency.read': '查看本单位信息',
  'agency.manage': '管理单位设置',
  'account.manage': '管理用户账号',
  'audit.read': '查看操作日志',
  'catalogue.draft': '起草主动公开信息',
  'catalogue.review': '审核主动公开信息',
  'catalogue.approve': '批准发布主动公开信息',
  'application.register': '登记政府信息公开申请',
  'application.handle': '办理政府信息公开申请',
  'application.approve_extension': '批准延长答复期限',
  'application.read_personal_data': '查看申请人个人信息',
  'annual_report.edit': '编制年度报告',
  'annual_report.approve': '审定年度报告',
  'appeal.record': '登记行政复议、行政诉讼案件',
  'appeal.read': '查看行政复议、行政诉讼案件',
  'oversight.read': '查看监督汇总',
  'oversight.review': '审阅年度报告、核查已公布年报',
  'calendar.manage': '修改节假日安排',
};

export function actionLabel(action: Action): string {
  return ACTION_LABELS[action];
}
