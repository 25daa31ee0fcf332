import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One member of one sales team, as planning last published it. A manager may
 * see the records owned by members of the teams they manage.
 */
@Entity({ name: 'team_member' })
@Index('ix_team_member_manager', ['managerId'])
export class TeamMember {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId: string;

  @Column({ name: 'team_name', type: 'text' })
  teamName: string;

  @Column({ name: 'manager_id', type: 'text' })
  managerId: string;

  @Column({ type: 'text' })
  role: 'SALES_REP' | 'ACCOUNT_MANAGER';

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
