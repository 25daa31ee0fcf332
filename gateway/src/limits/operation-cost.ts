import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ListBounds } from './list-bounds';

/**
 * What an operation will cost before it runs: every field costs 1, and
 * everything under a list field is multiplied by the items it may return (its
 * page argument at the request's real value, clamped to the service's ceiling;
 * the list's own bound when it takes none).
 *
 * Linear in the document: a selection's cost is proportional to the items
 * above it, so each fragment is measured once per type it is spread into and
 * reused at every spread (the rule this replaces walked a fragment again at
 * every spread). Fragment cycles are refused by validation before this runs;
 * a cycle met here costs nothing more.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  bounds: ListBounds,
  /** Collects the names of the variables the cost depends on (for costs remembered per operation). */
  variablesRead?: Set<string>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]),
  );
  const unitCostOfFragment = new Map<string, number>();
  const measuring = new Set<string>();

  const fieldOf = (
    parent: GraphQLCompositeType,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;

  const pageSize = (node: FieldNode, field: GraphQLField<unknown, unknown>, key: string) => {
    const argument = field.args.find((a) => bounds.pageArguments.includes(a.name));
    if (!argument || bounds.unpaged[key] !== undefined)
      return bounds.unpaged[key] ?? bounds.defaultUnpaged;
    const ceiling = bounds.pageMax[key] ?? bounds.defaultPageMax;
    const given = node.arguments?.find((a) => a.name.value === argument.name)?.value;
    let value: unknown = argument.defaultValue;
    if (given?.kind === Kind.VARIABLE) {
      const name = given.name.value;
      variablesRead?.add(name);
      const fallback = variableDefaults.get(name);
      value =
        name in variables
          ? variables[name]
          : fallback
            ? valueFromAST(fallback, argument.type)
            : argument.defaultValue;
    } else if (given) {
      if (variablesRead) variablesIn(given, variablesRead);
      value = valueFromAST(given, argument.type, variables);
    }
    // Anything that is not a usable number is refused by the service; assume the worst here.
    const size = typeof value === 'number' && Number.isFinite(value) ? value : ceiling;
    return Math.min(Math.max(Math.floor(size), 1), ceiling);
  };

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // __typename is answered from the plan, not by a service; front ends (urql) add it everywhere.
        if (selection.name.value === '__typename') continue;
        total += 1;
        const field = fieldOf(parent, selection.name.value);
        if (!field || !selection.selectionSet) continue;
        const type = getNamedType(field.type);
        if (!isCompositeType(type)) continue;
        const factor = isListType(getNullableType(field.type))
          ? pageSize(selection, field, `${parent.name}.${field.name}`)
          : 1;
        total += factor * costOf(selection.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (condition && isCompositeType(condition))
          total += costOf(selection.selectionSet, condition);
      } else {
        total += fragmentCost(selection.name.value);
      }
    }
    return total;
  };

  const fragmentCost = (name: string): number => {
    const known = unitCostOfFragment.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || measuring.has(name)) return 0;
    const condition = schema.getType(fragment.typeCondition.name.value);
    if (!condition || !isCompositeType(condition)) return 0;
    measuring.add(name);
    const cost = costOf(fragment.selectionSet, condition);
    measuring.delete(name);
    unitCostOfFragment.set(name, cost);
    return cost;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? costOf(operation.selectionSet, root) : 0;
}

/** The variables a literal refers to (a list or an input object may hold some). */
function variablesIn(value: ValueNode, names: Set<string>): void {
  if (value.kind === Kind.VARIABLE) names.add(value.name.value);
  else if (value.kind === Kind.LIST) for (const item of value.values) variablesIn(item, names);
  else if (value.kind === Kind.OBJECT)
    for (const field of value.fields) variablesIn(field.value, names);
}
