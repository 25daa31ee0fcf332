import type { OpportunitySnapshot } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the latest state of each opportunity. "Latest" is the higher
 * revision when both snapshots carry one, else the later event time; an
 * older snapshot arriving late never overwrites a newer one.
 */
export class PipelineStore {
  async apply(
    manager: EntityManager,
    opportunity: OpportunitySnapshot,
    changedAt: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO pipeline_opportunity
         (opportunity_id, owner_id, account_id, stage, amount, currency, probability, expected_close_date, revision, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (opportunity_id) DO UPDATE SET
         owner_id = EXCLUDED.owner_id, account_id = EXCLUDED.account_id, stage = EXCLUDED.stage,
         amount = EXCLUDED.amount, currency = EXCLUDED.currency, probability = EXCLUDED.probability,
         expected_close_date = EXCLUDED.expected_close_date, revision = EXCLUDED.revision,
         changed_at = EXCLUDED.changed_at
       WHERE CASE
         WHEN EXCLUDED.revision IS NOT NULL AND pipeline_opportunity.revision IS NOT NULL
           THEN EXCLUDED.revision > pipeline_opportunity.revision
         ELSE EXCLUDED.changed_at >= pipeline_opportunity.changed_at
       END`,
      [
        opportunity.opportunityId,
        opportunity.ownerId,
        opportunity.accountId ?? null,
        opportunity.stage,
        opportunity.amount,
        opportunity.currency,
        opportunity.probability,
        opportunity.expectedCloseDate ?? null,
        opportunity.revision ?? null,
        changedAt,
      ],
    );
  }
}
