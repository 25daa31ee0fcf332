import { Max, Min, getMetadataStorage } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { validateArgs } from '../validate-args';

class PageInput {
  @Min(1)
  @Max(100)
  limit!: number;
}

const page = (limit: number) => Object.assign(new PageInput(), { limit });
const check = (value: unknown) =>
  validateArgs(value, PageInput, { root: {}, args: {}, context: {}, info: {} as never });

describe('validateArgs', () => {
  it('passes a valid input object', async () => {
    await expect(check(page(20))).resolves.toBeUndefined();
  });

  it('refuses an invalid input object with ArgumentValidationError and its constraints', async () => {
    const refused = await Promise.resolve(check(page(0))).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ArgumentValidationError);
    expect((refused as ArgumentValidationError).extensions.validationErrors).toEqual([
      expect.objectContaining({ property: 'limit', constraints: { min: expect.any(String) } }),
    ]);
  });

  it('checks every object of a list', async () => {
    await expect(check([page(5), page(500)])).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(check([page(5), null, page(50)])).resolves.toBeUndefined();
  });

  it('lets scalars and missing arguments through, as type-graphql does', () => {
    expect(check(null)).toBeUndefined();
    expect(check(undefined)).toBeUndefined();
    expect(check('text')).toBeUndefined();
  });

  it('skips objects whose class has no constraint, without asking class-validator again', async () => {
    class Unchecked {
      limit = 0;
    }
    const representations = [{ __typename: 'Account', id: 'a1' }, Object.create(null)];
    expect(check(representations)).toBeUndefined();
    expect(check(new Unchecked())).toBeUndefined();
    const lookUps = jest.spyOn(getMetadataStorage(), 'getTargetValidationMetadatas');
    try {
      expect(check(representations)).toBeUndefined();
      expect(check(new Unchecked())).toBeUndefined();
      expect(lookUps).not.toHaveBeenCalled();
      // A class with constraints is still checked, beside objects without any.
      await expect(check([{ id: 'x' }, page(500)])).rejects.toBeInstanceOf(ArgumentValidationError);
      await expect(check([{ id: 'x' }, page(50)])).resolves.toBeUndefined();
    } finally {
      lookUps.mockRestore();
    }
  });
});
