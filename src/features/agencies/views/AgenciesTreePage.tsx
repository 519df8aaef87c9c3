// 机关管理: the agencies the user may see, as a tree (nested lists keep the hierarchy for screen readers).
import type { AgencyInTree } from '../agencies.service.ts';
import { AGENCY_LEVEL_LABELS } from '../domain/agency.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { agencyPath } from '../../portal/portal.paths.ts';

interface TreeNode {
  readonly agency: AgencyInTree;
  readonly children: TreeNode[];
}

/** Rebuilds the nesting from tree order (parents first): a node's parent is the nearest shallower node before it. */
export function nestAgencies(agencies: readonly AgencyInTree[]): TreeNode[] {
  const roots: TreeNode[] = [];
  const byId = new Map<string, TreeNode>();
  for (const agency of agencies) {
    const node: TreeNode = { agency, children: [] };
    byId.set(agency.id, node);
    const parent = agency.parentId ? byId.get(agency.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function Branch({ nodes }: { readonly nodes: readonly TreeNode[] }) {
  return (
    <ul class="tree">
      {nodes.map(({ agency, children }) => (
        <li>
          <a href={`/admin/agencies/${agency.id}`}>{agency.name}</a>
          <span class="hint">
            {' '}
            （{AGENCY_LEVEL_LABELS[agency.level]}，代码 {agency.code}）
          </span>{' '}
          <a href={agencyPath(agency.code)} class="hint">
            查看专栏
          </a>
          {children.length > 0 ? <Branch nodes={children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function AgenciesTreePage({ agencies, canCreate }: { readonly agencies: readonly AgencyInTree[]; readonly canCreate: boolean }) {
  return (
    <StaffShell title="机关管理" navId="agencies" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '机关管理' }]}>
      <h1>机关管理</h1>
      <p>点击机关名称可修改其联系方式（公开指南中的办公地址、办公时间、联系电话等）。</p>
      {canCreate ? (
        <p class="actions">
          <a class="button" href="/admin/agencies/new">
            新建下级机关
          </a>
        </p>
      ) : null}
      {agencies.length === 0 ? <EmptyState>您可以查看的机关为空。</EmptyState> : <Branch nodes={nestAgencies(agencies)} />}
    </StaffShell>
  );
}
