// Addresses of the public portal, in one place so links and routes agree.
import type { PortalColumn } from '../../platform/navigation.ts';

/** An agency's 政府信息公开专栏. */
export function agencyPath(code: string): string {
  return `/gk/${encodeURIComponent(code)}/`;
}

/** One sub-column of the 专栏. */
export function columnPath(code: string, column: Pick<PortalColumn, 'slug'>): string {
  return `/gk/${encodeURIComponent(code)}/${column.slug}/`;
}

/** A page a feature serves under a sub-column (PortalColumn.pages). */
export function columnPagePath(code: string, page: { readonly slug: string }): string {
  return `/gk/${encodeURIComponent(code)}/${page.slug}`;
}
