// The results of one bulk audit: per file what was read and what the rules found, with each finding's
// cells and message; downloads as CSV and JSON. While files are still being checked the page refreshes
// itself every few seconds (a meta refresh: works without JavaScript and under the site's CSP).
import type { FormState } from '../../../platform/form.ts';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import { findingName } from '../../../report/index.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { auditLevelLabels } from '../domain/agency-level.ts';
import { auditStatusLabels, findingCellNames, formatLabels } from '../domain/audit-results.ts';
import type { BatchView } from '../report-audit.service.ts';
import { AuditContextCell } from './AuditContextCell.tsx';

export interface CorrectionState {
  readonly fileId: string;
  readonly state: FormState;
}

export function ReportAuditBatchPage({ view, correction }: { readonly view: BatchView; readonly correction?: CorrectionState }) {
  const base = `/admin/oversight/report-audit/${view.id}`;
  const done = view.files.length - view.pending;
  const errors = view.files.reduce((n, f) => n + f.errorCount, 0);
  const failed = view.files.filter((f) => f.status === 'failed').length;
  return (
    <StaffShell
      title="年报核查结果"
      navId="oversight"
      breadcrumbs={[
        { label: '工作台', href: '/admin' },
        { label: '监督汇总', href: '/admin/oversight' },
        { label: '批量核查已公布年报', href: '/admin/oversight/report-audit' },
        { label: '核查结果' },
      ]}
    >
      {view.pending > 0 ? <meta http-equiv="refresh" content="3" /> : null}
      <h1>年报核查结果</h1>
      <p>
        {view.agencyName}，{formatBeijingTime(view.createdAt)} 上传，共 {view.files.length} 个文件。
        <span role="status" class="audit-progress">
          {view.pending > 0 ? `正在核查：已完成 ${done} / ${view.files.length}，本页每 3 秒自动刷新。` : `核查完成：${errors} 个错误，${failed} 个文件无法核查。`}
        </span>
      </p>
      <p>
        本批默认值：发布日期 {view.publishedOn ?? '未填写'}；机关层级 {view.agencyLevel ? auditLevelLabels[view.agencyLevel] : '未填写（按名称推定）'}。
        每份报告的“核查依据”列出核查时所用的机关层级、发布日期和上年度报告，以及因缺少依据而<strong>未检查</strong>的规则——没有发现问题不等于这些规则都已检查。
      </p>
      <p class="actions">
        <a class="button-secondary" href={`${base}/results.csv`} download>
          下载结果（CSV）
        </a>
        <a class="button-secondary" href={`${base}/results.json`} download>
          下载结果（JSON）
        </a>
      </p>
      <div class="table-scroll">
        <table class="data-table audit-results cards-on-phone">
          <caption class="visually-hidden">每个文件的核查结果</caption>
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">文件</th>
              <th scope="col">机关（读取）</th>
              <th scope="col">年度</th>
              <th scope="col">错误</th>
              <th scope="col">警告</th>
              <th scope="col">发现的问题与核查依据</th>
            </tr>
          </thead>
          <tbody>
            {view.files.map((f) => (
              <tr data-file={f.fileName} id={`file-${f.id}`}>
                <td data-label="序号">{f.seq}</td>
                <th scope="row" class="audit-file card-title">{f.fileName}</th>
                <td data-label="机关（读取）">{f.agencyName ?? (f.status === 'checked' ? '未识别' : '—')}</td>
                <td data-label="年度">{f.year ?? (f.status === 'checked' ? '未识别' : '—')}</td>
                <td data-label="错误" class={f.errorCount > 0 ? 'status-error' : undefined}>{f.status === 'checked' ? f.errorCount : '—'}</td>
                <td data-label="警告">{f.status === 'checked' ? f.warningCount : '—'}</td>
                {/* One cell, two parts side by side on a wide screen and stacked on a phone: the 核查依据 is no
                    longer a ninth column pushed off the screen with its scrollbar at the bottom of the batch. */}
                <td class="audit-outcome">
                  <div class="audit-outcome-parts">
                  <div class="audit-findings">
                    {f.status === 'pending' ? <span class="status-tag">{auditStatusLabels.pending}</span> : null}
                    {f.status === 'failed' ? (
                      <p class="status-error">
                        <strong>{auditStatusLabels.failed}：</strong>
                        {f.error}
                      </p>
                    ) : null}
                    {f.status === 'checked' ? (
                      f.findings.length === 0 ? (
                        '未发现问题'
                      ) : (
                        <>
                          {f.format ? <p class="hint">{formatLabels[f.format]}</p> : null}
                          <ul class="findings">
                            {f.findings.map((finding) => {
                              const cells = findingCellNames(f.format, finding);
                              return (
                                <li class={finding.severity === 'error' ? 'finding finding-error' : 'finding finding-warning'} data-rule={finding.rule}>
                                  <strong>{finding.severity === 'error' ? '错误' : '警告'}</strong>（{findingName(finding.rule)}）
                                  {cells.length > 0 && cells.length <= 3 ? <span class="finding-cells">〔{cells.join('；')}〕</span> : null}：{finding.message}
                                </li>
                              );
                            })}
                          </ul>
                        </>
                      )
                    ) : null}
                  </div>
                  <div class="audit-basis">
                    <h3 class="audit-basis-title">核查依据</h3>
                    <AuditContextCell
                      file={f}
                      action={view.canCorrect && f.status !== 'failed' ? `${base}/files/${f.id}/corrections` : null}
                      state={correction?.fileId === f.id ? correction.state : undefined}
                    />
                  </div>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StaffShell>
  );
}
