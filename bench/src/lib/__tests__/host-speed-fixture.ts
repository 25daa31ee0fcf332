import type { HostSpeed } from '../host-speed';

/** A host speed as `measureHostSpeed` records it, with the three timings given (the usual ones by default). */
export function hostSpeedOf(javascriptMs: number, postgresqlMs = 230, roundTripUs = 40): HostSpeed {
  return {
    javascriptMs,
    loopSteps: 100_000_000,
    postgresqlMs,
    seriesRows: 2_000_000,
    roundTripUs,
    roundTrips: 1_000,
    repeats: 5,
  };
}
