import { describe, expect, it } from 'vitest';
import { parseStandardCatalogueCsv, standardCatalogueCsv, validateStandardRow, type StandardRow } from './standard-catalogue.ts';

const HEADER = '序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级';

const lowIncome: StandardRow = {
  seq: 1,
  item_level1: '社会救助',
  item_level2: '最低生活保障',
  content_elements: '1.办事指南；2.审批结果（户主姓名、保障人数、保障金额）',
  basis: '《社会救助暂行办法》，《政府信息公开条例》第二十一条',
  time_limit: '信息形成或变更之日起20个工作日内',
  responsible_body: '镇人民政府',
  channels: '政府网站、公开栏',
  audience: '全社会',
  mode: '主动',
  level: '乡级（镇级）、村级',
};

describe('公开事项标准目录 rows (spec §2.3)', () => {
  it('accepts a complete row and writes 公开方式 and 公开层级 one way', () => {
    const r = validateStandardRow({ ...lowIncome, seq: ' 3 ', mode: '主动公开', level: '村级/乡级' });
    expect(r).toEqual({ ok: true, row: { ...lowIncome, seq: 3, mode: '主动', level: '乡级（镇级）、村级' } });
  });

  it('names every missing or wrong cell in Chinese', () => {
    const r = validateStandardRow({ ...lowIncome, seq: '0', item_level2: ' ', audience: '村民', mode: '公示', level: '省级' });
    expect(r).toEqual({
      ok: false,
      errors: {
        seq: '序号应为 1 至 9999 的整数。',
        item_level2: '请填写二级事项。',
        audience: '公开对象应为“全社会”或“特定群众”。',
        mode: '公开方式应为“主动”或“依申请公开”。',
        level: '公开层级应为“县级”“乡级（镇级）”“村级”中的一项或几项，用“、”分隔。',
      },
    });
  });
});

describe('the CSV form', () => {
  it('starts with a BOM and the spec’s headers, quotes commas, quotes and line breaks, and reads back the same rows', () => {
    const tricky: StandardRow = { ...lowIncome, seq: 2, item_level2: '临时救助', content_elements: '救助对象, 救助金额\n“急难型”与“支出型”', basis: '=HYPERLINK("x")' };
    const csv = standardCatalogueCsv([lowIncome, tricky]);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n1,社会救助,最低生活保障,`)).toBe(true);
    expect(csv).toContain('"救助对象, 救助金额\n“急难型”与“支出型”"');
    // A formula would run in Excel: written with a leading apostrophe, read back without it.
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const back = parseStandardCatalogueCsv(csv);
    expect(back).toEqual({ ok: true, rows: [{ ...lowIncome, line: 2 }, { ...tricky, line: 3 }] });
  });

  it('reports the first bad row with its file line number (a quoted line break counts) and imports nothing', () => {
    const csv = [
      HEADER,
      '1,社会救助,最低生活保障,"要素一\n要素二",依据,20个工作日内,镇人民政府,公开栏,全社会,主动,村级',
      '',
      '2,就业,就业服务,岗位信息,依据,20个工作日内,镇人民政府,公开栏,所有人,主动,乡级',
    ].join('\n');
    expect(parseStandardCatalogueCsv(csv)).toEqual({ ok: false, message: '第 5 行“公开对象”：公开对象应为“全社会”或“特定群众”。' });
  });

  it('refuses a wrong header, a short row, a repeated 序号 or 事项, and an open quote', () => {
    expect(parseStandardCatalogueCsv('序号,事项\n1,x')).toEqual({ ok: false, message: expect.stringContaining('第 1 行表头不符：第 2 列应为“一级事项”，文件中是“事项”') });
    expect(parseStandardCatalogueCsv(`${HEADER}\n1,社会救助,低保`)).toEqual({ ok: false, message: '第 2 行有 3 列，应为 11 列（含逗号的内容请用双引号括起来）。' });
    const row = (seq: number, l2: string) => `${seq},社会救助,${l2},要素,依据,20个工作日内,镇人民政府,公开栏,全社会,主动,村级`;
    expect(parseStandardCatalogueCsv([HEADER, row(1, '低保'), row(1, '特困')].join('\r\n'))).toEqual({ ok: false, message: '第 3 行：序号 1 与第 2 行重复。' });
    expect(parseStandardCatalogueCsv([HEADER, row(1, '低保'), row(2, '低保')].join('\r\n'))).toEqual({ ok: false, message: '第 3 行：事项“社会救助 › 低保”与第 2 行重复。' });
    expect(parseStandardCatalogueCsv(`${HEADER}\n1,"社会救助,低保`)).toEqual({ ok: false, message: '第 2 行：引号没有闭合，请检查该行的双引号。' });
    expect(parseStandardCatalogueCsv(`\uFEFF${HEADER}\r\n`)).toEqual({ ok: false, message: '文件中只有表头，没有目录行。' });
    // Half-width brackets in the header, as Excel users often type them, are accepted.
    expect(parseStandardCatalogueCsv(`${HEADER.replace('（要素）', '(要素)')}\n${row(1, '低保')}`).ok).toBe(true);
  });
});
