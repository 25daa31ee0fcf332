import { randomUUID } from 'node:crypto';
import { OpportunityStageChanged, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/demo-data';
import { ManualClock } from '@salesgraph/service-kit';
import { waitFor } from '@salesgraph/testing';
import { PlanningFixture } from './support/planning-fixture';

const { rep: rita } = DemoUsers;

type Forecast = {
  weightedPipeline: string;
  openOpportunities: number;
  forecast: string;
  slippedCounted: boolean;
  slippedOpportunities: number;
  slippedWeightedPipeline: string;
  slippedDeals: Array<{ opportunityId: string; reason: string; daysOverdue: number | null }>;
};

const forecastOf = `query($u: ID, $start: String, $slippedIn: SlippedDealPlacement) {
  salesForecast(periodKind: QUARTER, periodStart: $start, userId: $u, slippedIn: $slippedIn) {
    weightedPipeline openOpportunities forecast slippedCounted slippedOpportunities
    slippedWeightedPipeline slippedDeals { opportunityId reason daysOverdue } } }`;

describe('planning: the forecast never drops a slipped deal', () => {
  const clock = new ManualClock(new Date('2026-05-10T12:00:00Z'));
  let f: PlanningFixture;
  const passed = randomUUID();
  const undated = randomUUID();
  const ahead = randomUUID();

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-slipped', { clock });
    const opp = (id: string, probability: number, expectedCloseDate?: string) =>
      f.envelope(OpportunityStageChanged, {
        opportunityId: id,
        name: 'Deal',
        ownerId: rita.id,
        stage: 'NEGOTIATION',
        amount: '10000.00',
        currency: 'EUR',
        probability,
        expectedCloseDate,
        productIds: [],
        changedAt: '2026-04-01T10:00:00Z',
      });
    await f.publish(
      Topics.lead,
      opp(passed, 50, '2026-03-20'), // its close date, in Q1, has passed
      opp(undated, 20), // no close date at all
      opp(ahead, 40, '2026-05-30'), // closes later this quarter
    );
    await waitFor(async () => (await f.handled('planning.pipeline')) >= 3, {
      what: 'opportunity events',
    });
  });
  afterAll(() => f?.stop());

  const forecast = async (start: string, slippedIn?: string) =>
    (
      await f.data<{ salesForecast: Forecast }>(rita, forecastOf, {
        u: rita.id,
        start,
        ...(slippedIn ? { slippedIn } : {}),
      })
    ).salesForecast;

  it('counts deals whose close date passed, or that have none, in the current period by default', async () => {
    const q2 = await forecast('2026-04-01');
    expect(q2).toMatchObject({
      weightedPipeline: '11000.00', // 4000 closing this quarter + 5000 and 2000 slipped
      openOpportunities: 3,
      forecast: '11000.00',
      slippedCounted: true,
      slippedOpportunities: 2,
      slippedWeightedPipeline: '7000.00',
    });
    expect(q2.slippedDeals).toEqual([
      { opportunityId: passed, reason: 'CLOSE_DATE_PASSED', daysOverdue: 51 },
      { opportunityId: undated, reason: 'NO_CLOSE_DATE', daysOverdue: null },
    ]);
    // Q1, where the passed deal was due, no longer counts it, but still shows it as slipped.
    const q1 = await forecast('2026-01-01');
    expect(q1).toMatchObject({
      weightedPipeline: '0.00',
      slippedCounted: false,
      slippedOpportunities: 2,
    });
  });

  it('counts them in the next period, or lists them only, when the manager chooses', async () => {
    expect(await forecast('2026-04-01', 'NEXT_PERIOD')).toMatchObject({
      weightedPipeline: '4000.00',
      openOpportunities: 1,
      slippedCounted: false,
      slippedOpportunities: 2,
    });
    expect(await forecast('2026-07-01', 'NEXT_PERIOD')).toMatchObject({
      weightedPipeline: '7000.00',
      openOpportunities: 2,
      slippedCounted: true,
    });
    expect(await forecast('2026-04-01', 'NOT_COUNTED')).toMatchObject({
      weightedPipeline: '4000.00',
      slippedCounted: false,
      slippedOpportunities: 2,
      slippedWeightedPipeline: '7000.00',
    });
  });

  it('treats a deal as slipped once the day after its close date comes', async () => {
    clock.set(new Date('2026-05-31T08:00:00Z'));
    const q2 = await forecast('2026-04-01');
    expect(q2.slippedDeals.map((d) => d.opportunityId)).toEqual([passed, ahead, undated]);
    expect(q2.weightedPipeline).toBe('11000.00');
  });
});
