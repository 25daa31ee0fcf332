import { cancellable, nextMove, serviceLevelPercent } from './queue-age';

describe('order queue ages', () => {
  it('measures the age against the time the service level allows', () => {
    const since = '2026-03-02T08:00:00Z';
    const dueAt = '2026-03-03T08:00:00Z'; // one day: 1440 minutes
    expect(serviceLevelPercent(since, dueAt, 360)).toBe(25);
    expect(serviceLevelPercent(since, dueAt, 2880)).toBe(200);
    expect(serviceLevelPercent(since, since, 5)).toBe(100);
  });

  it('offers the move that follows each status, and cancelling before fulfilment', () => {
    expect(['DRAFT', 'PLACED', 'CONFIRMED', 'FULFILLED', 'INVOICED'].map(nextMove)).toEqual([
      null,
      'confirm',
      'fulfil',
      'invoice',
      null,
    ]);
    expect(cancellable('CONFIRMED')).toBe(true);
    expect(cancellable('FULFILLED')).toBe(false);
  });
});
