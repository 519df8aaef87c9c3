import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from './encoding.ts';
import { checkNesting, htmlToLines } from './html.ts';

const shuyang = readFileSync(new URL('../../../test/fixtures/reports-rich/kiro_shuyang-fgj_2023.simplified.html', import.meta.url), 'utf8');

describe('flattening an HTML report into lines', () => {
  it('turns headings and paragraphs into lines in reading order', () => {
    const texts = htmlToLines(shuyang).filter((l) => !l.cells).map((l) => l.text);
    expect(texts[0]).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(texts).toContain('三、收到和处理政府信息公开申请情况');
    expect(texts.at(-1)).toBe('2024年1月17日');
  });

  it('puts a row-spanning group label only in its first row and keeps grid columns', () => {
    const rows = htmlToLines(shuyang).filter((l) => l.source.table === 1);
    const granted = rows.find((r) => r.cells?.some((c) => c.text === '（一）予以公开'))!;
    expect(granted.cells!.map((c) => [c.source.column, c.text])).toEqual([
      [0, '三、本年度办理结果'], [1, '（一）予以公开'], [3, '26'], [4, ''], [5, ''], [6, ''], [7, ''], [8, ''], [9, '26'],
    ]);
    const partial = rows.find((r) => r.text.startsWith('（二）部分公开'))!;
    expect(partial.cells![0]!.source).toEqual({ table: 1, row: 6, column: 1 });
    const secondWithheld = rows.find((r) => r.text.startsWith('2.其他法律行政法规禁止公开'))!;
    expect(secondWithheld.cells!.map((c) => c.source.column)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps blank cells as blank strings (blank is not zero)', () => {
    const first = htmlToLines(shuyang).find((l) => l.text.startsWith('一、本年新收'))!;
    expect(first.cells!.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '26', '', '', '', '', '', '26']);
    expect(first.text).toBe('一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26');
  });

  it('joins a header word wrapped with <br> inside its cell', () => {
    const header = htmlToLines(shuyang).find((l) => l.cells?.[0]?.text === '商业企业')!;
    expect(header.cells!.map((c) => c.source.column)).toEqual([4, 5, 6, 7, 8]);
  });

  it('reads the one data row of table 四 as 15 cells', () => {
    const row = htmlToLines(shuyang).filter((l) => l.source.table === 2).at(-1)!;
    expect(row.cells!.map((c) => c.text)).toEqual(['0', '0', '0', '1', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('reads through site chrome: layout tables, navigation and scripts do not become report rows', () => {
    const page = `<html><body><nav>首页 | 信息公开</nav><script>var x = "<td>1</td>";</script>
      <table><tr><td><div>网站导航</div></td><td>
        <p>二、主动公开政府信息情况</p>
        <table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>7</td></tr></table>
      </td></tr></table><footer>版权所有</footer></body></html>`;
    const lines = htmlToLines(page);
    expect(lines.map((l) => l.text)).toEqual(['网站导航', '二、主动公开政府信息情况', '信息内容\t本年处理决定数量', '行政许可\t7', '版权所有']);
    expect(lines[3]!.cells![1]!.source).toEqual({ table: 0, row: 1, column: 1 });
  });

  it('converts a Traditional-character mirror to Simplified before reading', () => {
    const lines = htmlToLines(
      '<p>三、收到和處理政府信息公開申請情況</p><table><tr><td>一、本年新收政府信息公開申請數量</td><td>3</td></tr><tr><td>（七）總計</td><td>3</td></tr></table>',
    );
    expect(lines.map((l) => l.text)).toEqual(['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量\t3', '（七）总计\t3']);
  });

  it('survives absurd spans without exhausting memory', () => {
    const lines = htmlToLines('<table><tr><td rowspan="999999999" colspan="-3">甲</td><td>1</td></tr><tr><td>2</td></tr></table>');
    expect(lines.map((l) => l.cells!.map((c) => c.source.column))).toEqual([[0, 1], [1]]);
  });
});

describe('hidden copies on a web page', () => {
  it('skips elements the browser does not show (display:none, hidden)', () => {
    const lines = htmlToLines(
      '<p>二、主动公开政府信息情况</p><div style="display: none"><table><tr><td>行政许可</td><td>999</td></tr></table></div>' +
        '<p hidden>隐藏的段落</p><table><tr><td>行政许可</td><td>7</td></tr></table>',
    );
    expect(lines.map((l) => l.text)).toEqual(['二、主动公开政府信息情况', '行政许可\t7']);
  });
});

describe('pages nested deeper than any real one', () => {
  const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}一、总体情况${'</div>'.repeat(depth)}</body></html>`;

  it('refuses 200,000 nested <div> (closed or not) with a Chinese message instead of hanging', () => {
    expect(() => htmlToLines(nested(200_000))).toThrow(/网页的标签嵌套超过 1000 层.*另存为 PDF/);
    expect(() => htmlToLines(`<html><body>${'<div>'.repeat(200_000)}`)).toThrow(UnreadableDocumentError);
    expect(() => htmlToLines(`<table><tr><td>`.repeat(200_000))).toThrow(UnreadableDocumentError);
  });

  it('refuses 5,000 levels in Chinese, never "Maximum call stack size exceeded"', () => {
    const error = (() => {
      try {
        htmlToLines(nested(5_000));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).not.toMatch(/call stack/);
  });

  it('reads a page nested to the limit, and unclosed <p><span> or <li><span> runs that the parser closes itself', () => {
    expect(htmlToLines(nested(1_000)).map((l) => l.text)).toEqual(['一、总体情况']);
    expect(htmlToLines(`<body>${'<p><span>段落'.repeat(3_000)}</body>`)).toHaveLength(3_000);
    expect(htmlToLines(`<body><ul>${'<li><font>项'.repeat(3_000)}</ul></body>`)).toHaveLength(3_000);
    expect(() => checkNesting('<script>' + '<div>'.repeat(5_000) + '</script><p>正文')).not.toThrow();
  });
});
