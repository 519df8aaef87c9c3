// A bar chart drawn on the server (echarts' SVG renderer, no JavaScript in the browser), with its numbers as
// a table for screen readers and anyone who would rather read (DESIGN §2: charts as SVG, each with its
// table). The SVG goes into the page as an <img> data: address: the site's Content-Security-Policy allows
// no inline styles (style-src 'self'), which echarts' SVG uses for its text, while an image keeps them; the
// labels are escaped by echarts (tested with markup in a label).
import * as echarts from 'echarts';

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface BarChartProps {
  /** The chart's title, also its accessible name and the table's caption. */
  readonly title: string;
  /** Categories along the axis (agencies, outcomes, years). */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Bars drawn sideways: long category names (agencies) read better on the left. */
  readonly horizontal?: boolean;
  /** Unit shown in the table heading, e.g. 件. */
  readonly unit?: string;
  readonly class?: string;
}

// The site's palette (public/css: brand red, then blues and greys that print apart in black and white).
const COLORS = ['#a51c24', '#2f5e8c', '#8fa9c4', '#6b6b6b', '#d08c2d'];

// Drawn 480 units wide with 13-unit text: scaled to a phone's 330 px the text stays about 9 px, and to the
// 36rem the page allows on a desk about 15 px.
const WIDTH = 480;
const FONT = 13;

/** The SVG of a bar chart, WIDTH units wide; the page scales it to its box (viewBox). */
export function barChartSvg(props: BarChartProps): string {
  const rows = props.categories.length;
  const width = WIDTH;
  const height = props.horizontal ? Math.max(160, 70 + rows * 24 * Math.max(1, props.series.length * 0.7)) : 300;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const categoryAxis = { type: 'category' as const, data: [...props.categories], axisLabel: { fontSize: FONT, width: props.horizontal ? 120 : 72, overflow: 'truncate' as const, interval: 0 }, inverse: props.horizontal };
    const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: { fontSize: FONT } };
    chart.setOption({
      animation: false,
      color: COLORS,
      // Single quotes: echarts writes the family into a double-quoted style attribute without escaping it.
      textStyle: { fontFamily: "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif" },
      legend: props.series.length > 1 ? { top: 0, textStyle: { fontSize: FONT } } : undefined,
      grid: { left: props.horizontal ? 130 : 36, right: 24, top: props.series.length > 1 ? 32 : 16, bottom: props.horizontal ? 24 : 48 },
      xAxis: props.horizontal ? valueAxis : categoryAxis,
      yAxis: props.horizontal ? categoryAxis : valueAxis,
      series: props.series.map((s) => ({ type: 'bar', name: s.name, data: [...s.values], label: { show: true, position: props.horizontal ? 'right' : 'top', fontSize: FONT }, barMaxWidth: 28 })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function BarChart(props: BarChartProps) {
  const svg = barChartSvg(props);
  const src = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  const unit = props.unit ? `（${props.unit}）` : '';
  return (
    <figure class={`chart ${props.class ?? ''}`.trim()}>
      <img src={src} alt={`${props.title}（柱状图；数字见图下“查看数字”）`} class="chart-image" />
      <figcaption>{props.title}</figcaption>
      <details class="chart-data">
        <summary>查看数字</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">项目</th>
                {props.series.map((s) => (
                  <th scope="col">
                    {s.name}
                    {unit}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.categories.map((c, i) => (
                <tr>
                  <th scope="row">{c}</th>
                  {props.series.map((s) => (
                    <td>{s.values[i] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
