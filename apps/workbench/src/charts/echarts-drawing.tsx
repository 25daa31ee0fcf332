import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerParts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './chart-spec';

// Only what the workbench draws: bars, lines, axes, legend, tooltip; SVG keeps text crisp when zoomed.
registerParts([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const palette = ['#0b57d0', '#0f6b2f', '#b06000', '#6d28d9', '#a50e0e'];

function option(spec: ChartSpec): EChartsCoreOption {
  const format = spec.format ?? ((v: number) => String(v));
  const categoryAxis = {
    type: 'category',
    data: spec.categories.map((c, i) => (spec.flagged?.includes(i) ? `⚠ ${c}` : c)),
    axisLabel: { interval: 0, width: 110, overflow: 'truncate' },
  };
  const valueAxis = { type: 'value', axisLabel: { formatter: (v: number) => format(v) } };
  return {
    color: palette,
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => format(v) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.marker ? 'line' : 'bar',
      data: s.values,
      // Markers only: a line between two people's targets would mean nothing.
      ...(s.marker
        ? { symbol: 'diamond', symbolSize: 14, lineStyle: { width: 0 } }
        : { barMaxWidth: 36 }),
    })),
  };
}

/** The drawing itself; hidden from screen readers, which get the figures table instead. */
export default function EChartsDrawing({ spec, height }: { spec: ChartSpec; height: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = init(element.current!, undefined, { renderer: 'svg' });
    chart.setOption(option(spec));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [spec]);
  return <div ref={element} className="chart" style={{ height }} aria-hidden="true" />;
}
