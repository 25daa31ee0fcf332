import type { LeadComponents } from '../lead-components';
import { Lead } from '../modules/lead/lead.entity';
import { LeadSegment } from '../modules/lead/lead-segment';
import { LeadStatus } from '../modules/lead/lead-status';
import { OpportunityStage } from '../modules/opportunity/opportunity-stage';
import { Opportunity } from '../modules/opportunity/opportunity.entity';
import { DemoAccounts } from '@salesgraph/demo-data';
import { inTransaction } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { DemoOpportunity } from './demo-opportunities';
import type { SeedContext } from './seed-context';

/**
 * Opens the demo deals and takes them to their stage, with the events
 * planning's forecast and the order service read. Deals of the customers that
 * were once a rep's lead get that lead too, converted.
 */
export class DemoOpportunitySeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly c: LeadComponents,
    private readonly seed: SeedContext,
  ) {}

  /** Seeds one deal unless it exists; true when created. */
  async run(demo: DemoOpportunity): Promise<boolean> {
    if (await this.dataSource.manager.existsBy(Opportunity, { id: demo.id })) return false;
    const owner = this.seed.as(demo.ownerId);
    const leadId = demo.convertedLead ? await this.qualifiedLead(demo) : null;
    const opening =
      demo.stage === OpportunityStage.WON
        ? OpportunityStage.NEGOTIATION
        : demo.stage === OpportunityStage.LOST
          ? OpportunityStage.PROPOSAL
          : demo.stage;
    await inTransaction(this.dataSource, owner, async (manager) => {
      await this.c.opportunities.open(owner, manager, {
        id: demo.id,
        accountId: demo.accountId,
        leadId,
        ownerId: demo.ownerId,
        stage: opening,
        terms: demo.terms,
      });
      if (leadId) await this.recordEarlierConversion(manager, leadId, demo, owner.clock.now());
    });
    if (demo.stage === OpportunityStage.WON) await this.c.opportunityStages.win(owner, demo.id, {});
    if (demo.stage === OpportunityStage.LOST)
      await this.c.opportunityStages.lose(owner, demo.id, demo.lostReason ?? 'Lost');
    return true;
  }

  private async qualifiedLead(demo: DemoOpportunity): Promise<string> {
    const owner = this.seed.as(demo.ownerId);
    const account = Object.values(DemoAccounts).find((a) => a.id === demo.accountId)!;
    const { company, contactName, email, country } = demo.convertedLead!;
    const lead = await this.c.leads.create(owner, {
      company,
      contactName,
      email,
      country,
      companyDomain: account.domain,
      segment: account.segment as LeadSegment,
      source: 'rep',
    });
    await this.c.lifecycle.markContacted(owner, lead.id);
    await this.c.lifecycle.qualify(owner, lead.id);
    return lead.id;
  }

  /**
   * The demo accounts exist already (the account seed made them by hand), so
   * this conversion is recorded as done and confirmed rather than replayed:
   * a LeadConverted for an existing account would be refused by the account
   * service. Conversions after the seed go through ConversionService.
   */
  private async recordEarlierConversion(
    manager: EntityManager,
    leadId: string,
    demo: DemoOpportunity,
    at: Date,
  ): Promise<void> {
    const lead = await manager.findOneByOrFail(Lead, { id: leadId });
    lead.status = LeadStatus.CONVERTED;
    lead.nextFollowUpAt = null;
    Object.assign(lead.conversion, {
      convertedAt: at,
      accountId: demo.accountId,
      contactId: null,
      opportunityId: demo.id,
      accountConfirmedAt: at,
    });
    await manager.save(lead);
  }
}
