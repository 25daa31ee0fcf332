import { wholeDaysBetween } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { AccountTier } from '../account/account-enums';
import type { Account } from '../account/account.entity';
import type { CommercialsService } from '../commercials/commercials.service';
import { CompetitorThreatStatus } from '../competitor-threat/competitor-threat-enums';
import { CompetitorThreat } from '../competitor-threat/competitor-threat.entity';
import { Contact } from '../contact/contact.entity';
import { buyingCentreCoverage } from '../coverage/buying-centre-coverage';
import type { HealthInputs } from './health-rule';

/** Gathers what the health rule looks at, as of `now`, inside the caller's transaction. */
export class HealthInputsReader {
  constructor(private readonly commercials: CommercialsService) {}

  async read(manager: EntityManager, account: Account, now: Date): Promise<HealthInputs> {
    // One after the other: the queries share the caller's transaction, i.e. one connection.
    const figures = await this.commercials.figures(manager, [account.id], now);
    const threats = await manager.find(CompetitorThreat, {
      where: { accountId: account.id, status: CompetitorThreatStatus.OPEN },
      order: { createdAt: 'ASC' },
    });
    const contacts = await manager.find(Contact, {
      where: { accountId: account.id, active: true },
    });
    const byCurrency = figures.get(account.id) ?? [];
    const main = byCurrency[0];
    const lastOrderAt = byCurrency
      .map((f) => f.lastOrderAt)
      .filter((d): d is Date => d !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    const coverage = buyingCentreCoverage(contacts, now);
    return {
      isKeyAccount: account.tier === AccountTier.KEY,
      accountAgeDays: wholeDaysBetween(account.createdAt, now),
      orders: {
        currency: main?.currency ?? null,
        daysSinceLastOrder: lastOrderAt ? wholeDaysBetween(lastOrderAt, now) : null,
        revenueLast90Days: main?.revenueLast90Days ?? '0',
        revenuePrevious90Days: main?.revenuePrevious90Days ?? '0',
      },
      openThreats: threats.map((t) => ({ competitor: t.competitor, threatLevel: t.threatLevel })),
      coverage: {
        contactCount: contacts.length,
        missingRoles: coverage.missingRoles,
        coldContacts: coverage.coldContacts.map((c) => ({
          name: c.contact.name,
          daysSinceInteraction: c.daysSinceInteraction,
        })),
      },
    };
  }
}
