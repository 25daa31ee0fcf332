import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { UpdateNotificationPreferencesInput } from './dto/update-notification-preferences.input';
import { NotificationPreferences } from './notification-preferences.entity';
import type { PreferencesService } from './preferences.service';

/** Thin: which kinds reach you by e-mail. */
@Resolver(() => NotificationPreferences)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Authorized()
  @Query(() => NotificationPreferences, {
    description: 'Which kinds of notification reach you by e-mail (all, until you choose).',
  })
  async notificationPreferences(
    @Ctx() { command }: GraphQLContext,
  ): Promise<NotificationPreferences> {
    await this.preferences.learnAddress(command);
    return this.preferences.of(command);
  }

  @Authorized()
  @Mutation(() => NotificationPreferences, {
    description: 'Chooses which kinds of notification reach you by e-mail, and where.',
  })
  updateNotificationPreferences(
    @Arg('input') input: UpdateNotificationPreferencesInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<NotificationPreferences> {
    return this.preferences.update(command, input);
  }
}
