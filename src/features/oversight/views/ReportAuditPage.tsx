// 批量核查已公布年报: the upload form (many files or a .zip) and the latest batches.
import type { FormState } from '../../../platform/form.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { ErrorSummary, PostForm, SelectField, TextField } from '../../../platform/views/Form.tsx';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { auditLevelLabels, auditLevels } from '../domain/agency-level.ts';
import type { BatchListRow } from '../report-audit.service.ts';

const levelOptions = auditLevels.map((value) => ({ value, label: auditLevelLabels[value] }));

export function ReportAuditPage({ batches, state }: { readonly batches: readonly BatchListRow[]; readonly state: FormState }) {
  const error = state.errors.files;
  return (
    <StaffShell
      title="批量核查已公布年报"
      navId="oversight"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '监督汇总', href: '/admin/oversight' }, { label: '批量核查已公布年报' }]}
    >
      <h1>批量核查已公布年报</h1>
      <p>
        上传各单位已公布的政府信息公开工作年度报告，系统逐份读取表二、表三、表四和正文，按年报格式（国办公开办函〔2021〕30号、〔2019〕60号）的勾稽关系和规范要求检查，
        列出每份报告的错误和警告。核查在后台进行，完成前可以离开本页，稍后在下方“最近的核查”中查看结果。
      </p>
      <p>
        公布期限（条例第四十九条：部门、乡镇1月31日前，县级以上人民政府的本级报告3月31日前）要知道报告的发布日期和机关层级；
        上年结转、现行有效件数等跨年度核对要有上年度报告——同一单位相邻两年的报告一起上传，或该单位已在本平台发布上年度报告，即可比对。
        机关层级按报告标题中的名称推定，网页上的“发布日期”或报告落款日期作为发布日期；下面两项用于名称、日期看不出来的报告，结果页上还可以逐份更正。
      </p>
      <ErrorSummary state={state} labels={{ files: '年报文件', published_on: '发布日期', agency_level: '机关层级' }} />
      <PostForm action="/admin/oversight/report-audit" multipart aria-label="上传年报文件">
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for="field-files">年报文件</label>
          <p class="hint" id="field-files-hint">
            文本（.txt）、网页（.html）、Word（.docx）、PDF，或把多个文件打包成 .zip 上传。一次最多选择 10 个文件，每个不超过 20 MB；压缩包解压后合计不超过 200 MB，一批最多 200 份。
          </p>
          {error ? (
            <p class="field-error" id="field-files-error">
              {error}
            </p>
          ) : null}
          <input
            id="field-files"
            type="file"
            name="files"
            multiple
            accept=".txt,.text,.md,.htm,.html,.docx,.pdf,.zip"
            aria-describedby={error ? 'field-files-hint field-files-error' : 'field-files-hint'}
          />
        </div>
        <TextField
          name="published_on"
          label="发布日期（选填）"
          type="date"
          state={state}
          hint="这批报告的发布日期，用于文件本身没有载明发布日期的报告（网页上的“发布日期”优先于此项，此项优先于落款日期）。"
        />
        <SelectField
          name="agency_level"
          label="机关层级（选填）"
          state={state}
          options={levelOptions}
          placeholder="按名称推定"
          hint="用于从名称看不出层级的报告；本平台机构设置中有的单位按机构设置。"
        />
        <button type="submit" class="button">
          开始核查
        </button>
      </PostForm>
      <h2>最近的核查</h2>
      {batches.length === 0 ? (
        <EmptyState>还没有核查过年报。</EmptyState>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">最近的批量核查</caption>
          <thead>
            <tr>
              <th scope="col">上传时间</th>
              <th scope="col">文件数</th>
              <th scope="col">状态</th>
              <th scope="col">结果</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr>
                <td>{formatBeijingTime(b.createdAt)}</td>
                <td>{b.fileCount}</td>
                <td>{b.status === 'done' ? '已完成' : '核查中'}</td>
                <td>
                  <a href={`/admin/oversight/report-audit/${b.id}`}>查看</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffShell>
  );
}
