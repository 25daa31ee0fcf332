import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A colleague as their own token last named them: the order service knows
 * users by id only (no service owns people's names), so the name and e-mail
 * a printed quote gives for its seller are remembered from the seller's own
 * requests (user-directory.ts). An employee's data, not a customer's.
 */
@Entity({ name: 'known_user' })
export class KnownUser {
  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt: Date;
}
