// The disclosure office's contact details (条例第十二条：公开指南应包括政府信息公开工作机构的名称、
// 办公地址、办公时间、联系电话、传真号码、互联网联系方式等). Missing items are said to be missing.
import type { Agency } from '../../agencies/domain/agency.ts';

export function AgencyContact({ agency }: { readonly agency: Agency }) {
  const items: Array<[string, string | null]> = [
    ['办公地址', agency.address],
    ['邮政编码', agency.postalCode],
    ['办公时间', agency.officeHours],
    ['联系电话', agency.phone],
    ['电子邮箱', agency.email],
  ];
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">政府信息公开工作机构联系方式</h2>
      <dl class="contact">
        {items.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value ?? '暂未公布'}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}
