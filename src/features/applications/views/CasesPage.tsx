// 依申请公开 staff home: overdue and due-soon cases first (derived from the reply clock), cases awaiting
// confirmation (条例第三十一条), then the searchable, paged list of all cases.
import type { ComponentChildren } from 'preact';
import type { CalendarWarning } from '../../../law/calendar.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { CalendarWarnings } from '../../calendar/views/CalendarWarnings.tsx';
import type { HomeCase, StaffHome } from '../applications.service.ts';
import type { CaseListRow } from '../applications.repository.ts';
import { applicantTypeLabels, type ApplicantType } from '../domain/applicant-types.ts';
import { outcomeLabels, type OutcomeCode } from '../domain/outcomes.ts';
import { statusLabels, type ApplicationStatus } from '../domain/workflow.ts';
import { dateText, remainingDaysText, statusOptions } from './labels.ts';

export interface CasesPageProps {
  readonly home: StaffHome;
  readonly list: { rows: CaseListRow[]; total: number; page: number; pageSize: number };
  readonly filter: { status?: string | undefined; q?: string | undefined };
  readonly canRegister: boolean;
  /** Agencies whose cases the user may read (a supervisor: the whole subtree) and the one shown. */
  readonly agencies: ReadonlyArray<{ id: string; name: string }>;
  readonly agencyId: string;
  /** Years without a loaded holiday arrangement that today's deadlines reach (issue 4 item 2). */
  readonly calendarWarnings?: readonly CalendarWarning[];
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function HomeTable({ id, title, cases, empty, children }: { id: string; title: string; cases: HomeCase[]; empty: string; children?: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title}（{cases.length}）
      </h2>
      {children}
      {cases.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">申请编号</th>
              <th scope="col">所需信息</th>
              <th scope="col">状态</th>
              <th scope="col">答复期限</th>
              <th scope="col">剩余 / 逾期</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr>
                <td>
                  <a href={`/admin/applications/${c.id}`}>{c.application_number}</a>
                </td>
                <td>{short(c.description)}</td>
                <td>{statusLabels[c.status as ApplicationStatus]}</td>
                <td>{c.dueOn ? dateText(c.dueOn) : c.status === 'awaiting_confirmation' ? `到达 ${dateText(c.arrived_on)}` : '—'}</td>
                <td class={c.workingDaysOverdue > 0 ? 'status-error' : undefined}>{remainingDaysText(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CasesPage({ home, list, filter, canRegister, agencies, agencyId, calendarWarnings = [] }: CasesPageProps) {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (agencyId) params.set('agency', agencyId);
    if (filter.status) params.set('status', filter.status);
    if (filter.q) params.set('q', filter.q);
    params.set('page', String(page));
    return `/admin/applications?${params.toString()}`;
  };
  return (
    <StaffShell title="依申请公开" navId="applications" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开' }]}>
      <h1>依申请公开{agencies.length > 1 ? `：${agencies.find((a) => a.id === agencyId)?.name ?? ''}` : ''}</h1>
      <CalendarWarnings warnings={calendarWarnings} />
      {agencies.length > 1 ? (
        <form method="get" action="/admin/applications" class="filters">
          <label for="filter-agency">查看单位</label>
          <select id="filter-agency" name="agency">
            {agencies.map((a) => (
              <option value={a.id} selected={a.id === agencyId}>
                {a.name}
              </option>
            ))}
          </select>
          <button type="submit" class="button-secondary">查看</button>
        </form>
      ) : null}
      <p>
        {canRegister ? <a class="button" href="/admin/applications/new">登记申请</a> : null}{' '}
        <a href="/admin/applications/report">本机关表三统计</a> · <a href="/admin/applications/templates">告知书模板</a> · <a href="/admin/applications/remedy-settings">救济途径设置</a>
      </p>
      <HomeTable id="overdue" title="已逾期" cases={home.overdue} empty="没有逾期未答复的申请。" />
      <HomeTable id="due-soon" title="3个工作日内到期" cases={home.dueSoon} empty="没有即将到期的申请。" />
      <HomeTable id="awaiting-confirmation" title="待确认收到" cases={home.awaitingConfirmation} empty="没有等待确认的申请。">
        <p class="hint">平常信函、网上、电子邮件、传真提交的申请须与申请人确认，确认之日为收到申请之日（条例第三十一条）。请当日联系申请人确认。</p>
      </HomeTable>
      <HomeTable id="awaiting-correction" title="等待补正" cases={home.awaitingCorrection} empty="没有等待补正的申请。" />
      <HomeTable id="on-time" title="正常办理中" cases={home.onTime} empty="没有其他办理中的申请。" />

      <section aria-labelledby="all-cases">
        <h2 id="all-cases">全部申请（{list.total}）</h2>
        <form method="get" action="/admin/applications" class="filters" role="search">
          <input type="hidden" name="agency" value={agencyId} />
          <label for="filter-status">状态</label>
          <select id="filter-status" name="status">
            <option value="">全部</option>
            {statusOptions.map((o) => (
              <option value={o.value} selected={o.value === filter.status}>
                {o.label}
              </option>
            ))}
          </select>
          <label for="filter-q">申请编号或内容</label>
          <input id="filter-q" name="q" type="search" value={filter.q ?? ''} maxLength={100} />
          <button type="submit" class="button-secondary">筛选</button>
        </form>
        <table>
          <thead>
            <tr>
              <th scope="col">申请编号</th>
              <th scope="col">申请人类型</th>
              <th scope="col">所需信息</th>
              <th scope="col">收到日期</th>
              <th scope="col">状态</th>
              <th scope="col">办理结果</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((c) => (
              <tr>
                <td>
                  <a href={`/admin/applications/${c.id}`}>{c.application_number}</a>
                  {c.repeat_of_id ? <span class="tag"> 疑似重复</span> : null}
                </td>
                <td>{applicantTypeLabels[c.applicant_type as ApplicantType]}</td>
                <td>{short(c.description)}</td>
                <td>{c.received_on ? dateText(c.received_on) : '待确认'}</td>
                <td>{statusLabels[c.status as ApplicationStatus]}</td>
                <td>{c.outcome ? outcomeLabels[c.outcome as OutcomeCode] : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {pages > 1 ? (
          <nav aria-label="分页">
            {list.page > 1 ? <a href={query(list.page - 1)}>上一页</a> : null} 第 {list.page} / {pages} 页{' '}
            {list.page < pages ? <a href={query(list.page + 1)}>下一页</a> : null}
          </nav>
        ) : null}
      </section>
    </StaffShell>
  );
}
