import { Topics } from '@salesgraph/events';
import {
  createMeResolver,
  defineService,
  keyOnlyReference,
  createPrivacyResolver,
} from '@salesgraph/service-kit';
import { teamDirectoryProjection, teamDirectorySubscriber } from '@salesgraph/team-directory';
import { accountComponents } from './account-components';
import { accountEntities, accountMigrations } from './data-source';
import { AccountClosureResolver } from './modules/account/account-closure.resolver';
import { AccountEditResolver } from './modules/account/account-edit.resolver';
import { AccountHistoryResolver } from './modules/account/account-history.resolver';
import { accountReference } from './modules/account/account.reference';
import { AccountResolver } from './modules/account/account.resolver';
import { accountOnLeadConverted } from './modules/account/events/account-on-lead-converted.handler';
import { AccountActivityResolver } from './modules/activity/account-activity.resolver';
import { AccountTeamMemberHistoryResolver } from './modules/account-team/account-team-member-history.resolver';
import { AccountTeamResolver } from './modules/account-team/account-team.resolver';
import { CommercialFiguresResolver } from './modules/commercials/commercial-figures.resolver';
import { AccountCommercialsResolver } from './modules/commercials/commercials.resolver';
import { commercialsOnOrderChanged } from './modules/commercials/events/commercials-on-order-changed.handler';
import { AccountCommunicationPlanResolver } from './modules/communication-plan/account-communication-plan.resolver';
import { TouchpointHistoryResolver } from './modules/communication-plan/touchpoint-history.resolver';
import { TouchpointResolver } from './modules/communication-plan/touchpoint.resolver';
import { AccountThreatsResolver } from './modules/competitor-threat/account-threats.resolver';
import { CompetitorThreatHistoryResolver } from './modules/competitor-threat/competitor-threat-history.resolver';
import { CompetitorThreatResolver } from './modules/competitor-threat/competitor-threat.resolver';
import { AccountContactsResolver } from './modules/contact/account-contacts.resolver';
import { ContactConsentResolver } from './modules/consent/contact-consent.resolver';
import { ContactHistoryResolver } from './modules/contact/contact-history.resolver';
import { contactReference } from './modules/contact/contact.reference';
import { ContactResolver } from './modules/contact/contact.resolver';
import { CoverageResolver } from './modules/coverage/coverage.resolver';
import { AccountHierarchyResolver } from './modules/hierarchy/account-hierarchy.resolver';
import { HealthRecheckJob } from './modules/health/health-recheck.job';
import { AccountHealthResolver } from './modules/health/health.resolver';
import { OwnershipResolver } from './modules/ownership/ownership.resolver';
import { AccountProposalsResolver } from './modules/proposal/account-proposals.resolver';
import { ProposalHistoryResolver } from './modules/proposal/proposal-history.resolver';
import { ProposalResolver } from './modules/proposal/proposal.resolver';
import { AccountServiceRequestsResolver } from './modules/service-request/account-service-requests.resolver';
import { ServiceRequestHistoryResolver } from './modules/service-request/service-request-history.resolver';
import { ServiceRequestResolver } from './modules/service-request/service-request.resolver';
import { UserAccountsResolver } from './modules/user/user-accounts.resolver';
import { User } from './modules/user/user.type';
import { serviceName } from './service-name';

/** The account service: main.ts, the scripts and the tests start it from here. */
export const accountService = defineService({
  name: serviceName,
  ownTopic: Topics.account,
  entities: accountEntities,
  migrations: accountMigrations,
  components: accountComponents,
  resolvers: (c) => [
    new (createPrivacyResolver('account'))(c.privacy),
    new AccountResolver(c.accounts),
    new AccountEditResolver(c.edits),
    new AccountHierarchyResolver(c.groups),
    new AccountActivityResolver(c.activities),
    new AccountClosureResolver(c.closure),
    new AccountHistoryResolver(c.histories),
    new OwnershipResolver(c.ownership),
    new AccountHealthResolver(),
    new AccountCommercialsResolver(c.commercials),
    new CommercialFiguresResolver(c.commercials),
    new ContactResolver(c.contacts, c.contactReader),
    new ContactHistoryResolver(c.histories),
    new ContactConsentResolver(c.consents),
    new AccountContactsResolver(c.contactReader),
    new CoverageResolver(c.coverage),
    new AccountTeamResolver(c.team),
    new AccountTeamMemberHistoryResolver(c.histories),
    new CompetitorThreatResolver(c.threats),
    new CompetitorThreatHistoryResolver(c.histories),
    new AccountThreatsResolver(c.threats),
    new TouchpointResolver(c.touchpoints, c.agenda, c.contactReader, c.accounts),
    new TouchpointHistoryResolver(c.histories),
    new AccountCommunicationPlanResolver(c.agenda),
    new ProposalResolver(c.proposals),
    new ProposalHistoryResolver(c.histories),
    new AccountProposalsResolver(c.proposals),
    new ServiceRequestResolver(
      c.serviceRequests,
      c.serviceRequestReader,
      c.serviceRequestBacklog,
      c.accounts,
      c.contactReader,
    ),
    new ServiceRequestHistoryResolver(c.histories),
    new AccountServiceRequestsResolver(c.serviceRequestReader),
    new UserAccountsResolver(c.accounts),
    new (createMeResolver(User))(),
  ],
  references: (c) => [
    accountReference(c.accounts),
    contactReference(c.contactReader),
    keyOnlyReference('User'),
  ],
  subscribers: (c, runtime) => [
    teamDirectorySubscriber(serviceName, c.directory),
    {
      groupId: 'account.lead-conversions',
      topics: [Topics.lead],
      handlers: [accountOnLeadConverted(c.conversions, runtime.clock)],
    },
    {
      groupId: 'account.order-commercials',
      topics: [Topics.order],
      handlers: commercialsOnOrderChanged(c.orders, runtime.clock),
    },
  ],
  projections: (c, deps) => [
    teamDirectoryProjection(serviceName, c.directory),
    {
      // Revenue, margin and order recency per account; health is reassessed once at the end.
      name: 'order-commercials',
      tables: ['account_order'],
      subscribers: [
        {
          groupId: 'account.order-commercials',
          topics: [Topics.order],
          handlers: commercialsOnOrderChanged(c.orders, deps.clock, 'replay'),
        },
      ],
      afterReplay: (command) => c.orders.reassessAfterReplay(command),
    },
  ],
  jobs: (c, runtime) => [
    new HealthRecheckJob(
      c.health,
      runtime.clock,
      runtime.config.HEALTH_RECHECK_INTERVAL_MS,
      runtime.logger,
    ),
  ],
});
