// One item for staff: metadata, deadline, scanner hits in context, review actions, history,
// versions, attachments, 解读 links and release channels.
import { PostForm } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import type { getItemDetail } from '../catalogue.service.ts';
import { CHANNEL_KINDS } from '../catalogue.tables.ts';
import { AUDIENCES, DISCLOSURE_MODES, VALIDITY, categoryLabel } from '../domain/categories.ts';
import { HIT_KIND_LABELS } from '../domain/personal-data-scanner.ts';
import { ITEM_STATUSES, WORKFLOW_EVENTS, type WorkflowEvent } from '../domain/workflow.ts';
import { publicItem, staffBase, staffCompare, staffEdit, staffItem } from './paths.ts';
import { StatusTag, TimingTag } from './StatusTag.tsx';

type Detail = Awaited<ReturnType<typeof getItemDetail>>;

const RESOLUTION_LABELS = { open: '待处理', redacted: '已删除（遮盖）', accepted: '保留' } as const;

function locationLabel(location: string, attachments: Detail['attachments']): string {
  if (location === 'title') return '标题';
  if (location === 'summary') return '内容概述';
  if (location === 'body') return '正文';
  const att = attachments.find((a) => `attachment:${a.id}` === location);
  return att ? `附件“${att.file_name}”` : '附件（已删除）';
}

/** Where the item sits in the agency's 公开事项标准目录 (国办发〔2019〕54号), and the rows it may be filed under. */
export interface ItemFiling {
  readonly current: string | null;
  readonly rows: ReadonlyArray<{ readonly id: string; readonly label: string }>;
  readonly canFile: boolean;
}

/**
 * What the person looking may do with one open hit, by role (条例第十五条): the drafter deletes it or asks to
 * keep it with a reason; the reviewer keeps it (accepting the drafter's reason or giving one) — or returns
 * the item so the drafter deletes it.
 */
function HitChoices({ d, hit }: { readonly d: Detail; readonly hit: Detail['hits'][number] }) {
  if (hit.resolution !== 'open') {
    return (
      <>
        {RESOLUTION_LABELS[hit.resolution]}
        {hit.reason ? `：${hit.reason}` : ''}
      </>
    );
  }
  const action = `${staffItem(d.item.id)}/hits/${hit.id}`;
  const proposed = hit.reason;
  const inAttachment = hit.location.startsWith('attachment:');
  return (
    <>
      {proposed ? <p class="hit-proposal">经办人申请保留，理由：{proposed}{d.canReviewHits ? '' : '（待审核人决定）'}</p> : <p class="hit-open">待处理</p>}
      {d.canEdit && !inAttachment ? (
        <PostForm action={action} class="inline-form">
          <input type="hidden" name="action" value="redact" />
          <button type="submit" class="button-secondary">
            删除（遮盖为 {hit.masked}）
          </button>
        </PostForm>
      ) : null}
      {d.canEdit && inAttachment && !d.canReviewHits ? <p class="hint">附件中的个人信息请在原文件中删除后重新上传该附件。</p> : null}
      {d.canReviewHits ? (
        <PostForm action={action} class="hit-keep-form">
          <input type="hidden" name="action" value="accept" />
          <label for={`reason-${hit.id}`}>保留理由</label>
          <input id={`reason-${hit.id}`} name="reason" required value={proposed ?? ''} />
          <button type="submit" class="button-secondary">
            {proposed ? '同意保留' : '保留'}
          </button>
          {!d.canEdit ? <p class="hint">不同意保留：请在下方“退回修改”，由经办人删除。</p> : null}
        </PostForm>
      ) : d.canEdit ? (
        <PostForm action={action} class="hit-keep-form">
          <input type="hidden" name="action" value="propose_keep" />
          <label for={`reason-${hit.id}`}>申请保留的理由</label>
          <input id={`reason-${hit.id}`} name="reason" required value={proposed ?? ''} />
          <button type="submit" class="button-secondary">
            {proposed ? '修改理由' : '申请保留（由审核人决定）'}
          </button>
        </PostForm>
      ) : null}
    </>
  );
}

export function ItemDetailPage({ d, formError, filing }: { readonly d: Detail; readonly formError?: string; readonly filing?: ItemFiling }) {
  const { item, agency } = d;
  const openHits = d.hits.filter((h) => h.resolution === 'open').length;
  const unanswered = d.hits.filter((h) => h.resolution === 'open' && !h.reason).length;
  const lastReturn = [...d.steps].reverse().find((s) => s.event === 'return');
  return (
    <StaffShell title={item.title} navId="catalogue" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '主动公开', href: staffBase }, { label: item.title }]}>
      <h1>{item.title}</h1>
      {formError ? (
        <div class="error-summary" role="alert">
          <h2>操作未完成</h2>
          <p>{formError}</p>
        </div>
      ) : null}
      {lastReturn && item.status === 'returned' ? (
        // The reviewer's 修改意见 where the drafter starts, not only in the history at the bottom.
        <div class="notice notice-warning return-comment" role="note">
          <strong>
            {lastReturn.actor_name} 于 {formatBeijingTime(lastReturn.occurred_at)} 退回修改{lastReturn.level_title ? `（${lastReturn.level_title}）` : ''}，意见：
          </strong>
          <p>{lastReturn.comment}</p>
        </div>
      ) : null}
      <p>
        <StatusTag status={item.status} />
        {item.status === 'approval' ? `（第 ${item.approvalLevel + 1} 级：${d.settings.approvalChain[item.approvalLevel]?.title ?? ''}）` : ''} <TimingTag timing={d.timing} /> 第 {item.version} 版
        {item.publishedVersion !== null && item.status !== 'withdrawn' ? (
          <>
            {' '}
            · <a href={publicItem(agency.code, item.id)}>查看公开页面</a>
          </>
        ) : null}
      </p>
      <dl class="details-list">
        <dt>索引号</dt>
        <dd>{item.indexNo ?? '（发布时生成）'}</dd>
        <dt>发布机构</dt>
        <dd>{item.publisher}</dd>
        <dt>成文日期</dt>
        <dd>{item.writtenOn}</dd>
        <dt>发布日期</dt>
        <dd>{item.publishedOn ?? '未发布'}</dd>
        <dt>文号</dt>
        <dd>{item.documentNo ?? '无'}</dd>
        <dt>信息分类</dt>
        <dd>{categoryLabel(item.category, d.settings.columns.find((c) => c.id === item.category)?.label)}</dd>
        <dt>主题分类</dt>
        <dd>{item.topicCategory}</dd>
        <dt>公开属性 / 公开对象</dt>
        <dd>
          {DISCLOSURE_MODES[item.disclosureMode]} / {AUDIENCES[item.audience]}
        </dd>
        <dt>有效性</dt>
        <dd>{item.validity ? VALIDITY[item.validity] : '—'}</dd>
        <dt>内容概述</dt>
        <dd>{item.summary}</dd>
      </dl>
      {item.withdrawnReason ? <p class="notice notice-warning">已于 {item.withdrawnOn} 撤回，理由：{item.withdrawnReason}</p> : null}
      {d.canEdit ? (
        <p class="actions">
          <a class="button-secondary" href={staffEdit(item.id)}>
            修改
          </a>
        </p>
      ) : null}

      <section aria-labelledby="h-body">
        <h2 id="h-body">正文</h2>
        <div class="item-body">
          {item.body.split(/\r?\n/).map((line) => (
            <p>{line}</p>
          ))}
        </div>
      </section>

      <section aria-labelledby="h-hits">
        <h2 id="h-hits">个人信息和敏感词检查{openHits > 0 ? `（${openHits} 处待处理）` : ''}</h2>
        <p class="hint">条例第十五条：涉及个人隐私的信息不得公开（权利人同意或公共利益需要的除外）。经办人逐条删除，或写明理由申请保留后，才能提交审查；是否保留由审核人决定，全部处理后才能通过保密审查。</p>
        {d.hits.length === 0 ? (
          <p>未发现身份证号、银行卡号、手机号码或敏感词。</p>
        ) : (
          <div class="table-scroll">
            <table class="cards-on-phone">
              <thead>
                <tr>
                  <th scope="col">位置</th>
                  <th scope="col">类型</th>
                  <th scope="col">上下文</th>
                  <th scope="col">处理</th>
                </tr>
              </thead>
              <tbody>
                {d.hits.map((h) => (
                  <tr>
                    <td class="nowrap" data-label="位置">{locationLabel(h.location, d.attachments)}</td>
                    <td class="nowrap" data-label="类型">{HIT_KIND_LABELS[h.kind]}</td>
                    <td data-label="上下文">
                      …{h.before_text}
                      <mark>{h.masked}</mark>
                      {h.after_text}…
                    </td>
                    <td data-label="处理">
                      <HitChoices d={d} hit={h} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="h-review">
        <h2 id="h-review">审查与审批</h2>
        <p class="hint">
          审批链：保密审查 → {d.settings.approvalChain.map((l) => l.title).join(' → ')} → 发布（条例第十七条）
        </p>
        {unanswered > 0 && d.nextEvents.includes('submit') ? (
          <p class="notice notice-warning">
            还有 {unanswered} 处疑似个人信息未处理，<a href="#h-hits">请先在上方逐条删除或申请保留</a>，再提交审查。
          </p>
        ) : null}
        {d.nextEvents.length > 0 ? (
          <PostForm action={`${staffItem(item.id)}/workflow`} aria-label="审查操作">
            <div class="field">
              <label for="field-comment">意见或理由</label>
              <textarea id="field-comment" name="comment" rows={3}></textarea>
              <p class="hint">退回须写明修改意见，撤回须写明理由。</p>
            </div>
            <div class="actions">
              {d.nextEvents.map((e: WorkflowEvent) => (
                <button type="submit" name="event" value={e} class={e === 'return' || e === 'withdraw' ? 'button-secondary' : 'button'}>
                  {WORKFLOW_EVENTS[e]}
                </button>
              ))}
            </div>
          </PostForm>
        ) : (
          <p>当前没有您可以执行的审查操作。</p>
        )}
        {d.steps.length > 0 ? (
          <div class="table-scroll">
            <table>
              <caption>办理记录</caption>
              <thead>
                <tr>
                  <th scope="col">时间</th>
                  <th scope="col">人员</th>
                  <th scope="col">操作</th>
                  <th scope="col">环节</th>
                  <th scope="col">意见</th>
                </tr>
              </thead>
              <tbody>
                {d.steps.map((s) => (
                  <tr>
                    <td class="nowrap">{formatBeijingTime(s.occurred_at)}</td>
                    <td class="nowrap">{s.actor_name}</td>
                    <td>
                      {WORKFLOW_EVENTS[s.event as WorkflowEvent] ?? s.event}（{ITEM_STATUSES[s.from_status as keyof typeof ITEM_STATUSES] ?? s.from_status} → {ITEM_STATUSES[s.to_status as keyof typeof ITEM_STATUSES] ?? s.to_status}）
                    </td>
                    <td>{s.level_title ?? ''}</td>
                    <td>{s.comment ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="h-versions">
        <h2 id="h-versions">版本</h2>
        <ul>
          {d.versions.map((v, i) => (
            <li>
              第 {v.version} 版 · {formatBeijingTime(v.createdAt)}
              {v.note ? `（${v.note}）` : ''}
              {item.publishedVersion === v.version ? ' · 公开中' : ''}
              {i > 0 ? (
                <>
                  {' '}
                  · <a href={staffCompare(item.id, d.versions[i - 1]!.version, v.version)}>与上一版比较</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-attachments">
        <h2 id="h-attachments">附件</h2>
        {d.attachments.length === 0 ? <p>没有附件。</p> : null}
        <ul>
          {d.attachments.map((a) => (
            <li>
              <a href={`${staffItem(item.id)}/attachments/${a.id}`}>{a.file_name}</a>（{Math.ceil(a.size_bytes / 1024)} KB）
              {d.canEdit ? (
                <PostForm action={`${staffItem(item.id)}/attachments/${a.id}/remove`} class="inline-form">
                  <button type="submit" class="button-secondary">
                    删除
                  </button>
                </PostForm>
              ) : null}
            </li>
          ))}
        </ul>
        {d.canEdit ? (
          <PostForm action={`${staffItem(item.id)}/attachments`} multipart aria-label="上传附件">
            <div class="field">
              <label for="field-file">上传附件</label>
              <p class="hint">PDF、Word（.docx）或图片（PNG、JPEG），每个不超过 20 MB。文字会被提取用于检索和个人信息检查。</p>
              <input id="field-file" type="file" name="file" accept=".pdf,.docx,.png,.jpg,.jpeg" />
            </div>
            <button type="submit" class="button-secondary">
              上传
            </button>
          </PostForm>
        ) : null}
      </section>

      <section aria-labelledby="h-links">
        <h2 id="h-links">政策解读</h2>
        {d.links.length === 0 ? <p>未关联政策解读。</p> : null}
        <ul>
          {d.links.map((l) => (
            <li>
              {l.relation === 'interpretation' ? '解读：' : '所解读的政策：'}
              <a href={staffItem(l.id)}>{l.title}</a>
            </li>
          ))}
        </ul>
        <PostForm action={`${staffItem(item.id)}/links`} aria-label="关联解读">
          <div class="field">
            <label for="field-interpretation">关联本单位的解读（填写解读信息的编号，即其网址最后一段）</label>
            <input id="field-interpretation" name="interpretationItemId" />
          </div>
          <button type="submit" class="button-secondary">
            关联
          </button>
        </PostForm>
      </section>

      <section aria-labelledby="h-channels">
        <h2 id="h-channels">发布渠道</h2>
        <p class="hint">条例第二十三条：同一信息可通过政府网站、政务新媒体、公告栏等多个渠道发布，各自登记发布日期。</p>
        <ul>
          {d.publications.map((p) => (
            <li>
              {p.name}（{CHANNEL_KINDS[p.kind as keyof typeof CHANNEL_KINDS] ?? p.kind}）：{p.publishedOn}
            </li>
          ))}
        </ul>
        {item.publishedVersion !== null && d.channels.length > 0 ? (
          <PostForm action={`${staffItem(item.id)}/publications`} aria-label="登记发布渠道" class="filters">
            <div class="field">
              <label for="field-channelId">渠道</label>
              <select id="field-channelId" name="channelId">
                {d.channels.map((c) => (
                  <option value={c.id}>{c.name}</option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="field-publishedOn">发布日期</label>
              <input id="field-publishedOn" name="publishedOn" type="date" />
            </div>
            <button type="submit" class="button-secondary">
              登记
            </button>
          </PostForm>
        ) : null}
      </section>

      {filing ? (
        <section aria-labelledby="h-standard">
          <h2 id="h-standard">公开事项标准目录</h2>
          <p>
            归入：{filing.rows.find((r) => r.id === filing.current)?.label ?? '未归入'}
            {filing.rows.length === 0 ? (
              <>
                。本单位尚未编制<a href={`${staffBase}/standard`}>公开事项标准目录</a>。
              </>
            ) : null}
          </p>
          {filing.canFile && filing.rows.length > 0 ? (
            <PostForm action={`${staffItem(item.id)}/standard-row`} aria-label="归入标准目录事项" class="filters">
              <div class="field">
                <label for="field-rowId">二级事项</label>
                <select id="field-rowId" name="rowId">
                  <option value="">（不归入）</option>
                  {filing.rows.map((r) => (
                    <option value={r.id} selected={r.id === filing.current}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="button-secondary">
                保存
              </button>
            </PostForm>
          ) : null}
        </section>
      ) : null}
    </StaffShell>
  );
}
