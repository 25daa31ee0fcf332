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

  it("gives the paced phase's latency by when the leads were published", () => {
    const result = eventLatency();
    result.figures.paced.latencyOverTime = [
      { fromS: 0, toS: 5, seen: 5000, p50: 40.1, p99: 90 },
      { fromS: 5, toS: 10, seen: 5000, p50: 60, p99: 250.5 },
    ];
    const text = eventLatencySection(result).join('\n');
    expect(text).toContain(
      `Paced, by when the leads were published (p50 / p99 ms, the ${result.figures.paced.events} leads in 2 stretches`,
    );
    expect(text.replace(/\n/g, ' ')).toContain(
      'publishing): 0 to 5 s 40.1 / 90; 5 to 10 s 60 / 250.5.',
    );
  });

  it('leaves the latency by publication out for results written before it was read', () => {
    const result = eventLatency();
    delete result.figures.paced.latencyOverTime;
    expect(eventLatencySection(result).join('\n')).not.toContain(
      'by when the leads were published',
    );
  });
});
