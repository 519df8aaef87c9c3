// The contract between the demo loader and features that add their own demo records.
import type { Actor } from '../accounts/domain/policy.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { DemoAccountKey, DemoAgencyKey } from './demo-data.ts';

export interface DemoCounty {
  readonly agencies: Readonly<Record<DemoAgencyKey, Agency>>;
  /** Actors of the demo accounts (clerk, reviewer, leader, admin of 土门关乡; supervisor; county admin). */
  readonly actors: Readonly<Record<DemoAccountKey, Actor & { kind: 'account' }>>;
}

export type DemoHook = (ctx: ServiceContext, county: DemoCounty) => Promise<void>;
