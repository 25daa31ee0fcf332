import type { AuditEntry, GraphQLContext } from '@salesgraph/service-kit';
import type { EntityHistoryReader } from './entity-history.reader';
import type { HistorySource } from './history-sources';

/**
 * The history of one entity, read for every entity of its kind that a
 * request shows in one query (the contacts, threats, team and requests of a
 * key-account view would otherwise cost one query each). The loader's key
 * carries the account too, which the contact and threat histories need.
 */
export function historyOf(
  context: GraphQLContext,
  reader: EntityHistoryReader,
  source: HistorySource,
  entity: { id: string; accountId: string },
): Promise<AuditEntry[]> {
  return context.loaders
    .get<string, AuditEntry[]>(`history:${source.aggregateType}`, async (keys) => {
      const subjects = keys.map((key) => {
        const [accountId, id] = key.split('/');
        return { id, accountId };
      });
      const histories = await reader.read(source, subjects);
      return subjects.map((s) => histories.get(s.id) ?? []);
    })
    .load(`${entity.accountId}/${entity.id}`);
}
