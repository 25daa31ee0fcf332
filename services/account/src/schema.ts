import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  keyOnlyReference,
  type ServiceDeps,
} from '@salesgraph/service-kit';
import type { GraphQLSchema } from 'graphql';
import { createAccountServices } from './account-services';
import type { AccountConfig } from './config';
import { accountReference } from './modules/account/account.reference';
import { AccountResolver } from './modules/account/account.resolver';
import { AccountTeamMemberResolver } from './modules/account-team/account-team-member.resolver';
import { AccountTeamResolver } from './modules/account-team/account-team.resolver';
import { CommercialFiguresResolver } from './modules/commercials/commercial-figures.resolver';
import { AccountCommercialsResolver } from './modules/commercials/commercials.resolver';
import { AccountCommunicationPlanResolver } from './modules/communication-plan/account-communication-plan.resolver';
import { TouchpointResolver } from './modules/communication-plan/touchpoint.resolver';
import { AccountThreatsResolver } from './modules/competitor-threat/account-threats.resolver';
import { CompetitorThreatResolver } from './modules/competitor-threat/competitor-threat.resolver';
import { AccountContactsResolver } from './modules/contact/account-contacts.resolver';
import { contactReference } from './modules/contact/contact.reference';
import { ContactResolver } from './modules/contact/contact.resolver';
import { CoverageResolver } from './modules/coverage/coverage.resolver';
import { AccountHealthResolver } from './modules/health/health.resolver';
import { OwnershipResolver } from './modules/ownership/ownership.resolver';
import { AccountProposalsResolver } from './modules/proposal/account-proposals.resolver';
import { ProposalResolver } from './modules/proposal/proposal.resolver';
import { AccountServiceRequestsResolver } from './modules/service-request/account-service-requests.resolver';
import { ServiceRequestResolver } from './modules/service-request/service-request.resolver';
import { UserAccountsResolver } from './modules/user/user-accounts.resolver';
import { User } from './modules/user/user.type';

const MeResolver = createMeResolver(User);

/** The account subgraph: resolvers wired by hand to their services. */
export function buildAccountSchema(deps: ServiceDeps<AccountConfig>): Promise<GraphQLSchema> {
  const s = createAccountServices(deps.dataSource, deps.outbox);
  const resolvers = [
    new AccountResolver(s.accounts, s.histories),
    new OwnershipResolver(s.ownership),
    new AccountHealthResolver(),
    new AccountCommercialsResolver(deps.dataSource, s.commercials),
    new CommercialFiguresResolver(deps.dataSource, s.commercials),
    new ContactResolver(s.contacts, s.histories),
    new AccountContactsResolver(s.contacts),
    new CoverageResolver(s.contacts),
    new AccountTeamResolver(s.team),
    new AccountTeamMemberResolver(s.histories),
    new CompetitorThreatResolver(s.threats, s.histories),
    new AccountThreatsResolver(s.threats),
    new TouchpointResolver(s.touchpoints, s.contacts, s.accounts, s.histories),
    new AccountCommunicationPlanResolver(s.touchpoints),
    new ProposalResolver(s.proposals, s.histories),
    new AccountProposalsResolver(s.proposals),
    new ServiceRequestResolver(
      s.serviceRequests,
      s.serviceRequestBacklog,
      s.accounts,
      s.contacts,
      s.histories,
    ),
    new AccountServiceRequestsResolver(s.serviceRequests),
    new UserAccountsResolver(s.accounts),
    new MeResolver(),
  ];
  return buildSubgraphSchema({
    resolvers: resolvers.map((r) => r.constructor) as [typeof AccountResolver],
    referenceResolvers: [
      accountReference(s.accounts),
      contactReference(s.contacts),
      keyOnlyReference('User'),
    ],
    buildOptions: { container: instanceContainer(resolvers) },
  });
}
