import { lazy, Suspense } from 'react';
import { figures, TableHead } from '../ui/table-head';
import type { ChartSpec } from './chart-spec';

// ECharts is the largest library here: it loads with the first chart, never with the first page.
const EChartsDrawing = lazy(() => import('./echarts-drawing'));

/**
 * A chart with its figures: the drawing for the eye, and the same numbers as
 * a table for keyboards, screen readers and anyone who wants exact values.
 */
export function Chart({ spec, height = 300 }: { spec: ChartSpec; height?: number }) {
  const format = spec.format ?? ((v: number) => String(v));
  return (
    <figure>
      <figcaption>{spec.title}</figcaption>
      <Suspense fallback={<p role="status">Loading the chart…</p>}>
        <EChartsDrawing spec={spec} height={height} />
      </Suspense>
      <details>
        <summary>Figures of “{spec.title}”</summary>
        <div className="table-wrap">
          <table>
            <TableHead columns={['Item', ...spec.series.map((s) => figures(s.name))]} />
            <tbody>
              {spec.categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">
                    {category}
                    {spec.flagged?.includes(i) && ` (${spec.flagLabel ?? 'flagged'})`}
                  </th>
                  {spec.series.map((s) => (
                    <td key={s.name} className="num">
                      {s.values[i] == null ? '—' : format(s.values[i]!)}
                    </td>
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
