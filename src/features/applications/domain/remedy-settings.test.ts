import { describe, expect, it } from 'vitest';
import { readRemedySetting, remedyFormSchema, resolveRemedy } from './remedy-settings.ts';

describe('救济途径设置 inherited down the agency tree (spec §8.1)', () => {
  const county = { agencyName: '示范县人民政府', value: { self: { reconsiderationBody: '示范市人民政府' }, below: { reconsiderationBody: '示范县人民政府', court: '示范县人民法院' } } };

  it('a township uses the county default; the county itself uses its own value, not the default it gives below', () => {
    const town = resolveRemedy({}, [county], {});
    expect(town.reconsiderationBody).toEqual({ value: '示范县人民政府', source: { kind: 'inherited', agencyName: '示范县人民政府' } });
    expect(town.court).toEqual({ value: '示范县人民法院', source: { kind: 'inherited', agencyName: '示范县人民政府' } });
    const self = resolveRemedy(county.value, [], {});
    expect(self.reconsiderationBody).toEqual({ value: '示范市人民政府', source: { kind: 'own' } });
    expect(self.court).toEqual({ value: null, source: { kind: 'unset' } });
  });

  it('the nearest ancestor wins, then the installation default, then the statute (60 days, 6 months)', () => {
    const city = { agencyName: '示范市人民政府', value: { below: { court: '示范市中级人民法院', reconsiderationDays: 90 } } };
    const r = resolveRemedy({ self: { litigationMonths: 3 } }, [county, city], { below: { reconsiderationBody: '全系统默认' } });
    expect(r.court.value).toBe('示范县人民法院');
    expect(r.reconsiderationDays).toEqual({ value: 90, source: { kind: 'inherited', agencyName: '示范市人民政府' } });
    expect(r.litigationMonths).toEqual({ value: 3, source: { kind: 'own' } });
    const bare = resolveRemedy({}, [], { below: { reconsiderationBody: '全系统默认' } });
    expect(bare.reconsiderationBody).toEqual({ value: '全系统默认', source: { kind: 'installation' } });
    expect(bare.reconsiderationDays).toEqual({ value: 60, source: { kind: 'statute' } });
    expect(bare.litigationMonths).toEqual({ value: 6, source: { kind: 'statute' } });
  });

  it('the form: blank means inherit; periods shorter than the statute are refused in Chinese', () => {
    expect(remedyFormSchema.parse({ 'self.court': ' 某某铁路运输法院 ', 'self.reconsiderationBody': '', 'below.reconsiderationDays': '90' })).toEqual({
      self: { court: '某某铁路运输法院' },
      below: { reconsiderationDays: 90 },
    });
    const bad = remedyFormSchema.safeParse({ 'below.reconsiderationDays': '59', 'self.litigationMonths': '0' });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages['below.reconsiderationDays']).toBe('行政复议申请期限不得少于六十日（行政复议法第二十条）');
    expect(messages['self.litigationMonths']).toBe('起诉期限至少 1 个月');
  });

  it('a damaged stored value reads as unset instead of breaking the letters', () => {
    expect(readRemedySetting('garbage')).toEqual({});
    expect(readRemedySetting({ self: { reconsiderationDays: 'x' }, below: { court: '某法院' } })).toEqual({ self: {}, below: { court: '某法院' } });
  });
});
