import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CompetitorThreatLevel, CompetitorThreatStatus } from './competitor-threat-enums';

/** A competitor trying to take business from a customer, and what became of it. */
@ObjectType({ description: 'A competitor threat to an account.' })
@Entity({ name: 'competitor_threat' })
@Index('ix_competitor_threat_account', ['accountId'])
export class CompetitorThreat {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field()
  @Column({ type: 'text' })
  competitor: string;

  @Field(() => ID, { nullable: true, description: 'Our product the competitor goes after.' })
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @Field(() => CompetitorThreatLevel)
  @Column({ name: 'threat_level', type: 'text' })
  threatLevel: CompetitorThreatLevel;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => CompetitorThreatStatus)
  @Column({ type: 'text' })
  status: CompetitorThreatStatus;

  @Field(() => ID)
  @Column({ name: 'logged_by', type: 'text' })
  loggedBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'logged_at', type: 'timestamptz' })
  loggedAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
