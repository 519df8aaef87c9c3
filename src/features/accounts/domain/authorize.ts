// The guard services call first: refuse with a Chinese message naming what was refused.
import { ForbiddenError } from '../../../platform/errors.ts';
import { actionLabel, can, type Action, type Actor } from './policy.ts';

export function authorize(actor: Actor, action: Action, agencyId: string, ancestry: readonly string[]): void {
  if (!can(actor, action, agencyId, ancestry)) {
    throw new ForbiddenError(`您没有在该单位“${actionLabel(action)}”的权限。如需办理，请联系本单位管理员授予相应角色。`);
  }
}
