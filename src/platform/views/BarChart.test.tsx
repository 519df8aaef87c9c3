import * as cheerio from 'cheerio';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BarChart, barChartSvg } from './BarChart.tsx';

describe('server-drawn bar charts', () => {
  it('draws well-formed SVG whose labels are text, markup in a label included', () => {
    const svg = barChartSvg({ title: '申请', categories: ['<script>alert(1)</script>', '甲&乙"镇'], series: [{ name: '2025年', values: [3, 1] }] });
    const $ = cheerio.load(svg, { xml: true });
    expect($('svg').length).toBe(1);
    expect($('script').length).toBe(0);
    const texts = $('text').map((_i, el) => $(el).text()).get();
    expect(texts).toContain('甲&乙"镇');
    expect(texts.some((t) => t.includes('<script>'))).toBe(true);
  });

  it('puts the SVG in an image with an alternative text, and the numbers in a table', () => {
    const html = renderToString(<BarChart title="办理结果" unit="件" categories={['予以公开', '部分公开']} series={[{ name: '2025年', values: [3, 1] }, { name: '2024年', values: [2, 0] }]} />);
    const $ = cheerio.load(html);
    expect($('img.chart-image').attr('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect($('img.chart-image').attr('alt')).toContain('办理结果');
    expect($('figcaption').text()).toBe('办理结果');
    expect($('table th[scope=col]').map((_i, el) => $(el).text()).get()).toEqual(['项目', '2025年（件）', '2024年（件）']);
    expect($('table tbody tr').first().text()).toBe('予以公开32');
  });
});
