// What the staff home shows an actor: every registered panel its roles reach on the current agency,
// asked all at once (each panel is one round trip, so the page waits for the slowest, not their sum),
// shown in registry order with each panel's lines overdue first.
import type { NavigationRole } from '../../platform/navigation.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { linesByUrgency, type WorkbenchPanel, type WorkbenchPanelView } from '../../platform/workbench.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { workbenchPanels } from './workbench.panels.ts';

export interface ShownPanel extends WorkbenchPanelView {
  readonly id: string;
}

export async function workbenchFor(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  roles: ReadonlySet<NavigationRole>,
  panels: readonly WorkbenchPanel[] = workbenchPanels,
): Promise<ShownPanel[]> {
  const reached = panels.filter((p) => p.roles.some((role) => roles.has(role))).toSorted((a, b) => a.order - b.order);
  // Each provider authorizes in its own service; a panel the actor may not see answers null.
  const views = await Promise.all(reached.map((p) => p.load({ context: ctx, actor, agencyId, roles })));
  return reached.flatMap((p, i) => {
    const view = views[i];
    return view ? [{ ...view, id: p.id, lines: linesByUrgency(view.lines) }] : [];
  });
}
