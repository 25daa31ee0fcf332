import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { CompetitorThreatLevel, CompetitorThreatStatus } from './competitor-threat-enums';

/** A competitor trying to take business from a customer, and what became of it. */
@ObjectType({ description: 'A competitor threat to an account.' })
@Entity()
@Index('ix_competitor_threat_account', ['accountId'])
export class CompetitorThreat extends TrackedEntity {
  @Stored.id()
  accountId: string;

  @Stored.text()
  competitor: string;

  @Stored.id({ nullable: true, description: 'Our product the competitor goes after.' })
  productId: string | null;

  @Stored.enum(CompetitorThreatLevel)
  threatLevel: CompetitorThreatLevel;

  @Stored.text({ nullable: true })
  notes: string | null;

  @Stored.enum(CompetitorThreatStatus)
  status: CompetitorThreatStatus;

  @Stored.userId()
  loggedBy: string;

  /** Kept in the graph from before threats had createdAt: logging a threat creates it. */
  @Field(() => GraphQLISODateTime, { description: 'When it was logged: its createdAt.' })
  get loggedAt(): Date {
    return this.createdAt;
  }
}
