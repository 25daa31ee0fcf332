import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventLatencyResult } from '../../benchmarks/event-latency.benchmark';
import type { BenchResult } from '../../run-benchmarks';
import { eventLatencySection } from '../lead-events-markdown';

/** The committed run of record's event latency, with or without the sends' acknowledgements. */
function eventLatency(
  acknowledgedMs?: EventLatencyResult['paced']['acknowledgedMs'],
): BenchResult<EventLatencyResult> {
  const file = join(__dirname, '..', '..', '..', 'results', 'event-latency.json');
  const result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult<EventLatencyResult>;
  for (const phase of [result.figures.paced, result.figures.saturation]) {
    delete phase.acknowledgedMs;
    if (acknowledgedMs) phase.acknowledgedMs = acknowledgedMs;
  }
  return result;
}

describe('eventLatencySection', () => {
  it("gives how long the sends waited for the broker's acknowledgement, paced and unpaced", () => {
    const text = eventLatencySection(
      eventLatency({ published: 10, seen: 10, p50: 4.2, p95: 9, p99: 30.5, max: 41 }),
    ).join('\n');
    expect(text).toContain("Publish → the broker's acknowledgement of the send");
    expect(text).toContain('paced 4.2 / 9 / 30.5 / 41 ms; unpaced 4.2 / 9 / 30.5 / 41 ms.');
  });

  it('leaves the acknowledgements out for results written before they were measured', () => {
    expect(eventLatencySection(eventLatency()).join('\n')).not.toContain('acknowledgement');
  });
});
