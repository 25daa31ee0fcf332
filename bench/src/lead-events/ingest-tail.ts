/**
 * The last events of a lead-ingest phase, whose consumption ends its timing: with keys spread over
 * the marketing topic's partitions, 500 hold the last event of every partition. Shared by the
 * benchmark and the text of BENCHMARKS.md that says how a phase is timed.
 */
export const TAIL_EVENTS = 500;
/** How often they are asked about: the resolution of a phase's seconds. */
export const TAIL_POLL_MS = 20;
