import { Stored } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { NotificationKind } from '../notification/kinds/notification-kinds';

/**
 * A user's choice of what reaches them by e-mail, and where. The address
 * comes from the identity provider's token (the `email` claim) whenever the
 * user reads their feed or changes this, or is set by the user.
 */
@Entity()
@ObjectType({ description: 'Which kinds of notification reach a user by e-mail, and where.' })
export class NotificationPreferences {
  @Field(() => String)
  @PrimaryColumn({ type: 'text' })
  userId: string;

  @Stored.text({ nullable: true, description: 'Where e-mails go; none: no e-mail.' })
  emailAddress: string | null;

  @Field(() => [NotificationKind], { description: 'The kinds that also go out by e-mail.' })
  @Column({ type: 'text', array: true })
  emailKinds: NotificationKind[];

  @Column({ type: 'boolean', default: false })
  chosen: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;

  /** The aggregate id of its events (NotificationPreferencesChanged): the user's. */
  get id(): string {
    return this.userId;
  }
}
