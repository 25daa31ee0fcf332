import { TrackedEntity } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CompetitorThreatLevel, CompetitorThreatStatus } from './competitor-threat-enums';

/** A competitor trying to take business from a customer, and what became of it. */
@ObjectType({ description: 'A competitor threat to an account.' })
@Entity()
@Index('ix_competitor_threat_account', ['accountId'])
export class CompetitorThreat extends TrackedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field()
  @Column({ type: 'text' })
  competitor: string;

  @Field(() => ID, { nullable: true, description: 'Our product the competitor goes after.' })
  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @Field(() => CompetitorThreatLevel)
  @Column({ type: 'text' })
  threatLevel: CompetitorThreatLevel;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => CompetitorThreatStatus)
  @Column({ type: 'text' })
  status: CompetitorThreatStatus;

  @Field(() => ID)
  @Column({ type: 'text' })
  loggedBy: string;

  /** Kept in the graph from before threats had createdAt: logging a threat creates it. */
  @Field(() => GraphQLISODateTime, { description: 'When it was logged: its createdAt.' })
  get loggedAt(): Date {
    return this.createdAt;
  }
}
