import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Who owns an account and whether it is a key account, as the account service last published it. */
@Entity({ name: 'account_owner' })
@Index('ix_account_owner_owner', ['ownerId'])
export class AccountOwner {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'owner_id', type: 'text' })
  ownerId: string;

  @Column({ type: 'text' })
  tier: 'STANDARD' | 'KEY';

  /** The company's web domain, normalised (lower case, no "www."); null when unknown. */
  @Column({ type: 'text', nullable: true })
  domain: string | null;

  /** SMALL, MEDIUM or LARGE; null for rows projected before the directory kept it. */
  @Column({ type: 'text', nullable: true })
  segment: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
