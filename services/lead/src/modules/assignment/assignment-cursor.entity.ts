import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where round robin stands in a team: the rep who got the last lead. A row
 * rather than memory, so it survives restarts and every instance shares it;
 * written under the assignment lock (see AssignmentEngine).
 */
@Entity({ name: 'assignment_cursor' })
export class AssignmentCursor {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'last_user_id', type: 'text' })
  lastUserId: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
