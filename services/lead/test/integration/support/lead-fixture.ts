import { randomUUID } from 'node:crypto';
import { AccountDirectory } from '@salesgraph/account-directory';
import {
  createEnvelope,
  SalesTeamUpdated,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import {
  marketingLeadEnvelope,
  sampleMarketingLead,
  startServiceUnderTest,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { TeamDirectory } from '@salesgraph/team-directory';
import { loadLeadConfig, type LeadConfig } from '../../../src/config';
import { leadService } from '../../../src/service-definition';

export type LeadSut = ServiceUnderTest<LeadConfig>;

export function startLeadService(label: string, env?: Record<string, string>): Promise<LeadSut> {
  return startServiceUnderTest({
    label,
    loadConfig: loadLeadConfig,
    definition: leadService,
    ...(env ? { env } : {}),
  });
}

export interface TeamSpec {
  id: string;
  name: string;
  managerId: string;
  reps: string[];
  accountManagers?: string[];
}

/** Puts a team into the service's directory as planning's SalesTeamUpdated would. */
export async function applyTeam(sut: LeadSut, team: TeamSpec): Promise<void> {
  await sut.service.deps.dataSource.transaction((manager) =>
    new TeamDirectory().apply(manager, {
      teamId: team.id,
      name: team.name,
      managerId: team.managerId,
      members: [
        ...team.reps.map((userId) => ({ userId, role: 'SALES_REP' as const })),
        ...(team.accountManagers ?? []).map((userId) => ({
          userId,
          role: 'ACCOUNT_MANAGER' as const,
        })),
      ],
      updatedAt: new Date().toISOString(),
    }),
  );
}

/** Two teams of one rep each: Mia leads Rita, Max leads Raj; so Raj is a stranger to Rita's leads. */
export async function applyTwoTeams(sut: LeadSut): Promise<void> {
  const { rep, rep2, manager, manager2 } = DemoUsers;
  await applyTeam(sut, { id: randomUUID(), name: 'North', managerId: manager.id, reps: [rep.id] });
  await applyTeam(sut, {
    id: randomUUID(),
    name: 'South',
    managerId: manager2.id,
    reps: [rep2.id],
  });
}

/** Puts a standard account of `ownerId` into the service's directory, as AccountCreated would; its id. */
export async function applyAccount(sut: LeadSut, name: string, ownerId: string): Promise<string> {
  const accountId = randomUUID();
  await sut.service.deps.dataSource.transaction((manager) =>
    new AccountDirectory().applyCreated(manager, {
      accountId,
      name,
      segment: 'MEDIUM',
      tier: 'STANDARD',
      ownerId,
      origin: 'MANUAL',
      createdAt: new Date().toISOString(),
    }),
  );
  return accountId;
}

/** The same, but through Kafka, as planning publishes it. */
export function teamEnvelope(team: TeamSpec) {
  return createEnvelope(
    SalesTeamUpdated,
    {
      teamId: team.id,
      name: team.name,
      managerId: team.managerId,
      members: team.reps.map((userId) => ({ userId, role: 'SALES_REP' as const })),
      updatedAt: new Date().toISOString(),
    },
    {
      source: 'salesgraph/planning',
      correlationId: randomUUID(),
      actor: { type: 'user', id: team.managerId },
    },
  );
}

/** A valid marketing lead with unique keys, from the spring webinar; override what the test is about. */
export function marketingLead(
  overrides: Partial<MarketingLeadCapturedData> = {},
): MarketingLeadCapturedData {
  return sampleMarketingLead('Company', { campaign: 'spring-webinar', ...overrides });
}

export function marketingEnvelope(data: MarketingLeadCapturedData) {
  return marketingLeadEnvelope(data, 'none');
}

/** Publishes envelopes to a topic of the service's namespace, keyed by subject as the contract says. */
export async function publish(
  broker: MessageBroker,
  sut: LeadSut,
  topic: string,
  envelopes: Array<{ subject: string }>,
): Promise<void> {
  const producer = broker.producer();
  await broker.ensureTopics([{ topic: `${sut.topicPrefix}${topic}` }]);
  await producer.send(
    `${sut.topicPrefix}${topic}`,
    envelopes.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
  );
}

/** Response data of the tests' ad hoc queries: the shape is the query's, asserted field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;
