// The state of an account in words: 已停用, 已锁定, 待修改初始密码.
import type { Account } from '../accounts.repository.ts';

export function AccountStatus({ account, now }: { readonly account: Account; readonly now: Date }) {
  const tags: Array<[string, string]> = [];
  if (account.disabledAt !== null) tags.push(['已停用', 'status-error']);
  if (account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > now.getTime()) tags.push(['已锁定', 'status-error']);
  if (account.mustChangePassword) tags.push(['待修改初始密码', 'status-warning']);
  if (tags.length === 0) return <span>正常</span>;
  return (
    <>
      {tags.map(([label, kind]) => (
        <span class={`status-tag ${kind}`}>{label}</span>
      ))}
    </>
  );
}
