import { DemoAccounts } from '@salesgraph/demo-data';
import type { DataSource } from 'typeorm';
import type { LeadComponents } from '../lead-components';
import { AssignmentRule } from '../modules/assignment/assignment-rule.entity';
import { DemoLeadSteps } from './demo-lead-steps';
import { demoMarketingLeads } from './demo-leads';
import { demoOpportunities } from './demo-opportunities';
import { DemoOpportunitySeed } from './demo-opportunity-seed';
import { demoRules, demoTeamMembers } from './demo-rules';
import type { SeedContext } from './seed-context';

/** Older than anything planning or the account service publishes: their events always win. */
const longAgo = '2000-01-01T00:00:00.000Z';

/**
 * The lead service's demo: assignment rules for the demo teams, marketing's
 * leads in every state (one merged duplicate, one waiting unassigned, one
 * converted through the real flow), and deals with the demo customers.
 * Idempotent: rules and deals have fixed ids, leads are known by marketing's
 * id or e-mail, and whatever exists is skipped.
 */
export class LeadDemoSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly c: LeadComponents,
    private readonly seed: SeedContext,
  ) {}

  async run(): Promise<number> {
    await this.applyDirectories();
    let created = 0;
    for (const rule of demoRules) {
      if (await this.dataSource.manager.existsBy(AssignmentRule, { id: rule.id })) continue;
      await this.c.rules.create(this.seed.as(rule.manager.id), rule.input, rule.id);
      created += 1;
    }
    const steps = new DemoLeadSteps(this.dataSource, this.c, this.seed);
    for (const demo of demoMarketingLeads(this.seed.clock.now())) {
      if (await this.known(demo.data.externalId)) continue;
      const { lead } = await this.c.intake.capture(this.seed.marketing, demo.data);
      if (!lead) continue; // a demo person erased meanwhile
      created += 1;
      for (const step of lead.ownerId ? demo.steps : [])
        await steps.run(lead.id, lead.ownerId!, step);
    }
    const opportunities = new DemoOpportunitySeed(this.dataSource, this.c, this.seed);
    for (const demo of demoOpportunities(this.seed.clock.now()))
      if (await opportunities.run(demo)) created += 1;
    return created;
  }

  /**
   * Planning's seed publishes the teams and the account seed the accounts, but
   * their events may not have reached this service yet: the snapshots go into
   * the directories too, dated so that the real events replace them.
   */
  private async applyDirectories(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const { team, reps } of demoTeamMembers) {
        await this.c.teams.apply(manager, {
          teamId: team.id,
          name: team.name,
          managerId: team.managerId,
          members: reps.map((userId) => ({ userId, role: 'SALES_REP' as const })),
          updatedAt: longAgo,
        });
      }
      for (const account of Object.values(DemoAccounts)) {
        if (await this.c.accounts.ownerOf(manager, account.id)) continue;
        await this.c.accounts.applyCreated(manager, {
          accountId: account.id,
          name: account.name,
          segment: account.segment,
          tier: account.tier,
          ownerId: account.ownerId,
          origin: 'MANUAL',
          createdAt: longAgo,
        });
      }
    });
  }

  private async known(externalId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM lead WHERE external_id = $1 UNION ALL SELECT 1 FROM lead_merge WHERE external_id = $1 LIMIT 1`,
      [externalId],
    );
    return rows.length > 0;
  }
}
