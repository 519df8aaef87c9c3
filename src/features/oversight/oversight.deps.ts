// What the oversight services need besides the ServiceContext: the applications' dependencies (the
// working-day calendar the reply clock runs on — one instance, so its clock cache lasts) and the data folder.
import type { Database } from '../../db/database.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { dataDirOf } from '../../platform/data-dir.ts';
import { applicationsDeps } from '../applications/applications.deps.ts';
import type { ApplicationsDeps } from '../applications/applications.service.ts';

export interface OversightDeps {
  readonly ctx: ServiceContext;
  readonly applications: ApplicationsDeps;
  /** Uploaded report files of the bulk audit go to <dataDir>/files/report-audit/. */
  readonly dataDir: string;
}

export async function oversightDeps(ctx: ServiceContext, database: Database): Promise<OversightDeps> {
  return { ctx, applications: await applicationsDeps(ctx, database), dataDir: dataDirOf(database) };
}
