import {
  getMetadataStorage,
  validateOrReject,
  type ValidationError,
  type ValidatorOptions,
} from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** What type-graphql's own class-validator call uses for arguments (validate-arg.js). */
const options: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const constrained = new WeakMap<Function, boolean>();

/**
 * Whether class-validator holds a constraint for objects of this value's class.
 * Objects without one pass its validation untouched, but it looks their
 * metadata up anew each time: every entity representation `_entities` takes
 * (plain objects) paid for that, 2 % of the order service's CPU under the
 * key-account query. A class's decorators have run before any of its
 * objects exist, so the answer is kept per class.
 */
function hasConstraints(value: object): boolean {
  const type = (value as { constructor?: unknown }).constructor;
  if (typeof type !== 'function') return false;
  let known = constrained.get(type);
  if (known === undefined) {
    // The look-up class-validator's executor makes with our options: no groups, not strict, not always.
    const metadata = getMetadataStorage().getTargetValidationMetadatas(
      type,
      undefined as unknown as string,
      false,
      false,
    );
    known = metadata.length > 0;
    constrained.set(type, known);
  }
  return known;
}

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
  const checked = (Array.isArray(value) ? value : [value]).filter(
    (item): item is object => isObject(item) && hasConstraints(item),
  );
  if (checked.length === 0) return;
  return Promise.all(checked.map((item) => validateOrReject(item, options))).then(
    () => undefined,
    (errors: ValidationError[]) => {
      throw new ArgumentValidationError(errors);
    },
  );
};
