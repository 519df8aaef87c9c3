// Two versions side by side: changed metadata fields, then the body line by line.
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { compareVersions } from '../catalogue.service.ts';
import { FIELD_LABELS, type SnapshotField } from '../domain/item.ts';
import { staffBase, staffItem } from './paths.ts';

type Comparison = Awaited<ReturnType<typeof compareVersions>>;

export function ComparePage({ itemId, title, c }: { readonly itemId: string; readonly title: string; readonly c: Comparison }) {
  return (
    <StaffShell title={`版本比较：${title}`} navId="catalogue" breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: title, href: staffItem(itemId) }, { label: '版本比较' }]}>
      <h1>
        第 {c.from.version} 版 与 第 {c.to.version} 版 比较
      </h1>
      <h2>基本信息</h2>
      {c.fields.length === 0 ? (
        <p>基本信息没有变化。</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col">第 {c.from.version} 版</th>
                <th scope="col">第 {c.to.version} 版</th>
              </tr>
            </thead>
            <tbody>
              {c.fields.map((f) => (
                <tr>
                  <th scope="row">{FIELD_LABELS[f.field as SnapshotField] ?? f.field}</th>
                  <td>
                    <del>{f.before}</del>
                  </td>
                  <td>
                    <ins>{f.after}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>正文</h2>
      <div class="diff" aria-label="正文差异（删去的行标为“删”，新增的行标为“增”）">
        {c.body.map((l) =>
          l.op === 'same' ? (
            <p>{l.text}</p>
          ) : l.op === 'removed' ? (
            <p>
              <span class="visually-hidden">删：</span>
              <del>{l.text}</del>
            </p>
          ) : (
            <p>
              <span class="visually-hidden">增：</span>
              <ins>{l.text}</ins>
            </p>
          ),
        )}
      </div>
    </StaffShell>
  );
}
