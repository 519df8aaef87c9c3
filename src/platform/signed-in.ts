// Who is signed in, loaded once per request from the session's account id: the Actor that services
// check (core's loadActor: live grants, disabled accounts refused) plus what the staff shell shows
// (name, agencies of the grants for the switcher, roles on the current agency for the menu).
import { findAccountById } from '../features/accounts/accounts.repository.ts';
import { loadActor } from '../features/accounts/accounts.service.ts';
import type { Actor } from '../features/accounts/domain/policy.ts';
import { listAgenciesByIds } from '../features/agencies/agencies.repository.ts';
import type { NavigationRole } from './navigation.ts';
import type { ServiceContext } from './service-context.ts';
import type { ShellUser } from './views/page-context.ts';

export type AccountActor = Extract<Actor, { kind: 'account' }>;

export interface SignedIn {
  readonly actor: AccountActor;
  readonly user: ShellUser;
}

/**
 * The current agency: the one chosen in the switcher if the account still holds a grant there,
 * otherwise the home agency if it holds a grant there, otherwise the first agency of its grants.
 */
export function chooseCurrentAgency(grantAgencyIds: readonly string[], homeAgencyId: string, chosen: string | undefined): string {
  if (chosen && grantAgencyIds.includes(chosen)) return chosen;
  if (grantAgencyIds.includes(homeAgencyId) || grantAgencyIds.length === 0) return homeAgencyId;
  return grantAgencyIds[0] ?? homeAgencyId;
}

export async function loadSignedIn(
  ctx: ServiceContext,
  accountId: string,
  chosenAgencyId: string | undefined,
  ip: string | null,
): Promise<SignedIn | null> {
  const actor = await loadActor(ctx, accountId, ip);
  if (!actor || actor.kind !== 'account') return null;
  const account = await findAccountById(ctx.db, accountId);
  if (!account) return null;
  const grantAgencyIds = [...new Set(actor.grants.map((grant) => grant.agencyId))];
  const agencies = await listAgenciesByIds(ctx.db, grantAgencyIds, { includeArchived: false });
  const currentAgencyId = chooseCurrentAgency(
    agencies.map((agency) => agency.id),
    account.agencyId,
    chosenAgencyId,
  );
  const roles = new Set<NavigationRole>(actor.grants.filter((grant) => grant.agencyId === currentAgencyId).map((grant) => grant.role));
  return {
    // The actor acts for the current agency; its grants still decide what it may do anywhere.
    actor: { ...actor, agencyId: currentAgencyId },
    user: {
      displayName: account.displayName,
      username: account.username,
      roles,
      agencies: agencies.map((agency) => ({ id: agency.id, name: agency.name })),
      currentAgencyId,
      mustChangePassword: account.mustChangePassword,
    },
  };
}
