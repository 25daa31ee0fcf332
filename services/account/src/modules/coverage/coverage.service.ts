import type { CommandContext } from '@salesgraph/service-kit';
import { AccountTier } from '../account/account-enums';
import type { Account } from '../account/account.entity';
import type { ContactReader } from '../contact/contact-reader';
import { buyingCentreCoverage } from './buying-centre-coverage';
import type { BuyingCentreCoverage } from './buying-centre-coverage.type';

/** Coverage of an account's buying centre, computed on read from its contacts, as of now. */
export class CoverageService {
  constructor(private readonly contacts: ContactReader) {}

  async of(
    command: CommandContext,
    account: Account,
    options: { coldAfterDays: number; minInfluence: number },
  ): Promise<BuyingCentreCoverage> {
    const contacts = await this.contacts.ofAccount(command, account.id);
    const coverage = buyingCentreCoverage(contacts, command.clock.now(), options);
    return {
      keyAccount: account.tier === AccountTier.KEY,
      coldAfterDays: options.coldAfterDays,
      minInfluence: options.minInfluence,
      ...coverage,
      complete: coverage.missingRoles.length === 0 && coverage.coldContacts.length === 0,
    };
  }
}
