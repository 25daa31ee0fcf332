import type { Outbox } from '@salesgraph/messaging';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource } from 'typeorm';
import { EntityHistoryReader } from './common/entity-history.reader';
import { AccountAccess } from './modules/account/account-access';
import { AccountOpener } from './modules/account/account-opener';
import { AccountService } from './modules/account/account.service';
import { AccountTeamJournal } from './modules/account-team/account-team.journal';
import { AccountTeamService } from './modules/account-team/account-team.service';
import { CommercialsService } from './modules/commercials/commercials.service';
import { OrderProjection } from './modules/commercials/order-projection.service';
import { TouchpointAccess } from './modules/communication-plan/touchpoint-access';
import { TouchpointJournal } from './modules/communication-plan/touchpoint.journal';
import { TouchpointService } from './modules/communication-plan/touchpoint.service';
import { CompetitorThreatJournal } from './modules/competitor-threat/competitor-threat.journal';
import { CompetitorThreatService } from './modules/competitor-threat/competitor-threat.service';
import { ContactAccess } from './modules/contact/contact-access';
import { ContactJournal } from './modules/contact/contact.journal';
import { ContactService } from './modules/contact/contact.service';
import { HealthInputsReader } from './modules/health/health-inputs.reader';
import { HealthService } from './modules/health/health.service';
import { OwnershipService } from './modules/ownership/ownership.service';
import { ProposalJournal } from './modules/proposal/proposal.journal';
import { ProposalService } from './modules/proposal/proposal.service';
import { ServiceRequestBacklogReader } from './modules/service-request/service-request-backlog.reader';
import { ServiceRequestJournal } from './modules/service-request/service-request.journal';
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
  const contactJournal = new ContactJournal(outbox);
  return {
    directory,
    access,
    commercials,
    health,
    opener,
    orders: new OrderProjection(),
    accounts: new AccountService(dataSource, opener, access, directory, health),
    ownership: new OwnershipService(dataSource, outbox, access, directory, health),
    contacts: new ContactService(
      dataSource,
      outbox,
      access,
      health,
      new ContactAccess(access),
      contactJournal,
    ),
    team: new AccountTeamService(dataSource, access, new AccountTeamJournal(outbox)),
    threats: new CompetitorThreatService(
      dataSource,
      outbox,
      access,
      health,
      new CompetitorThreatJournal(outbox),
    ),
    touchpoints: new TouchpointService(
      dataSource,
      access,
      new TouchpointAccess(access),
      health,
      new TouchpointJournal(outbox),
      contactJournal,
    ),
    proposals: new ProposalService(dataSource, access, new ProposalJournal(outbox)),
    serviceRequests: new ServiceRequestService(
      dataSource,
      access,
      new ServiceRequestJournal(outbox),
    ),
    serviceRequestBacklog: new ServiceRequestBacklogReader(dataSource, access),
    histories: new EntityHistoryReader(dataSource),
  };
}

export type AccountServices = ReturnType<typeof createAccountServices>;
