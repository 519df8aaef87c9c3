// Items whose Art. 26 deadline has passed or is near (条例第五十三条 liability), for staff and supervisors.
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { listOverdue } from '../catalogue.service.ts';
import { categoryLabel } from '../domain/categories.ts';
import { staffBase, staffItem } from './paths.ts';
import { StatusTag, TimingTag } from './StatusTag.tsx';

type Row = Awaited<ReturnType<typeof listOverdue>>[number];

export function OverduePage({ rows, agencyNames }: { readonly rows: readonly Row[]; readonly agencyNames: ReadonlyMap<string, string> }) {
  return (
    <StaffShell title="超期和即将到期" navId="catalogue" breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: '超期和即将到期' }]}>
      <h1>超期和即将到期的主动公开信息</h1>
      <p class="hint">条例第二十六条：属于主动公开范围的政府信息，应当自形成或者变更之日起 20 个工作日内及时公开。即将到期指 5 个工作日内到期。</p>
      {rows.length === 0 ? (
        <EmptyState>没有超期或即将到期的信息。</EmptyState>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">标题</th>
                <th scope="col">信息分类</th>
                <th scope="col">成文日期</th>
                <th scope="col">期限</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>{agencyNames.get(r.agencyId) ?? ''}</td>
                  <td>
                    <a href={staffItem(r.id)}>{r.title}</a>
                  </td>
                  <td>{categoryLabel(r.category)}</td>
                  <td class="nowrap">{r.writtenOn}</td>
                  <td>
                    <TimingTag timing={r.timing} />
                  </td>
                  <td>
                    <StatusTag status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffShell>
  );
}
