import { pipelineRateDate } from '../pipeline-rate-date.rule';

describe('pipeline-rate-v1: the day whose rate converts an open opportunity', () => {
  const today = '2026-05-10';

  it('is the close date once that day has passed (a slipped deal)', () => {
    expect(pipelineRateDate('2026-04-20', today)).toBe('2026-04-20');
  });

  it('is today for a deal closing today, later, or on no known day: no rate set ahead is used', () => {
    expect(pipelineRateDate(today, today)).toBe(today);
    expect(pipelineRateDate('2026-06-20', today)).toBe(today);
    expect(pipelineRateDate(null, today)).toBe(today);
  });
});
