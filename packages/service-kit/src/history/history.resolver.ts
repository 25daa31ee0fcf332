import type { Role } from '@salesgraph/identity';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../graphql/audit-entry.type';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { HistoryReader } from './history-reader';
import type { HistorySource } from './history-source';

/**
 * The `history` field of an entity type, batched: one resolver class per
 * type, made here, so no service writes a history resolver by hand.
 * `parentOf` gives the parent id for sources with `namedIn`; `roles`
 * restricts the field like the queries that reach the entity (none: any user
 * who may see the entity).
 */
export function createHistoryResolver<T extends { id: string }>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entityType: new (...args: any[]) => T,
  source: HistorySource,
  options: { description?: string; parentOf?: (entity: T) => string; roles?: Role[] } = {},
) {
  @Resolver(() => entityType)
  class HistoryResolver {
    constructor(readonly reader: HistoryReader) {}

    @FieldResolver(() => [AuditEntry], {
      description:
        options.description ??
        `Who changed this ${entityType.name} and when: the events about it, oldest first.`,
    })
    history(@Root() entity: T, @Ctx() context: GraphQLContext): Promise<AuditEntry[]> {
      const parentId = options.parentOf?.(entity);
      return this.reader.load(context.command, source, {
        id: entity.id,
        ...(parentId ? { parentId } : {}),
      });
    }
  }
  Object.defineProperty(HistoryResolver, 'name', { value: `${entityType.name}HistoryResolver` });
  if (options.roles?.length)
    Authorized(...options.roles)(
      HistoryResolver.prototype,
      'history',
      Object.getOwnPropertyDescriptor(HistoryResolver.prototype, 'history')!,
    );
  return HistoryResolver;
}
