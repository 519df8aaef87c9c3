// The staff home (工作台, /admin) lists each person's work. The platform only defines what a panel is;
// each feature writes its own provider (`<feature>.workbench.ts`) and adds ONE line to the registry in
// src/features/workbench/workbench.panels.ts, the way menu entries are added to navigation.ts. The
// platform never imports a feature's panel.
import type { Actor } from '../features/accounts/domain/policy.ts';
import type { NavigationRole } from './navigation.ts';
import type { ServiceContext } from './service-context.ts';

/** How urgent a line is: overdue lines come first and are marked, then due soon, then the rest. */
export type WorkbenchUrgency = 'overdue' | 'due_soon' | 'waiting';

/** One piece of work: a case, an item, a report, each linking to where it is done. */
export interface WorkbenchEntry {
  readonly label: string;
  readonly href: string;
  /** What to know at a glance: the deadline, "已逾期 3 个工作日", the status. */
  readonly detail?: string;
}

/** A kind of work with its count (e.g. 已逾期的申请 2), the first few entries and the full list's address. */
export interface WorkbenchLine {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly urgency: WorkbenchUrgency;
  /** The list all of them are in (the count may exceed the entries shown). */
  readonly href?: string;
  readonly entries: readonly WorkbenchEntry[];
}

export interface WorkbenchPanelView {
  readonly title: string;
  /** The feature's own page (e.g. /admin/applications). */
  readonly href: string;
  /** Every kind of work the role has, with its count — a line with 0 says there is none. */
  readonly lines: readonly WorkbenchLine[];
  /** One sentence under the title, e.g. a summary for the supervisor. */
  readonly note?: string;
}

export interface WorkbenchPanelInput {
  /** The app's service context; the provider builds what else it needs (calendar, settings). */
  readonly context: ServiceContext;
  /** Acting for the current agency (actor.agencyId). */
  readonly actor: Actor;
  readonly agencyId: string;
  /** The roles on the current agency, as the menu knows them. */
  readonly roles: ReadonlySet<NavigationRole>;
}

export interface WorkbenchPanel {
  readonly id: string;
  /** Smaller first; features pick a number in their hundred, as in the menu. */
  readonly order: number;
  /** The panel is asked for only when the user holds one of these roles on the current agency. */
  readonly roles: readonly NavigationRole[];
  /**
   * The actor's work in the current agency, authorized by the feature's own service (scoped by agency).
   * One round trip: the provider sends its reads together (with the permission check) rather than in a
   * row. null when there is nothing this actor may see here.
   */
  load(input: WorkbenchPanelInput): Promise<WorkbenchPanelView | null>;
}

/**
 * Lines in the order a person should work through them: overdue first, then due soon, then the rest,
 * and lines with nothing in them last (in the order the feature gave, toSorted being stable).
 */
export function linesByUrgency(lines: readonly WorkbenchLine[]): WorkbenchLine[] {
  const rank: Record<WorkbenchUrgency, number> = { overdue: 0, due_soon: 1, waiting: 2 };
  const rankOf = (line: WorkbenchLine) => (line.count === 0 ? 3 : rank[line.urgency]);
  return lines.toSorted((a, b) => rankOf(a) - rankOf(b));
}
