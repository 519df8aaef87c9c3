import { describe, expect, it } from 'vitest';
import { portalColumns, staffNavigationFor } from './navigation.ts';

describe('the navigation registries', () => {
  it('shows a clerk neither user management, agency management nor the audit log', () => {
    const ids = staffNavigationFor(new Set(['clerk'])).map((entry) => entry.id);
    expect(ids).toContain('home');
    expect(ids).toContain('password');
    for (const adminOnly of ['accounts', 'agencies', 'audit']) expect(ids).not.toContain(adminOnly);
  });

  it('orders the menu by each entry’s order, the workbench first and the password change last of the platform’s', () => {
    const entries = staffNavigationFor(new Set(['admin']));
    const orders = entries.map((entry) => entry.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(entries[0]?.id).toBe('home');
  });

  it('lists the four sub-columns of the 专栏 named by 国办公开办函〔2019〕61号, in order, with distinct addresses', () => {
    expect(portalColumns.map((column) => column.label)).toEqual(['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报']);
    expect(new Set(portalColumns.map((column) => column.slug)).size).toBe(4);
  });
});
