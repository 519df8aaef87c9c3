import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, notApplicableCell, withCell } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { csvField, renderCsv } from './csv.ts';
import { renderJson } from './json.ts';

const report = (): AnnualReport => {
  let r = buildReport({ format: 'gov_2021', year: 2024, agency: '曹镇乡人民政府', values: { 'applications.new_received.natural_person': 4, 'applications.new_received.total': 4 } });
  r = withCell(r, 'applications.carried_over_from_last_year.research_institution', blankCell());
  r = withCell(r, 'applications.carried_over_from_last_year.commercial_enterprise', notApplicableCell());
  r = withCell(r, 'active_disclosure.art20_item8.administrative_fees.fee_amount_this_year', 25.1);
  return r;
};

describe('renderJson', () => {
  it('is the model itself: parsing it gives back an equal report', () => {
    const r = report();
    expect(JSON.parse(renderJson(r))).toEqual(r);
  });

  it('lists cells in the printed order of the format: table 二, then 三, then 四', () => {
    const keys = Object.keys(JSON.parse(renderJson(report())).cells);
    expect(keys[0]).toBe('active_disclosure.art20_item1.regulations.issued_this_year');
    expect(keys[10]).toBe('applications.new_received.natural_person');
    expect(keys[keys.length - 1]).toBe('review_litigation.litigation_after_reconsideration.total');
    expect(keys).toHaveLength(10 + 175 + 15);
  });

  it('renders a report the same way whatever order its cells were added in', () => {
    const r = report();
    const shuffled = { ...r, cells: Object.fromEntries(Object.entries(r.cells).reverse()) };
    expect(renderJson(shuffled)).toBe(renderJson(r));
  });
});

describe('renderCsv', () => {
  it('starts with a UTF-8 byte-order mark and a Chinese header, lines end in CRLF', () => {
    const csv = renderCsv(report());
    expect(csv.startsWith('\ufeff表,单元格地址,标签路径,数值,类型\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + 200 + 1);
  });

  it('writes one row per cell with its Chinese label path, value and kind', () => {
    const lines = renderCsv(report()).split('\r\n');
    expect(lines).toContain('表三,applications.new_received.natural_person,一、本年新收政府信息公开申请数量 / 自然人,4,数值');
    expect(lines).toContain('表三,applications.outcomes.withheld.state_secret.commercial_enterprise,三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 法人或其他组织 / 商业企业,0,数值');
    expect(lines).toContain('表四,review_litigation.litigation_direct.pending,行政诉讼 / 未经复议直接起诉 / 尚未审结,0,数值');
    expect(lines).toContain('表二,active_disclosure.art20_item8.administrative_fees.fee_amount_this_year,第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）,25.1,数值');
  });

  it('keeps blank, "/" and 0 apart', () => {
    const lines = renderCsv(report()).split('\r\n');
    expect(lines).toContain('表三,applications.carried_over_from_last_year.research_institution,二、上年结转政府信息公开申请数量 / 法人或其他组织 / 科研机构,,空白');
    expect(lines).toContain('表三,applications.carried_over_from_last_year.commercial_enterprise,二、上年结转政府信息公开申请数量 / 法人或其他组织 / 商业企业,/,不适用');
  });

  it('quotes fields with commas or quotes and defuses spreadsheet formulas', () => {
    expect(csvField('危及"三安全一稳定"')).toBe('"危及""三安全一稳定"""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-3')).toBe('-3');
  });
});
