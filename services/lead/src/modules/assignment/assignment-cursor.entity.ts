import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where round robin stands in a team: the rep who got the last lead. A row
 * rather than memory, so it survives restarts and every instance shares it;
 * written under the assignment lock (see AssignmentEngine).
 */
@Entity({ name: 'assignment_cursor' })
export class AssignmentCursor {
  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @Column({ type: 'text' })
  lastUserId: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
