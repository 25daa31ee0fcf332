import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { fragmentsOf } from './fragment-walk';

export interface CostOptions {
  maxCost: number;
  /** Items a list field is assumed to return when the query does not say (`limit`). */
  defaultListSize?: number;
}

/**
 * Estimates what an operation will cost before it runs: every field costs 1,
 * and everything under a list field is multiplied by the number of items it
 * may return (its `limit` argument when given as a literal, else a default).
 * Operations over `maxCost` are refused.
 */
export function costLimitRule(options: CostOptions): ValidationRule {
  const defaultListSize = options.defaultListSize ?? 50;
  return (context) => {
    const schema = context.getSchema();
    const fragments = fragmentsOf(context.getDocument());

    const listSize = (node: FieldNode): number => {
      const limit = node.arguments?.find(
        (a) => a.name.value === 'limit' || a.name.value === 'first',
      );
      if (limit?.value.kind === Kind.INT) return Math.max(1, Number(limit.value.value));
      return defaultListSize;
    };

    const fieldOf = (
      parent: GraphQLCompositeType,
      name: string,
    ): GraphQLField<unknown, unknown> | undefined =>
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;

    const costOf = (
      selectionSet: SelectionSetNode,
      parent: GraphQLCompositeType,
      multiplier: number,
      seen: Set<string>,
    ): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (total > options.maxCost) return total;
        if (selection.kind === Kind.FIELD) {
          total += multiplier;
          const field = fieldOf(parent, selection.name.value);
          if (!field || !selection.selectionSet) continue;
          const type = getNamedType(field.type);
          if (!isCompositeType(type)) continue;
          const factor = isListType(getNullableType(field.type)) ? listSize(selection) : 1;
          total += costOf(selection.selectionSet, type, multiplier * factor, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          if (condition && isCompositeType(condition))
            total += costOf(selection.selectionSet, condition, multiplier, seen);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          const condition = schema.getType(fragment.typeCondition.name.value);
          if (condition && isCompositeType(condition)) {
            total += costOf(
              fragment.selectionSet,
              condition,
              multiplier,
              new Set(seen).add(fragment.name.value),
            );
          }
        }
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'mutation'
            ? schema.getMutationType()
            : operation.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        if (!root) return;
        const cost = costOf(operation.selectionSet, root, 1, new Set());
        if (cost > options.maxCost) {
          context.reportError(
            new GraphQLError(
              `The query is too expensive: its estimated cost exceeds the maximum of ${options.maxCost}. Ask for fewer items or fields.`,
              {
                nodes: [operation],
                extensions: { code: 'QUERY_TOO_COMPLEX', limit: options.maxCost },
              },
            ),
          );
        }
      },
    };
  };
}
