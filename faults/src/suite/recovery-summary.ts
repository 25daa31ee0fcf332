import type { ConsumerKill } from '../faults/consumer-kill';

export interface RecoverySummary {
  kills: number;
  measured: number;
  minMs?: number;
  medianMs?: number;
  p90Ms?: number;
  maxMs?: number;
  within10s: number;
}

/** The recovery figures of a set of kills: how many, the spread, and how many met the 10 s target. */
export function summarise(kills: ConsumerKill[]): RecoverySummary {
  const values = kills
    .map((k) => k.recovery.recoveryMs)
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  const at = (q: number) =>
    values.length ? values[Math.min(values.length - 1, Math.floor(q * values.length))] : undefined;
  return {
    kills: kills.length,
    measured: values.length,
    minMs: values[0],
    medianMs: at(0.5),
    p90Ms: at(0.9),
    maxMs: values[values.length - 1],
    within10s: values.filter((v) => v <= 10_000).length,
  };
}
