// The two navigation registries: the staff menu (/admin, by role) and the sub-columns of each agency's
// 政府信息公开专栏 (/gk/<agency code>/). One line per feature: add your entry, never reorder others'.
//
// 国办公开办函〔2019〕61号：专栏名称统一为“政府信息公开”，一级子栏目为 政府信息公开指南、政府信息公开制度、
// 法定主动公开内容、政府信息公开年报（spec active-disclosure.md §4.3，README U11）。
import type { ComponentChildren } from 'preact';
import type { PublicReads } from './page-cache/generation-memo.ts';
import { renderGuideColumn, renderRulesColumn, renderStatutoryColumn } from '../features/catalogue/catalogue.columns.tsx';
import { renderAnnualReportsColumn } from '../features/annual-reports/annual-reports.columns.tsx';

/** Roles as the staff menu knows them (docs/glossary.md): per-agency roles plus the supervisor (政务公开办). */
export type NavigationRole = 'clerk' | 'reviewer' | 'leader' | 'admin' | 'supervisor';

export const allStaffRoles: readonly NavigationRole[] = ['clerk', 'reviewer', 'leader', 'admin', 'supervisor'];

export interface StaffNavigationEntry {
  /** Stable id, also used to mark the current entry (`aria-current`). */
  readonly id: string;
  /** Chinese label shown in the menu. */
  readonly label: string;
  readonly href: string;
  /** The entry is shown to a user holding any of these roles on the current agency. */
  readonly roles: readonly NavigationRole[];
  /** Smaller first; features pick a number in their hundred (catalogue 200, applications 300, …). */
  readonly order: number;
}

export const staffNavigation: readonly StaffNavigationEntry[] = [
  { id: 'home', label: '工作台', href: '/admin', roles: allStaffRoles, order: 0 },
  { id: 'catalogue', label: '主动公开', href: '/admin/catalogue', roles: ['clerk', 'reviewer', 'leader', 'supervisor'], order: 200 },
  { id: 'catalogue-settings', label: '主动公开设置', href: '/admin/catalogue/settings', roles: ['admin'], order: 210 },
  { id: 'applications', label: '依申请公开', href: '/admin/applications', roles: allStaffRoles, order: 300 },
  { id: 'appeals', label: '复议诉讼', href: '/admin/appeals', roles: ['clerk', 'reviewer', 'leader', 'supervisor'], order: 400 },
  { id: 'annual-reports', label: '年度报告', href: '/admin/annual-reports', roles: ['clerk', 'reviewer', 'leader', 'supervisor'], order: 500 },
  { id: 'oversight', label: '监督汇总', href: '/admin/oversight', roles: ['supervisor'], order: 600 },
  { id: 'agencies', label: '机关管理', href: '/admin/agencies', roles: ['admin', 'supervisor'], order: 800 },
  { id: 'accounts', label: '用户与授权', href: '/admin/accounts', roles: ['admin'], order: 810 },
  { id: 'audit', label: '操作日志', href: '/admin/audit', roles: ['admin', 'leader', 'supervisor'], order: 820 },
  { id: 'calendar', label: '节假日安排', href: '/admin/calendar', roles: allStaffRoles, order: 830 },
  { id: 'password', label: '修改密码', href: '/account/password', roles: allStaffRoles, order: 900 },
];

/** What a portal column's renderer receives: the agency whose 专栏 is shown and the query string. */
export interface PortalColumnInput {
  readonly agency: { readonly id: string; readonly code: string; readonly name: string };
  readonly query: Readonly<Record<string, string | undefined>>;
  /** The service context of the app (core's `ServiceContext`); typed by the feature that reads it. */
  readonly context: unknown;
  /** Public facts kept for the current publication generation (page-cache/generation-memo.ts). */
  readonly reads: PublicReads;
}

export interface PortalColumn {
  /** The sub-column id of spec active-disclosure.md §4.3. */
  readonly id: 'guide' | 'rules' | 'statutory_content' | 'annual_reports';
  readonly label: string;
  /** URL segment under /gk/<agency code>/. */
  readonly slug: string;
  /** One sentence shown on the 专栏 home under the column name. */
  readonly summary: string;
  /**
   * The feature that fills the column sets this (one line). Returning null or leaving it unset shows
   * the empty state “暂无内容”.
   */
  readonly render?: (input: PortalColumnInput) => Promise<ComponentChildren | null>;
  /**
   * The rendered column may be kept until the next publication generation: set only when every change
   * to what the column shows bumps it (page-cache/publication-generation.ts) in the same transaction.
   */
  readonly cachedByGeneration?: boolean;
  /** Pages a feature serves under the column (URL segment under /gk/<agency code>/), listed beside it in the 专栏 navigation. */
  readonly pages?: ReadonlyArray<{ readonly label: string; readonly slug: string }>;
}

export const portalColumns: readonly PortalColumn[] = [
  { id: 'guide', label: '政府信息公开指南', slug: 'guide', summary: '如何获取政府信息、公开工作机构及联系方式、申请办法。', render: (input) => renderGuideColumn(input), cachedByGeneration: true },
  { id: 'rules', label: '政府信息公开制度', slug: 'rules', summary: '政府信息公开法律法规及本机关的公开工作制度。', render: (input) => renderRulesColumn(input), cachedByGeneration: true },
  {
    id: 'statutory_content',
    label: '法定主动公开内容',
    slug: 'statutory-content',
    summary: '依照条例第二十条、第二十一条应当主动公开的政府信息。',
    render: (input) => renderStatutoryColumn(input),
    cachedByGeneration: true,
    // 国办发〔2019〕54号: the 公开事项标准目录 of the agency (catalogue feature).
    pages: [{ label: '公开事项标准目录', slug: 'standard-catalogue' }],
  },
  // Publishing an annual report bumps the generation (annual-reports.service.ts transition).
  { id: 'annual_reports', label: '政府信息公开年报', slug: 'annual-reports', summary: '历年政府信息公开工作年度报告。', render: (input) => renderAnnualReportsColumn(input), cachedByGeneration: true },
];

export function staffNavigationFor(roles: ReadonlySet<NavigationRole>): StaffNavigationEntry[] {
  return staffNavigation
    .filter((entry) => entry.roles.some((role) => roles.has(role)))
    .toSorted((a, b) => a.order - b.order);
}

export function portalColumnBySlug(slug: string): PortalColumn | undefined {
  return portalColumns.find((column) => column.slug === slug);
}
