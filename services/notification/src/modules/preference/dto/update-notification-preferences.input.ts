import { IsEmail, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NotificationKind } from '../../notification/kinds/notification-kinds';

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationKind], {
    description: 'The kinds that should also reach you by e-mail (empty: none).',
  })
  emailKinds: NotificationKind[];

  @Field(() => String, {
    nullable: true,
    description: "Where e-mails go; left out: the address you have (your token's e-mail).",
  })
  @IsOptional()
  @IsEmail({}, { message: 'emailAddress must be an e-mail address' })
  emailAddress?: string | null;
}
