import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NotificationFeedArgs } from '../notification/dto/notification-feed.args';
import { NotificationFeed } from '../notification/notification-feed.type';
import type { NotificationService } from '../notification/notification.service';
import { User } from './user.type';

/** `User.notifications`: for the user themselves, their sales manager and admins. */
@Resolver(() => User)
export class UserNotificationsResolver {
  constructor(private readonly feed: NotificationService) {}

  @FieldResolver(() => NotificationFeed, {
    description: "This user's notifications, newest first, with the unread count.",
  })
  notifications(
    @Root() user: User,
    @Args() args: NotificationFeedArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<NotificationFeed> {
    return this.feed.feed(command, user.id, args);
  }
}
