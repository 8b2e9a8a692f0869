import { barChart, barLength, chartDescription, type BarChart } from '../../../src/agent/pages/svgCharts';

const chart = (overrides: Partial<BarChart> = {}): BarChart => ({
  id: 'chart-kind',
  title: 'Ärenden per slag',
  labelHeader: 'Slag',
  series: { current: '2026-01-01–2026-06-30', previous: '2025-01-01–2025-06-30' },
  bars: [
    { label: 'Klagomål', value: 40, previous: 20 },
    { label: 'Beröm', value: 10, previous: 0 },
  ],
  ...overrides,
});

describe('bar lengths', () => {
  it.each([
    { value: 0, largest: 0, length: 0 },
    { value: 5, largest: 0, length: 0 },
    { value: 0, largest: 10, length: 0 },
    { value: 10, largest: 10, length: 370 },
    { value: 5, largest: 10, length: 185 },
    { value: 1, largest: 100_000, length: 1 },
  ])('$value of $largest is $length units', ({ value, largest, length }) => {
    expect(barLength(value, largest)).toBe(length);
  });
});

describe('an accessible SVG chart with its figures as a table', () => {
  it.each([
    { name: 'compared with a year earlier', input: chart(), rects: 4 + 2, columns: 3 },
    { name: 'one period only', input: chart({ series: { current: '2026' }, bars: [{ label: 'Chatt', value: 3 }] }), rects: 1 + 1, columns: 2 },
    { name: 'no case at all', input: chart({ bars: [] }), rects: 2, columns: 3 },
  ])('$name', ({ input, rects, columns }) => {
    const out = barChart(input).value;
    expect(out).toContain('<svg role="img" aria-labelledby="chart-kind-title" aria-describedby="chart-kind-desc"');
    expect(out).toContain('<title id="chart-kind-title">Ärenden per slag</title>');
    expect(out).toContain(`<desc id="chart-kind-desc">${chartDescription(input)}</desc>`);
    expect(out).not.toContain('<canvas');
    expect(out.match(/<rect /g)).toHaveLength(rects);
    // The figures' table scrolls in its own region, named by the caption (reflow at 320 px).
    expect(out).toContain('<div class="table-region" role="region" aria-labelledby="chart-kind-table" tabindex="0">');
    expect(out).toContain('<caption id="chart-kind-table">Ärenden per slag</caption>');
    expect(out.match(/<th scope="col">/g)).toHaveLength(columns);
    for (const bar of input.bars) expect(out).toContain(`<th scope="row">${bar.label}</th>`);
  });

  it('draws bars in proportion to the largest value of both periods', () => {
    const out = barChart(chart()).value;
    const widths = [...out.matchAll(/<rect class="bar-(current|previous)" x="200" y="\d+" width="(\d+)" height="14"/g)].map((m) => [m[1], Number(m[2])]);
    expect(widths).toEqual([
      ['current', 370],
      ['previous', 185],
      ['current', 93],
      ['previous', 0],
    ]);
  });

  it('escapes labels and says in words what the chart shows', () => {
    const out = barChart(chart({ bars: [{ label: '<script>alert(1)</script>', value: 2 }] })).value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
    expect(chartDescription(chart())).toBe(
      'Liggande stapeldiagram med 2 staplar för 2026-01-01–2026-06-30. Störst: Klagomål, 40. Ljusa staplar visar samma period ett år tidigare (2025-01-01–2025-06-30). Alla värden finns i tabellen under diagrammet.',
    );
    expect(chartDescription(chart({ bars: [] }))).toBe('Ärenden per slag: inga ärenden under perioden.');
  });

  it('writes values its own way and cuts long labels in the drawing only', () => {
    const long = 'Hemtjänst norra distriktet, nattpatrullen';
    const out = barChart(chart({ bars: [{ label: long, value: 45 }], format: (v) => `${v} %` })).value;
    expect(out).toContain('>45 %</text>');
    expect(out).toContain('>Hemtjänst norra distriktet,…</text>');
    expect(out).toContain(`<th scope="row">${long}</th><td>45 %</td>`);
  });
});
