// 申请回执: shown only after the case is committed; the query code is shown here and never again in full.
import { PublicShell } from '../../../platform/views/PublicShell.tsx';

export interface ReceiptPageProps {
  readonly agencyName: string;
  readonly applicationNumber: string;
  readonly queryCode: string;
  readonly duplicate: boolean;
}

export function ReceiptPage({ agencyName, applicationNumber, queryCode, duplicate }: ReceiptPageProps) {
  return (
    <PublicShell title="申请已提交" breadcrumbs={[{ label: '首页', href: '/' }, { label: '申请回执' }]}>
      <h1>申请已提交</h1>
      {duplicate ? <p role="status">这份申请此前已经提交成功，以下是同一份申请的回执，无需重复提交。</p> : null}
      <p>{agencyName}已收到您在网上提交的政府信息公开申请。请记下以下信息：</p>
      <dl class="receipt details-list">
        <dt>申请编号</dt>
        <dd><strong id="application-number">{applicationNumber}</strong></dd>
        <dt>查询码</dt>
        <dd><strong id="query-code">{queryCode}</strong></dd>
      </dl>
      <p>凭申请编号和查询码，可在 <a href="/apply/track">申请进度查询</a> 查看办理进度，答复后可下载答复书。查询码请妥善保管，不要告诉他人。</p>
      <p>工作人员将与您确认收到申请，答复期限自双方确认之日起计算，一般为20个工作日（条例第三十三条）。</p>
      {/* enhance.js shows the button and prints on click; without JavaScript the browser's own 打印 does the same. */}
      <p class="actions receipt-actions">
        <button type="button" class="button" data-print hidden>
          打印回执
        </button>
        <span class="hint">也可使用浏览器的“打印”（Ctrl+P）保存或打印本回执；打印时只印回执内容。</span>
      </p>
    </PublicShell>
  );
}
