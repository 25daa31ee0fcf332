import { ConfigError, offlineServiceEnv } from '@salesgraph/service-kit';
import { loadOrderConfig } from '../config';

describe('order configuration', () => {
  const base = offlineServiceEnv(4003);

  it('has working defaults for the contract watch and the currency', () => {
    expect(loadOrderConfig(base)).toMatchObject({
      ORDER_CURRENCY: 'EUR',
      CONTRACT_WATCH_INTERVAL_MS: 900_000,
      CONTRACT_UNDERRUN_TOLERANCE_PERCENT: 10,
      CONTRACT_WARNING_WINDOW_DAYS: 30,
    });
  });

  it('refuses values that would make the watch spin or mean nothing, naming each variable', () => {
    const load = () =>
      loadOrderConfig({
        ...base,
        CONTRACT_WATCH_INTERVAL_MS: '5',
        CONTRACT_UNDERRUN_TOLERANCE_PERCENT: '150',
        ORDER_CURRENCY: 'euro',
      });
    expect(load).toThrow(ConfigError);
    try {
      load();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('CONTRACT_WATCH_INTERVAL_MS');
      expect(problems).toContain('CONTRACT_UNDERRUN_TOLERANCE_PERCENT');
      expect(problems).toContain('ORDER_CURRENCY');
    }
  });
});
