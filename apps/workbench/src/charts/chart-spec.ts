/** What a chart shows, independent of the library that draws it. */
export interface ChartSeries {
  name: string;
  values: Array<number | null>;
  /** Draw as a line over the bars (a target, a pace). */
  line?: boolean;
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
