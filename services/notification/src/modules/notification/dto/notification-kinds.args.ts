import { ArgsType, Field } from 'type-graphql';
import { NotificationKind } from '../kinds/notification-kinds';

@ArgsType()
export class NotificationKindsArgs {
  @Field(() => [NotificationKind], {
    nullable: true,
    description: 'Only these kinds; all when left out.',
  })
  kinds?: NotificationKind[];
}
