// An item's public page: the metadata box conventional on government sites (active-disclosure.md §5),
// the text, downloadable attachments (条例第二十四条) and linked 解读.
import { PublicShell } from '../../../../platform/views/PublicShell.tsx';
import type { publicItem as loadPublicItem } from '../../catalogue.public.ts';
import { VALIDITY, categoryLabel } from '../../domain/categories.ts';
import { publicAttachment, publicItem, statutoryColumn } from '../paths.ts';

type Data = Awaited<ReturnType<typeof loadPublicItem>>;

export function PublicItemPage({ agency, data }: { readonly agency: { code: string; name: string }; readonly data: Data }) {
  const { item } = data;
  const category = categoryLabel(item.category, data.columns.find((c) => c.id === item.category)?.label);
  return (
    <PublicShell
      title={item.title}
      breadcrumbs={[
        { label: '首页', href: '/' },
        { label: agency.name, href: `/gk/${encodeURIComponent(agency.code)}/` },
        { label: '法定主动公开内容', href: statutoryColumn(agency.code) },
        { label: category, href: `${statutoryColumn(agency.code)}?category=${item.category}` },
        { label: item.title },
      ]}
    >
      {/* On a phone each label stands over its value (gongkai.css, table.metadata). */}
      <div class="table-scroll">
        <table class="metadata">
          <caption class="visually-hidden">信息属性</caption>
          <tbody>
            <tr>
              <th scope="row">索引号</th>
              <td>{item.indexNo}</td>
              <th scope="row">信息分类</th>
              <td>{category}</td>
            </tr>
            <tr>
              <th scope="row">发布机构</th>
              <td>{item.publisher}</td>
              <th scope="row">主题分类</th>
              <td>{item.topicCategory}</td>
            </tr>
            <tr>
              <th scope="row">成文日期</th>
              <td class="nowrap">{item.writtenOn}</td>
              <th scope="row">发布日期</th>
              <td class="nowrap">{item.publishedOn}</td>
            </tr>
            <tr>
              <th scope="row">文号</th>
              <td>{item.documentNo ?? ''}</td>
              <th scope="row">有效性</th>
              <td>{item.validity ? VALIDITY[item.validity] : ''}</td>
            </tr>
            <tr>
              <th scope="row">名称</th>
              <td colSpan={3}>{item.title}</td>
            </tr>
            <tr>
              <th scope="row">内容概述</th>
              <td colSpan={3}>{item.summary}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <article>
        <h1>{item.title}</h1>
        {item.body.split(/\r?\n/).map((line) => (line.trim() === '' ? null : <p>{line}</p>))}
      </article>
      {data.attachments.length > 0 ? (
        <section aria-labelledby="h-att">
          <h2 id="h-att">附件</h2>
          <ul>
            {data.attachments.map((a) => (
              <li>
                <a href={publicAttachment(agency.code, item.id, a.id)} download={a.fileName}>
                  {a.fileName}
                </a>
                （{Math.ceil(a.sizeBytes / 1024)} KB）
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.links.length > 0 ? (
        <section aria-labelledby="h-links">
          <h2 id="h-links">{data.links.some((l) => l.relation === 'interpretation') ? '相关解读' : '相关政策'}</h2>
          <ul>
            {data.links.map((l) => (
              <li>
                <a href={publicItem(agency.code, l.id)}>{l.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* 条例第四十七条第二款、第五十一条: the public may say the information is wrong or incomplete. */}
      <p class="feedback-link">
        <a href={`/gk/${encodeURIComponent(agency.code)}/complaint?item=${encodeURIComponent(item.id)}`}>内容有误或应公开未公开？向本机关反映</a>
        {' · '}
        <a href="/complaint/track">凭查询码查看意见处理结果</a>
      </p>
    </PublicShell>
  );
}
