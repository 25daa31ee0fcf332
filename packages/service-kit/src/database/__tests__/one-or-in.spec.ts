import { FindOperator } from 'typeorm';
import { oneOrIn } from '../one-or-in';

describe('oneOrIn', () => {
  it('gives one value as itself, so that TypeORM compares it with =', () => {
    expect(oneOrIn(['a'])).toBe('a');
  });

  it('gives none or several as In', () => {
    for (const values of [[], ['a', 'b']]) {
      const condition = oneOrIn(values);
      expect(condition).toBeInstanceOf(FindOperator);
      expect((condition as FindOperator<string>).type).toBe('in');
      expect((condition as FindOperator<string>).value).toEqual(values);
    }
  });
});
