import { PageArgs } from '@salesgraph/service-kit';
import { ArgsType, Field } from 'type-graphql';
import { NotificationKind } from '../kinds/notification-kinds';

@ArgsType()
export class NotificationFeedArgs extends PageArgs {
  @Field(() => [NotificationKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: NotificationKind[];

  @Field(() => Boolean, { defaultValue: false, description: 'Only the unread ones.' })
  unreadOnly: boolean = false;
}
