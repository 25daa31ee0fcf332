import { isTransientInfrastructureError } from '../consumer/transient-error';

describe('isTransientInfrastructureError', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'PostgreSQL shutting down',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
    ['a deadlock', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    [
      'a wrapped driver error',
      Object.assign(new Error('query failed'), {
        driverError: Object.assign(new Error('x'), { code: '08006' }),
      }),
    ],
  ])('treats %s as an outage', (_label, error) => {
    expect(isTransientInfrastructureError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a non-error', 'nope'],
  ])('treats %s as the event’s own failure', (_label, error) => {
    expect(isTransientInfrastructureError(error)).toBe(false);
  });
});
