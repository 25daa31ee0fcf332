import { faultSchedule } from '../fault-schedule';
import { suiteSizes } from '../suite-size';

describe('the fault schedule', () => {
  it('has every fault of the full size, spread over the run', () => {
    const steps = faultSchedule(suiteSizes.full);
    const count = (kind: string) => steps.filter((s) => s.kind === kind).length;
    expect(count('consumer kill')).toBe(60);
    expect(count('relay kill')).toBe(3);
    expect(count('broker restart')).toBe(2);
    expect(count('database restart')).toBe(2);
    // Not bunched at either end: the first and last steps are kills.
    expect(steps[0].kind).toBe('consumer kill');
    expect(steps[steps.length - 1].kind).toBe('consumer kill');
    const services = steps.flatMap((s) => (s.kind === 'consumer kill' ? [s.service] : []));
    for (const service of ['lead', 'account', 'order', 'planning', 'notification'])
      expect(services.filter((s) => s === service).length).toBeGreaterThanOrEqual(12);
    expect(
      steps.filter((s) => s.kind === 'broker restart').map((s) => (s as { hard: boolean }).hard),
    ).toEqual([false, true]);
  });

  it('has one of each fault at the reduced size', () => {
    const kinds = faultSchedule(suiteSizes.reduced).map((s) => s.kind);
    expect(new Set(kinds)).toEqual(
      new Set(['consumer kill', 'relay kill', 'broker restart', 'database restart']),
    );
  });

  it('kills the notification service at the reduced size too', () => {
    const killed = faultSchedule(suiteSizes.reduced).flatMap((s) =>
      s.kind === 'consumer kill' ? [s.service] : [],
    );
    expect(killed).toContain('notification');
  });
});
