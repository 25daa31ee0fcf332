import type { Outbox } from '@salesgraph/messaging';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource } from 'typeorm';
import { AccountAccess } from './modules/account/account-access';
import { AccountOpener } from './modules/account/account-opener';
import { AccountService } from './modules/account/account.service';
import { AccountTeamService } from './modules/account-team/account-team.service';
import { CommercialsService } from './modules/commercials/commercials.service';
import { OrderProjection } from './modules/commercials/order-projection.service';
import { TouchpointService } from './modules/communication-plan/touchpoint.service';
import { CompetitorThreatService } from './modules/competitor-threat/competitor-threat.service';
import { ContactAccess } from './modules/contact/contact-access';
import { ContactService } from './modules/contact/contact.service';
import { HealthInputsReader } from './modules/health/health-inputs.reader';
import { HealthService } from './modules/health/health.service';
import { OwnershipService } from './modules/ownership/ownership.service';
import { ProposalService } from './modules/proposal/proposal.service';
import { ServiceRequestService } from './modules/service-request/service-request.service';

/**
 * The composition root: every service of the account context, wired by hand.
 * The schema, the consumers, the job and the seed all build from here.
 */
export function createAccountServices(dataSource: DataSource, outbox: Outbox) {
  const directory = new TeamDirectory();
  const access = new AccountAccess(directory);
  const commercials = new CommercialsService();
  const health = new HealthService(outbox, new HealthInputsReader(commercials));
  const opener = new AccountOpener(outbox);
  return {
    directory,
    access,
    commercials,
    health,
    opener,
    orders: new OrderProjection(),
    accounts: new AccountService(dataSource, opener, access, directory, health),
    ownership: new OwnershipService(dataSource, outbox, access, directory, health),
    contacts: new ContactService(dataSource, outbox, access, health, new ContactAccess(access)),
    team: new AccountTeamService(dataSource, access),
    threats: new CompetitorThreatService(dataSource, outbox, access, health),
    touchpoints: new TouchpointService(dataSource, access, health),
    proposals: new ProposalService(dataSource, access),
    serviceRequests: new ServiceRequestService(dataSource, access),
  };
}

export type AccountServices = ReturnType<typeof createAccountServices>;
