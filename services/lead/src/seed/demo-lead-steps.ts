import type { LeadComponents } from '../lead-components';
import { LeadActivityOutcome } from '../modules/activity/lead-activity-outcome';
import { LeadActivityType } from '../modules/activity/lead-activity-type';
import { DemoProducts } from '@salesgraph/demo-data';
import { plusDays } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { DemoStep } from './demo-leads';
import type { SeedContext } from './seed-context';

/** Takes a demo lead through its steps as its owner, through the same services as the mutations. */
export class DemoLeadSteps {
  constructor(
    private readonly dataSource: DataSource,
    private readonly c: LeadComponents,
    private readonly seed: SeedContext,
  ) {}

  async run(leadId: string, ownerId: string, step: DemoStep): Promise<void> {
    const owner = this.seed.as(ownerId);
    const inDays = (days: number) => plusDays(owner.clock.now(), days);
    switch (step) {
      case 'contact':
        await this.c.lifecycle.markContacted(owner, leadId);
        return;
      case 'call':
        await this.c.activities.log(owner, leadId, {
          type: LeadActivityType.CALL,
          outcome: LeadActivityOutcome.REACHED,
          notes: 'Interested in a demo; call back after the trade fair.',
          nextFollowUpAt: inDays(3),
        });
        return;
      case 'visit':
        await this.c.activities.log(owner, leadId, {
          type: LeadActivityType.VISIT,
          outcome: LeadActivityOutcome.INTERESTED,
          visitReport:
            'Toured the plant with the maintenance lead: two pump lines are due for replacement this year.',
          nextFollowUpAt: inDays(1),
        });
        return;
      case 'overdue':
        // The API plans follow-ups in the future only; the demo needs one that slipped.
        await this.dataSource.query(`UPDATE lead SET next_follow_up_at = $2 WHERE id = $1`, [
          leadId,
          inDays(-2),
        ]);
        return;
      case 'qualify':
        await this.c.lifecycle.qualify(owner, leadId);
        return;
      case 'disqualify':
        await this.c.lifecycle.disqualify(owner, leadId, 'No budget before the next fiscal year.');
        return;
      case 'convert':
        // The real flow: LeadConverted makes the account service create the account.
        await this.c.conversions.convert(owner, leadId, {
          opportunity: {
            amount: '14500.00',
            products: [
              {
                productId: DemoProducts.pump.id,
                quantity: 5,
                unitPrice: DemoProducts.pump.listPrice,
              },
            ],
          },
          industry: 'Plastics',
          contactTitle: 'Purchasing manager',
        });
        return;
    }
  }
}
