import { Stored } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SalesTeamMember } from './sales-team-member.entity';

/** A sales manager's team of reps and account managers. */
@ObjectType({ description: 'A sales team: a manager and the reps and account managers they lead.' })
@Entity()
export class SalesTeam {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.text()
  name: string;

  @Stored.userId()
  managerId: string;

  @Field(() => [SalesTeamMember])
  @OneToMany(() => SalesTeamMember, (member) => member.team)
  members: SalesTeamMember[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the manager or the members last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
