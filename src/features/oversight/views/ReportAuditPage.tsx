// 批量核查已公布年报: the upload form (many files or a .zip) and the latest batches.
import type { FormState } from '../../../platform/form.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { ErrorSummary, PostForm } from '../../../platform/views/Form.tsx';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { BatchListRow } from '../report-audit.service.ts';

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
      <ErrorSummary state={state} labels={{ files: '年报文件' }} />
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
