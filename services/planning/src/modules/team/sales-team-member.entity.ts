import { Stored } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SalesTeamRole } from './sales-team-role';
import type { SalesTeam } from './sales-team.entity';

/** A rep or account manager in a team; a person belongs to one team at most. */
@ObjectType({ description: 'A member of a sales team.' })
@Entity()
export class SalesTeamMember {
  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  userId: string;

  @Stored.enum(SalesTeamRole)
  role: SalesTeamRole;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;

  @ManyToOne('SalesTeam', 'members', { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: SalesTeam;
}
