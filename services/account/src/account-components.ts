import { AccessPolicy } from '@salesgraph/access';
import { HistoryReader, type ServiceDeps, PrivacyDesk } from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { AccountConfig } from './config';
import { AccountAccess } from './modules/account/account-access';
import { AccountEditService } from './modules/account/account-edit.service';
import { AccountHierarchy } from './modules/account/account-hierarchy';
import { AccountOpener } from './modules/account/account-opener';
import { AccountService } from './modules/account/account.service';
import { LeadConversionService } from './modules/account/lead-conversion.service';
import { AccountActivityService } from './modules/activity/account-activity.service';
import { AccountTeamJournal } from './modules/account-team/account-team.journal';
import { AccountTeamService } from './modules/account-team/account-team.service';
import { CommercialsService } from './modules/commercials/commercials.service';
import { OrderProjection } from './modules/commercials/order-projection.service';
import { TouchpointAccess } from './modules/communication-plan/touchpoint-access';
import { TouchpointAgenda } from './modules/communication-plan/touchpoint-agenda';
import { TouchpointJournal } from './modules/communication-plan/touchpoint.journal';
import { TouchpointService } from './modules/communication-plan/touchpoint.service';
import { CompetitorThreatJournal } from './modules/competitor-threat/competitor-threat.journal';
import { CompetitorThreatService } from './modules/competitor-threat/competitor-threat.service';
import { ContactConsentService } from './modules/consent/contact-consent.service';
import { ContactAccess } from './modules/contact/contact-access';
import { ContactReader } from './modules/contact/contact-reader';
import { ContactJournal } from './modules/contact/contact.journal';
import { ContactService } from './modules/contact/contact.service';
import { CoverageService } from './modules/coverage/coverage.service';
import { AccountClosureService } from './modules/account/account-closure.service';
import { AccountGroupService } from './modules/hierarchy/account-group.service';
import { HealthInputsReader } from './modules/health/health-inputs.reader';
import { HealthService } from './modules/health/health.service';
import { OwnershipService } from './modules/ownership/ownership.service';
import { ProposalJournal } from './modules/proposal/proposal.journal';
import { ProposalService } from './modules/proposal/proposal.service';
import { ServiceRequestBacklogReader } from './modules/service-request/service-request-backlog.reader';
import { ServiceRequestReader } from './modules/service-request/service-request-reader';
import { ServiceRequestJournal } from './modules/service-request/service-request.journal';
import { ServiceRequestService } from './modules/service-request/service-request.service';
import { accountPersonalData } from './modules/privacy/account-personal-data';

/**
 * The composition root: every object of the account service, built once per
 * running service and shared by its schema, consumers, job and seed.
 */
export function accountComponents({ dataSource, outbox }: ServiceDeps<AccountConfig>) {
  const directory = new TeamDirectory();
  const policy = new AccessPolicy(dataSource, directory);
  const access = new AccountAccess(dataSource, policy);
  const commercials = new CommercialsService(dataSource);
  const health = new HealthService(dataSource, outbox, new HealthInputsReader(commercials));
  const opener = new AccountOpener(outbox);
  const contactAccess = new ContactAccess(dataSource, access);
  const contacts = new ContactService(
    dataSource,
    access,
    contactAccess,
    health,
    new ContactJournal(outbox),
  );
  const contactReader = new ContactReader(dataSource, contactAccess);
  const touchpointJournal = new TouchpointJournal(outbox);
  const consents = new ContactConsentService(dataSource, contactAccess, outbox, touchpointJournal);
  const accounts = new AccountService(dataSource, opener, access, policy, health);
  const hierarchy = new AccountHierarchy();
  return {
    privacy: new PrivacyDesk('account', dataSource, outbox, accountPersonalData),
    directory,
    health,
    commercials,
    contacts,
    contactReader,
    consents,
    accounts,
    edits: new AccountEditService(dataSource, outbox, access, accounts, hierarchy),
    groups: new AccountGroupService(dataSource, access, hierarchy, commercials),
    activities: new AccountActivityService(dataSource, outbox, access, contacts, health),
    closure: new AccountClosureService(dataSource, outbox, access, health),
    conversions: new LeadConversionService(dataSource, opener, contacts, consents, health),
    orders: new OrderProjection(dataSource, health),
    ownership: new OwnershipService(dataSource, outbox, access, policy, directory, health),
    coverage: new CoverageService(contactReader),
    team: new AccountTeamService(dataSource, access, new AccountTeamJournal(outbox)),
    threats: new CompetitorThreatService(
      dataSource,
      access,
      health,
      new CompetitorThreatJournal(outbox),
    ),
    touchpoints: new TouchpointService(
      dataSource,
      access,
      new TouchpointAccess(access),
      contacts,
      consents,
      health,
      touchpointJournal,
    ),
    agenda: new TouchpointAgenda(dataSource, access),
    proposals: new ProposalService(dataSource, access, new ProposalJournal(outbox)),
    serviceRequests: new ServiceRequestService(
      dataSource,
      access,
      new ServiceRequestJournal(outbox),
    ),
    serviceRequestReader: new ServiceRequestReader(dataSource, access),
    serviceRequestBacklog: new ServiceRequestBacklogReader(dataSource, access),
    histories: new HistoryReader(dataSource),
  };
}

export type AccountComponents = ReturnType<typeof accountComponents>;
