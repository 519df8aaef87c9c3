// What the public portal reads. Only public facts: the live agencies and their contact details
// (条例第十二条 — the 指南 must give the disclosure office's address, hours and phone; 第二十四条 — the
// unified platform). No permission check: every visitor may read these.
import { NotFoundError } from '../../platform/errors.ts';
import { uncachedReads, type PublicReads } from '../../platform/page-cache/generation-memo.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findAgencyByCode } from '../agencies/agencies.repository.ts';
import { listPublicAgencies, type AgencyInTree } from '../agencies/agencies.service.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import type { AgencyLevel } from '../agencies/agencies.tables.ts';

export interface PortalDirectory {
  /** The page heading: the root government's name when the installation has one root. */
  readonly heading: string;
  readonly groups: ReadonlyArray<{ readonly title: string; readonly agencies: readonly Agency[] }>;
}

const GROUPS: ReadonlyArray<{ title: string; levels: readonly AgencyLevel[] }> = [
  { title: '人民政府', levels: ['province_government', 'prefecture_government', 'county_government'] },
  { title: '政府部门', levels: ['provincial_department', 'prefecture_department', 'county_department', 'disclosure_office'] },
  { title: '乡镇（街道）', levels: ['township', 'subdistrict'] },
];

/**
 * The agency directory of the home page, grouped by kind, in tree order within each group. `reads`
 * keeps it for a publication generation (agency changes bump it).
 */
export async function loadDirectory(ctx: ServiceContext, reads: PublicReads = uncachedReads): Promise<PortalDirectory> {
  return reads.memo('portal:directory', () => readDirectory(ctx));
}

async function readDirectory(ctx: ServiceContext): Promise<PortalDirectory> {
  const agencies: AgencyInTree[] = await listPublicAgencies(ctx);
  const roots = agencies.filter((agency) => agency.depth === 0);
  const heading = roots.length === 1 && roots[0] ? `${roots[0].name}政府信息公开` : '政府信息公开';
  return {
    heading,
    groups: GROUPS.map((group) => ({ title: group.title, agencies: agencies.filter((agency) => group.levels.includes(agency.level)) })),
  };
}

/** A live agency by its code, for its 专栏; archived or unknown codes are “not found”. */
export async function loadPublicAgency(ctx: ServiceContext, code: string, reads: PublicReads = uncachedReads): Promise<Agency> {
  const agency = await reads.memo(`agency:code:${code}`, async () => (await findAgencyByCode(ctx.db, code)) ?? null);
  if (!agency || agency.archivedAt !== null) throw new NotFoundError('没有找到这个机关的政府信息公开专栏，它可能已撤销或网址有误。');
  return agency;
}
