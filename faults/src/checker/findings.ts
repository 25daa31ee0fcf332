/** What the checker counts; every count but `redelivered` must be zero for a pass. */
export type FindingKind =
  | 'lost'
  | 'doubled'
  | 'out-of-order'
  | 'totals'
  | 'directory'
  | 'dead-letter'
  | 'parked'
  | 'checker-out-of-date';

export interface Finding {
  kind: FindingKind;
  check: string;
  detail: string;
}

/** Collects findings, keeping the first few of each check in full and counting the rest. */
export class Findings {
  readonly all: Finding[] = [];

  add(kind: FindingKind, check: string, detail: string): void {
    this.all.push({ kind, check, detail });
  }

  count(kind: FindingKind): number {
    return this.all.filter((f) => f.kind === kind).length;
  }

  /** The first `perCheck` findings of every check, for the report. */
  examples(perCheck = 5): Finding[] {
    const seen = new Map<string, number>();
    return this.all.filter((f) => {
      const n = seen.get(f.check) ?? 0;
      seen.set(f.check, n + 1);
      return n < perCheck;
    });
  }
}
