import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { PreferencesService } from '../preference/preferences.service';
import { MarkNotificationReadArgs } from './dto/mark-notification-read.args';
import { NotificationFeedArgs } from './dto/notification-feed.args';
import { NotificationKindsArgs } from './dto/notification-kinds.args';
import { NotificationFeed } from './notification-feed.type';
import { Notification } from './notification.entity';
import type { NotificationService } from './notification.service';

/** Thin: the caller's own feed, and marking it read. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly feed: NotificationService,
    private readonly preferences: PreferencesService,
  ) {}

  @Authorized()
  @Query(() => NotificationFeed, {
    description: 'Your notifications, newest first, with the unread count; filter by kind.',
  })
  async notifications(
    @Args() args: NotificationFeedArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<NotificationFeed> {
    await this.preferences.learnAddress(command);
    return this.feed.feed(command, command.user.id, args);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(
    @Args() args: NotificationKindsArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<number> {
    return this.feed.unreadCount(command, command.user.id, args.kinds);
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'Marks one of your notifications read.' })
  markNotificationRead(
    @Args() args: MarkNotificationReadArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Notification> {
    return this.feed.markRead(command, args.notificationId);
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      'Marks all your unread notifications read (of some kinds only, if given); how many.',
  })
  markAllNotificationsRead(
    @Args() args: NotificationKindsArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<number> {
    return this.feed.markAllRead(command, args.kinds);
  }
}
