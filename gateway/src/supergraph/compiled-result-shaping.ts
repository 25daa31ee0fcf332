import * as federation from '@apollo/federation-internals';
import type {
  CompositeType,
  Directive,
  FieldSelection,
  NamedType,
  Operation,
  Schema,
  SelectionSet,
  Type,
} from '@apollo/federation-internals';
import * as resultShaping from '@apollo/gateway/dist/resultShaping';
import type { GraphQLError } from 'graphql';

/*
 * Apollo Gateway shapes every response (`computeResponse`) by walking the
 * operation's selections over the merged subgraph data, and for each
 * selection of each object it looks up @skip and @include among the
 * selection's directives, asks the field whether it is an introspection
 * field, and checks each leaf against the schema's scalars; every helper it
 * calls goes through a re-export getter of @apollo/federation-internals. That
 * was 19 % of the gateway's CPU under the key-account query (hundreds of
 * products and orders a response) and 6.5 % under the lead list.
 *
 * Here the same walk reads steps worked out once per selection set (its
 * response names, conditions, types and leaf checks) and kept for as long as
 * the operation lives: Apollo Server keeps one parsed document per query text
 * and reused-operations.ts one federation Operation per document, so a
 * query's steps are worked out on its first request. What comes out is what
 * Apollo's `computeResponse` gives, data, errors and their messages alike
 * (compiled-result-shaping.spec.ts runs both over generated answers).
 */

const {
  ERRORS,
  Variable,
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  typenameFieldName,
} = federation;
// An assertion function needs its type spelled out where it is declared.
const assert: typeof federation.assert = federation.assert;

type ComputeResponse = typeof resultShaping.computeResponse;
type Input = Record<string, unknown>;
type Output = Record<string, unknown>;
type Path = Array<string | number>;

/** A @skip or @include of a selection, and its `if`: a constant or a variable. */
interface Condition {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly directive: Directive<any, any>;
  readonly value: unknown;
}

interface FieldStep {
  readonly kind: 'field';
  readonly responseName: string;
  readonly skip?: Condition;
  readonly include?: Condition;
  /** An introspection field (`__schema`, `__type`): answered by the executor's handler. */
  readonly introspection?: FieldSelection;
  readonly typename: boolean;
  readonly value: ValueShape;
  readonly selectionSet?: SelectionSet;
}

interface FragmentStep {
  readonly kind: 'fragment';
  readonly skip?: Condition;
  readonly include?: Condition;
  readonly typeCondition?: CompositeType;
  readonly selectionSet: SelectionSet;
  /** Whether the condition applies, by the object's __typename or, without one, by the parent type. */
  readonly applies: Map<string | NamedType, boolean>;
}

type Step = FieldStep | FragmentStep;

/** A field's type, unwrapped once: what Apollo's `updateOutputValue` finds out on every value. */
type ValueShape =
  | { readonly kind: 'nonNull'; readonly type: Type; readonly inner: ValueShape }
  | { readonly kind: 'list'; readonly type: Type; readonly inner: ValueShape }
  | { readonly kind: 'composite'; readonly type: CompositeType }
  | { readonly kind: 'leaf'; readonly type: Type; readonly valid: (value: unknown) => boolean };

/** One response being shaped. `invalid` and `erred` are what the last value's update reported. */
interface Run {
  readonly schema: Schema;
  readonly variables: Record<string, unknown>;
  readonly errors: GraphQLError[];
  readonly introspectionHandling: (selection: FieldSelection) => unknown;
  readonly path: Path;
  invalid: boolean;
  erred: boolean;
}

const OK = 0;
const NULL_BUBBLE_UP = 1;
const integerString = /^-?(?:0|[1-9][0-9]*)$/;

const stepsBySelectionSet = new WeakMap<SelectionSet, Step[]>();
const shapes = new WeakMap<Type, ValueShape>();
const defaultedVariables = new WeakMap<Operation, Record<string, unknown>>();
const stats = { calls: 0 };

export const compiledComputeResponse: ComputeResponse = ({
  operation,
  variables,
  input,
  introspectionHandling,
}) => {
  stats.calls++;
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  let defaults = defaultedVariables.get(operation);
  if (!defaults)
    defaultedVariables.set(operation, (defaults = operation.collectDefaultedVariableValues()));
  const run: Run = {
    schema,
    variables: Object.assign(Object.create(null), defaults, variables),
    errors: [],
    introspectionHandling,
    path: [],
    invalid: false,
    erred: false,
  };
  const data: Output = Object.create(null);
  const result = applySteps(
    run,
    input,
    operation.selectionSet,
    data,
    schema.schemaDefinition.rootType(operation.rootKind)!,
  );
  return { data: result === NULL_BUBBLE_UP ? null : data, errors: run.errors };
};

const apollos = resultShaping.computeResponse;

/**
 * Puts `compiledComputeResponse` where Apollo Gateway's executor finds
 * `computeResponse`: it calls it through the module's exports at every
 * request. `compiledResultShaping` reports whether it is there.
 */
export function compileResultShaping(): void {
  if (resultShaping.computeResponse !== apollos) return;
  (resultShaping as { computeResponse: ComputeResponse }).computeResponse = compiledComputeResponse;
}

/** Whether the executor's `computeResponse` is the compiled one, and how often it was called. */
export function compiledResultShaping(): { installed: boolean; calls: number } {
  return {
    installed: resultShaping.computeResponse === compiledComputeResponse,
    calls: stats.calls,
  };
}

function applySteps(
  run: Run,
  input: Input,
  selectionSet: SelectionSet,
  output: Output,
  parentType: CompositeType,
): number {
  for (const step of stepsOf(selectionSet, run.schema)) {
    if (skipped(step, run.variables)) continue;
    if (step.kind === 'field') {
      const name = step.responseName;
      const outputValue = output[name];
      if (step.introspection) {
        if (outputValue === undefined) output[name] = run.introspectionHandling(step.introspection);
        continue;
      }
      let inputValue = Object.prototype.hasOwnProperty.call(input, name) ? input[name] : undefined;
      inputValue ??= null;
      if (step.typename) {
        if (outputValue === undefined) {
          if (inputValue === null && name !== typenameFieldName)
            inputValue = input[typenameFieldName] ?? null;
          const type =
            inputValue !== null && typeof inputValue === 'string'
              ? (run.schema.type(inputValue) ?? parentType)
              : parentType;
          if (!isObjectType(type)) return NULL_BUBBLE_UP;
          output[name] = type.name;
        }
        continue;
      }
      run.path.push(name);
      output[name] = updateValue(
        run,
        outputValue,
        step.value,
        inputValue,
        step.selectionSet,
        parentType,
      );
      run.path.pop();
      if (run.invalid) return NULL_BUBBLE_UP;
    } else {
      const typename = input[typenameFieldName];
      assert(
        !typename || typeof typename === 'string',
        () => `Got unexpected value for __typename: ${typename}`,
      );
      if (conditionApplies(step, run.schema, typename as string | undefined, parentType)) {
        const result = applySteps(
          run,
          input,
          step.selectionSet,
          output,
          step.typeCondition ?? parentType,
        );
        if (result === NULL_BUBBLE_UP) return NULL_BUBBLE_UP;
      }
    }
  }
  return OK;
}

/** Apollo's `updateOutputValue`, over a shape instead of the type; sets `run.invalid` and `run.erred`. */
function updateValue(
  run: Run,
  outputValue: unknown,
  shape: ValueShape,
  inputValue: unknown,
  selectionSet: SelectionSet | undefined,
  parentType: CompositeType,
): unknown {
  assert(inputValue !== undefined, 'Should not pass undefined for `inputValue` to this method');
  run.invalid = false;
  run.erred = false;
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) return outputValue;
  if (shape.kind === 'nonNull') {
    const updated = updateValue(
      run,
      outputValue,
      shape.inner,
      inputValue,
      selectionSet,
      parentType,
    );
    if (updated === null) {
      if (!run.erred) {
        run.errors.push(
          ERRORS.INVALID_GRAPHQL.err(
            `Cannot return null for non-nullable ${describeLast(run.path, shape.inner.type, parentType)}.`,
            { path: Array.from(run.path) },
          ),
        );
      }
      run.invalid = true;
      run.erred = true;
      return updated;
    }
    run.invalid = false;
    run.erred = false;
    return updated;
  }
  if (inputValue === null) return null;
  switch (shape.kind) {
    case 'list':
      return updateList(run, outputValue, shape, inputValue, selectionSet, parentType);
    case 'composite':
      return updateComposite(run, outputValue, shape, inputValue, selectionSet, parentType);
    default: {
      assert(
        outputValue === undefined,
        () => `Excepted output to be undefined but got ${shape.type} for type ${shape.type}`,
      );
      const valid = shape.valid(inputValue);
      if (!valid) {
        run.errors.push(
          ERRORS.INVALID_GRAPHQL.err(
            `Invalid value found for ${describeLast(run.path, shape.type, parentType)}.`,
            { path: Array.from(run.path) },
          ),
        );
      }
      run.erred = !valid;
      return valid ? inputValue : null;
    }
  }
}

function updateList(
  run: Run,
  outputValue: unknown,
  shape: Extract<ValueShape, { kind: 'list' }>,
  inputValue: unknown,
  selectionSet: SelectionSet | undefined,
  parentType: CompositeType,
): unknown {
  const { type } = shape;
  if (!Array.isArray(inputValue))
    assert(
      false,
      () => `Invalid non-list value ${inputValue} returned by subgraph for list type ${type}`,
    );
  assert(
    outputValue === undefined || Array.isArray(outputValue),
    () => `Invalid non-list value ${outputValue} returned by subgraph for list type ${type}`,
  );
  const outputs = (outputValue ?? new Array(inputValue.length).fill(undefined)) as unknown[];
  assert(
    inputValue.length === outputs.length,
    () =>
      `[${inputValue}].length (${inputValue.length}) !== [${outputs}].length (${outputs.length})`,
  );
  let nullify = false;
  let erred = false;
  const updated = new Array<unknown>(outputs.length);
  for (let i = 0; i < outputs.length; i++) {
    run.path.push(i);
    updated[i] = updateValue(run, outputs[i], shape.inner, inputValue[i], selectionSet, parentType);
    run.path.pop();
    nullify ||= run.invalid;
    erred ||= run.erred;
  }
  run.invalid = false;
  run.erred = erred;
  return nullify ? null : updated;
}

function updateComposite(
  run: Run,
  outputValue: unknown,
  shape: Extract<ValueShape, { kind: 'composite' }>,
  inputValue: unknown,
  selectionSet: SelectionSet | undefined,
  parentType: CompositeType,
): unknown {
  const { type } = shape;
  assert(selectionSet, () => `Invalid empty selection set for composite type ${type}`);
  assert(
    typeof inputValue === 'object',
    () => `Invalid non-object value ${inputValue} returned by subgraph for composite type ${type}`,
  );
  assert(
    outputValue === undefined || typeof outputValue === 'object',
    () => `Invalid non-object value ${inputValue} returned by subgraph for composite type ${type}`,
  );
  const input = inputValue as Input;
  const inputTypename = input[typenameFieldName];
  assert(
    inputTypename === undefined || typeof inputTypename === 'string',
    () => `Invalid non-string value ${inputTypename} for __typename at ${run.path}`,
  );
  let objectType: CompositeType = type;
  if (inputTypename) {
    const named = run.schema.type(inputTypename as string);
    if (!named || !isCompositeType(named)) {
      run.errors.push(
        ERRORS.INVALID_GRAPHQL.err(
          `Invalid __typename found for object at ${describeLast(run.path, type, parentType)}.`,
          { path: Array.from(run.path) },
        ),
      );
      run.invalid = false;
      run.erred = true;
      return null;
    }
    objectType = named;
  }
  const output = (outputValue ?? Object.create(null)) as Output;
  const result = applySteps(run, input, selectionSet, output, objectType);
  run.invalid = false;
  run.erred = result === NULL_BUBBLE_UP;
  return run.erred ? null : output;
}

function describeLast(path: Path, currentType: Type, parentType: CompositeType): string {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string'
    ? `field ${parentType}.${element}`
    : `array element of type ${currentType} at index ${element}`;
}

function skipped(step: Step, variables: Record<string, unknown>): boolean {
  return (
    (step.skip !== undefined && !!conditionValue(step.skip, variables)) ||
    (step.include !== undefined && !conditionValue(step.include, variables))
  );
}

function conditionValue({ directive, value }: Condition, variables: Record<string, unknown>) {
  if (!(value instanceof Variable)) return value;
  const given = variables[value.name];
  assert(
    given !== undefined && typeof given === 'boolean',
    () => `Unexpected value ${given} for variable ${value} of ${directive}`,
  );
  return given;
}

function conditionApplies(
  step: FragmentStep,
  schema: Schema,
  typename: string | undefined,
  parentType: CompositeType,
): boolean {
  const { typeCondition } = step;
  if (!typeCondition) return true;
  const key = typename || parentType;
  let applies = step.applies.get(key);
  if (applies === undefined) {
    if (typename) {
      const type = schema.type(typename);
      applies = !!type && isSubtype(typeCondition, type);
    } else {
      applies = isSubtype(typeCondition, parentType);
    }
    step.applies.set(key, applies);
  }
  return applies;
}

function stepsOf(selectionSet: SelectionSet, schema: Schema): Step[] {
  let steps = stepsBySelectionSet.get(selectionSet);
  if (!steps) {
    steps = selectionSet.selections().map((selection) => stepOf(selection, schema));
    stepsBySelectionSet.set(selectionSet, steps);
  }
  return steps;
}

function stepOf(selection: ReturnType<SelectionSet['selections']>[number], schema: Schema): Step {
  const element = selection.element;
  const skip = conditionOf(element.appliedDirectivesOf(schema.skipDirective())[0]);
  const include = conditionOf(element.appliedDirectivesOf(schema.includeDirective())[0]);
  if (selection.kind === 'FieldSelection') {
    const field = selection.element;
    return {
      kind: 'field',
      responseName: field.responseName(),
      skip,
      include,
      introspection: field.definition.isSchemaIntrospectionField() ? selection : undefined,
      typename: field.name === typenameFieldName,
      value: shapeOf(schema, field.definition.type!),
      selectionSet: selection.selectionSet,
    };
  }
  return {
    kind: 'fragment',
    skip,
    include,
    typeCondition: selection.element.typeCondition,
    selectionSet: selection.selectionSet,
    applies: new Map(),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function conditionOf(directive: Directive<any, any> | undefined): Condition | undefined {
  if (!directive) return undefined;
  return { directive, value: (directive.arguments() as { if?: unknown }).if };
}

function shapeOf(schema: Schema, type: Type): ValueShape {
  let shape = shapes.get(type);
  if (shape) return shape;
  if (isNonNullType(type)) shape = { kind: 'nonNull', type, inner: shapeOf(schema, type.ofType) };
  else if (isListType(type)) shape = { kind: 'list', type, inner: shapeOf(schema, type.ofType) };
  else if (isCompositeType(type)) shape = { kind: 'composite', type };
  else shape = { kind: 'leaf', type, valid: leafCheck(schema, type) };
  shapes.set(type, shape);
  return shape;
}

/** federation's `isValidLeafValue` for one type, with the type's questions answered once. */
function leafCheck(schema: Schema, type: Type): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  const isBoolean = type === schema.booleanType();
  const isInt = type === schema.intType();
  const isId = type === schema.idType();
  const isFloat = type === schema.floatType();
  const enumType = isEnumType(type) ? type : undefined;
  return (value) => {
    if (typeof value === 'boolean') return isBoolean;
    if (typeof value === 'number' && isFinite(value)) {
      if (isInt || isId) return integerString.test(String(value));
      return isFloat;
    }
    if (typeof value === 'string') {
      if (enumType) return enumType.value(value) !== undefined;
      return !isBoolean && !isInt && !isFloat;
    }
    return false;
  };
}
