import { randomUUID } from 'node:crypto';
import { LeadCaptured } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory, type Outbox } from '@salesgraph/messaging';
import { eventContextOf, type AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import { In, type DataSource } from 'typeorm';
import type { CreateLeadInput } from './dto/create-lead.input';
import { visibleOwnerIds } from './lead-access';
import { Lead } from './lead.entity';
import { LeadNotFoundError } from './lead.exception';
import { LeadStatus } from './lead-status';

/** Owns the lead repository and its transactions; writes an outbox row with every change. */
export class LeadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly directory: TeamDirectory,
  ) {}

  async list(user: AuthenticatedUser, page: { limit: number; offset: number }): Promise<Lead[]> {
    const manager = this.dataSource.manager;
    const owners = await visibleOwnerIds(manager, user, this.directory);
    return manager.find(Lead, {
      where: owners ? { ownerId: In(owners) } : {},
      order: { createdAt: 'DESC' },
      take: page.limit,
      skip: page.offset,
    });
  }

  async get(user: AuthenticatedUser, id: string): Promise<Lead> {
    const [lead] = await this.findVisible(user, [id]);
    if (!lead) throw new LeadNotFoundError(id);
    return lead;
  }

  /** The leads among `ids` the user may see; for batched reference resolution. */
  async findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<Lead[]> {
    const manager = this.dataSource.manager;
    const owners = await visibleOwnerIds(manager, user, this.directory);
    return manager.find(Lead, {
      where: { id: In([...ids]), ...(owners ? { ownerId: In(owners) } : {}) },
    });
  }

  async create(context: GraphQLContext, input: CreateLeadInput): Promise<Lead> {
    return this.dataSource.transaction(async (manager) => {
      const lead = manager.create(Lead, {
        id: randomUUID(),
        company: input.company,
        contactName: input.contactName,
        email: input.email ?? null,
        status: LeadStatus.NEW,
        ownerId: context.user.id,
        source: 'rep',
      });
      await manager.save(lead);
      await this.outbox.append(
        manager,
        LeadCaptured,
        {
          leadId: lead.id,
          origin: 'REP',
          source: lead.source,
          company: lead.company,
          contactName: lead.contactName,
          createdBy: context.user.id,
          capturedAt: lead.createdAt.toISOString(),
        },
        eventContextOf(context),
      );
      return lead;
    });
  }

  /** The events emitted about one lead, oldest first. */
  async history(leadId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'Lead', leadId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }
}
