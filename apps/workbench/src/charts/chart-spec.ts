/** What a chart shows, independent of the library that draws it. */
export interface ChartSeries {
  name: string;
  values: Array<number | null>;
  /** Draw as markers over the bars (a target, a pace), not as bars. */
  marker?: boolean;
}

export interface ChartSpec {
  /** Also the accessible name of the drawing. */
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** How values read in the tooltip and the table. */
  format?: (value: number) => string;
  horizontal?: boolean;
  /** Points that need attention (behind pace, at risk), by category index. */
  flagged?: number[];
  flagLabel?: string;
}
