import {
  HistoryReader,
  type AuditEntry,
  type HistorySource,
  type HistorySubject,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import {
  readRelationshipActionHistories,
  relationshipActionHistory,
} from './relationship-action-history';

/**
 * Planning's one HistoryReader: the kit's, which reads every history of a
 * kind in one statement per request, except that relationship actions are
 * read from their plan's events (see relationship-action-history.ts).
 */
export class PlanHistoryReader extends HistoryReader {
  constructor(private readonly database: DataSource) {
    super(database);
  }

  override read(
    source: HistorySource,
    subjects: readonly HistorySubject[],
    manager: EntityManager = this.database.manager,
  ): Promise<Map<string, AuditEntry[]>> {
    return source === relationshipActionHistory
      ? readRelationshipActionHistories(manager, subjects)
      : super.read(source, subjects, manager);
  }
}
