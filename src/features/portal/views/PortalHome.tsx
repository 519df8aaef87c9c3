// The county home (首页): the agency directory — every agency's 政府信息公开专栏, grouped as visitors
// look for them (the government, its departments, the townships and subdistricts).
import type { Agency } from '../../agencies/domain/agency.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import { agencyPath } from '../portal.paths.ts';

export interface DirectoryGroup {
  readonly title: string;
  readonly agencies: readonly Agency[];
}

export interface PortalHomeProps {
  readonly heading: string;
  readonly groups: readonly DirectoryGroup[];
}

export function PortalHome({ heading, groups }: PortalHomeProps) {
  const nonEmpty = groups.filter((group) => group.agencies.length > 0);
  return (
    <PublicShell title="首页">
      <h1>{heading}</h1>
      <p>选择一个机关，进入其政府信息公开专栏，查阅政府信息公开指南、公开制度、法定主动公开内容和年度报告。</p>
      {nonEmpty.length === 0 ? (
        <EmptyState>尚未设置任何机关。管理员登录后可在“机关管理”中添加。</EmptyState>
      ) : (
        nonEmpty.map((group, index) => (
          <section class="agency-group" aria-labelledby={`group-${index}`}>
            <h2 id={`group-${index}`}>{group.title}</h2>
            <ul class="agency-directory">
              {group.agencies.map((agency) => (
                <li>
                  <a href={agencyPath(agency.code)}>{agency.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </PublicShell>
  );
}
