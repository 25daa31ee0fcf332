import { handPlan, nextFollowUpOf } from '../next-follow-up.rule';

const at = (iso: string) => new Date(iso);

describe('nextFollowUpOf', () => {
  it('has no follow-up without activities', () => {
    expect(nextFollowUpOf([])).toBeNull();
  });

  it('takes the follow-up of the activity that happened last, however late another was logged', () => {
    const visit = {
      occurredAt: at('2026-03-10T10:00:00Z'),
      createdAt: at('2026-03-10T11:00:00Z'),
      nextFollowUpAt: at('2026-03-20T09:00:00Z'),
    };
    const lateLoggedCall = {
      occurredAt: at('2026-03-03T10:00:00Z'),
      createdAt: at('2026-03-11T08:00:00Z'),
      nextFollowUpAt: null,
    };
    expect(nextFollowUpOf([visit, lateLoggedCall])).toEqual(visit.nextFollowUpAt);
    expect(nextFollowUpOf([lateLoggedCall, visit])).toEqual(visit.nextFollowUpAt);
  });

  it('lets the activity that happened last clear the follow-up when it plans none', () => {
    expect(
      nextFollowUpOf([
        {
          occurredAt: at('2026-03-01T10:00:00Z'),
          createdAt: at('2026-03-01T10:00:00Z'),
          nextFollowUpAt: at('2026-03-20T09:00:00Z'),
        },
        {
          occurredAt: at('2026-03-05T10:00:00Z'),
          createdAt: at('2026-03-05T10:00:00Z'),
          nextFollowUpAt: null,
        },
      ]),
    ).toBeNull();
  });

  it('breaks a tie on when it happened by when it was logged', () => {
    const same = at('2026-03-05T10:00:00Z');
    expect(
      nextFollowUpOf([
        {
          occurredAt: same,
          createdAt: at('2026-03-05T11:00:00Z'),
          nextFollowUpAt: at('2026-04-01T00:00:00Z'),
        },
        { occurredAt: same, createdAt: at('2026-03-05T10:30:00Z'), nextFollowUpAt: null },
      ]),
    ).toEqual(at('2026-04-01T00:00:00Z'));
  });
});

describe('a follow-up planned by hand', () => {
  const call = {
    occurredAt: at('2026-03-05T10:00:00Z'),
    createdAt: at('2026-03-05T10:00:00Z'),
    nextFollowUpAt: at('2026-03-12T09:00:00Z'),
  };

  it('has no say when nobody planned one', () => {
    expect(handPlan(null, null)).toEqual([]);
    expect(nextFollowUpOf([call, ...handPlan(null, null)])).toEqual(call.nextFollowUpAt);
  });

  it('overrides the activities that happened before it was planned, and may clear it', () => {
    const moved = at('2026-03-19T09:00:00Z');
    expect(nextFollowUpOf([call, ...handPlan(at('2026-03-06T08:00:00Z'), moved)])).toEqual(moved);
    expect(nextFollowUpOf([call, ...handPlan(at('2026-03-06T08:00:00Z'), null)])).toBeNull();
  });

  it('gives way to an activity that happened after it, but not to one logged late', () => {
    const plan = handPlan(at('2026-03-06T08:00:00Z'), at('2026-03-19T09:00:00Z'));
    const visitAfter = {
      occurredAt: at('2026-03-08T10:00:00Z'),
      createdAt: at('2026-03-08T12:00:00Z'),
      nextFollowUpAt: at('2026-04-02T09:00:00Z'),
    };
    const lateLoggedCall = {
      occurredAt: at('2026-03-04T10:00:00Z'),
      createdAt: at('2026-03-09T12:00:00Z'),
      nextFollowUpAt: null,
    };
    expect(nextFollowUpOf([call, ...plan, visitAfter])).toEqual(visitAfter.nextFollowUpAt);
    expect(nextFollowUpOf([call, ...plan, lateLoggedCall])).toEqual(at('2026-03-19T09:00:00Z'));
  });
});
