import { offlineServiceEnv } from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';

describe('planning configuration', () => {
  const base = offlineServiceEnv(4004);

  it('has defaults for the planning currency and the shortfall check', () => {
    expect(loadPlanningConfig(base)).toMatchObject({
      PLANNING_CURRENCY: 'EUR',
      SHORTFALL_THRESHOLD_PERCENT: 20,
      SHORTFALL_CHECK_INTERVAL_MS: 300_000,
      SHORTFALL_GRACE_DAYS: 14,
      SHORTFALL_ACTION_DUE_DAYS: 14,
    });
  });

  it('refuses a threshold outside 0..100, a too short interval and a bad currency, all at once', () => {
    expect(() =>
      loadPlanningConfig({
        ...base,
        SHORTFALL_THRESHOLD_PERCENT: '100',
        SHORTFALL_CHECK_INTERVAL_MS: '5',
        PLANNING_CURRENCY: 'euro',
      }),
    ).toThrow(
      /PLANNING_CURRENCY: must be an ISO 4217 code[\s\S]*SHORTFALL_THRESHOLD_PERCENT: must be below 100[\s\S]*SHORTFALL_CHECK_INTERVAL_MS: Too small/,
    );
  });
});
