// levelFromName over the organ names printed in the seed and corpus reports (and the demo county's
// names), each expected level read from what the organ is: 条例第四十九条 deadlines depend on it.
import { describe, expect, it } from 'vitest';
import { levelFromName } from './agency-level.ts';

describe('levelFromName', () => {
  it.each([
    ['土门关乡人民政府', 'township'],
    ['灵武市白土岗乡人民政府', 'township'],
    ['湛河区曹镇乡人民政府', 'township'],
    ['曹镇乡人民政府', 'township'],
    ['草坝镇', 'township'],
    ['段店乡', 'township'],
    ['淮安市洪泽区人民政府', 'county_government'],
    ['洪泽区人民政府', 'county_government'],
    ['沭阳县人民政府', 'county_government'],
    ['沛县人民政府', 'county_government'],
    ['安乡县人民政府', 'county_government'],
    ['沭阳县发展和改革局', 'county_department'],
    ['沭阳县市场监督管理局', 'county_department'],
    ['沭阳县城市管理局', 'county_department'],
    ['淮安市洪泽区人民政府办公室', 'county_department'],
    ['淮安市人民政府', 'prefecture_government'],
    ['杭州市人民政府', 'prefecture_government'],
    ['杭州市西湖区人民政府', 'county_government'],
    ['淮安市市场监督管理局', 'prefecture_department'],
    ['江苏省人民政府', 'provincial_government'],
    ['广西壮族自治区人民政府', 'provincial_government'],
    ['江苏省教育厅', 'provincial_department'],
    ['沭城街道办事处', 'subdistrict'],
    ['国家统计局', 'state_council_department'],
  ])('%s → %s', (name, level) => {
    expect(levelFromName(name)?.level).toBe(level);
  });

  it('says when 市 is read as a 设区的市, and gives nothing for a name that does not show its level', () => {
    expect(levelFromName('淮安市人民政府')?.basis).toContain('县级市的报告请更正');
    expect(levelFromName(null)).toBeNull();
    expect(levelFromName('人民政府')).toBeNull();
    expect(levelFromName('某某单位')).toBeNull();
  });
});
