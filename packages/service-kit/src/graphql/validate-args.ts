import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** What type-graphql's own class-validator call uses for arguments (validate-arg.js). */
const options: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Validates every argument of every resolver with class-validator, exactly as
 * type-graphql's built-in validation does (input objects and arrays of them;
 * scalars pass), with the same ArgumentValidationError (BAD_USER_INPUT, see
 * format-error.ts). Given as `validateFn` because the built-in path requires
 * and copies class-validator's whole module on every validated argument: a
 * few percent of the CPU of a small list request.
 */
export const validateArgs: ValidatorFn = (value) => {
  if (!isObject(value)) return;
  return (
    Array.isArray(value)
      ? Promise.all(value.filter(isObject).map((item) => validateOrReject(item, options)))
      : validateOrReject(value, options)
  ).then(
    () => undefined,
    (errors: ValidationError[]) => {
      throw new ArgumentValidationError(errors);
    },
  );
};
