// 条例第四十七条第二款：公民、法人或者其他组织认为政府信息公开工作主管部门……未按照要求主动公开政府信息或者
// 对政府信息公开申请不依法答复处理的，可以向……投诉、举报；第五十一条：认为行政机关在政府信息公开工作中侵犯
// 其合法权益的，可以投诉、举报. Spec §6: record such complaints against the item or the 专栏 column. Pure.

export const COMPLAINT_KINDS = {
  not_disclosed: '应公开未公开',
  inaccurate: '内容有误',
} as const;
export type ComplaintKind = keyof typeof COMPLAINT_KINDS;

export const COMPLAINT_STATUSES = { open: '待答复', answered: '已答复' } as const;

/**
 * A contact shown to someone who does not answer the complaint (a supervisor, a leader reading): enough
 * to recognise it, not enough to use it. Mobile 13812345678 → 138****5678; e-mail a***@example.com; other text
 * keeps its first character.
 */
export function maskContact(contact: string): string {
  const digits = contact.replace(/[\s-]/g, '');
  if (/^\d{7,}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const at = contact.indexOf('@');
  if (at > 0) return `${contact[0]}***${contact.slice(at)}`;
  return contact.length <= 1 ? '*' : `${contact[0]}${'*'.repeat(Math.min(contact.length - 1, 6))}`;
}
