import { addBusinessDays, isQueued, timingOf } from '../service-levels';

describe('service levels', () => {
  it('counts business days only, keeping the time of day', () => {
    // Thursday 2026-11-26 10:00 + 1 -> Friday; + 2 -> Monday; Friday + 1 -> Monday
    expect(addBusinessDays(new Date('2026-11-26T10:00:00Z'), 1).toISOString()).toBe(
      '2026-11-27T10:00:00.000Z',
    );
    expect(addBusinessDays(new Date('2026-11-26T10:00:00Z'), 2).toISOString()).toBe(
      '2026-11-30T10:00:00.000Z',
    );
    expect(addBusinessDays(new Date('2026-11-27T16:30:00Z'), 1).toISOString()).toBe(
      '2026-11-30T16:30:00.000Z',
    );
    // placed on a Saturday: due on Monday at the same time
    expect(addBusinessDays(new Date('2026-11-28T09:00:00Z'), 1).toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    );
  });

  it('tells age and whether an order is overdue against its status', () => {
    const placed = new Date('2026-11-27T16:30:00Z'); // a Friday
    const saturday = new Date('2026-11-28T16:30:00Z');
    expect(timingOf('PLACED', placed, saturday)).toEqual({
      ageMinutes: 24 * 60,
      dueAt: new Date('2026-11-30T16:30:00Z'),
      overdue: false,
    });
    expect(timingOf('PLACED', placed, new Date('2026-11-30T16:31:00Z')).overdue).toBe(true);
    expect(timingOf('CONFIRMED', placed, new Date('2026-11-30T16:31:00Z')).overdue).toBe(false);
  });

  it('queues only the statuses that wait for someone', () => {
    expect(['DRAFT', 'PLACED', 'CONFIRMED', 'FULFILLED'].every(isQueued)).toBe(true);
    expect(isQueued('INVOICED')).toBe(false);
    expect(isQueued('CANCELLED')).toBe(false);
  });
});
