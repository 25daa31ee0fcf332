import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { PageArgs } from '../graphql/page.args';
import type { DeadLetterDesk } from './dead-letter-desk';
import { DeadLetterPageView, DeadLetterView } from './dead-letter.type';

const topicDescription =
  'An event topic by its contract name: lead.events.v1, account.events.v1, order.events.v1, planning.events.v1, notification.events.v1 or marketing.leads.v1.';

/** Dead letters for admins: list, inspect, send back. Thin: the desk does the work. */
@Resolver(() => DeadLetterView)
export class DeadLetterResolver {
  constructor(private readonly desk: DeadLetterDesk) {}

  @Authorized('ADMIN')
  @Query(() => DeadLetterPageView, { description: 'The dead letters of an event topic (admins).' })
  deadLetters(
    @Arg('topic', { description: topicDescription }) topic: string,
    @Args() page: PageArgs,
    @Arg('notRedrivenOnly', { defaultValue: false, description: 'Only those never sent back.' })
    notRedrivenOnly: boolean,
    @Ctx() { command }: GraphQLContext,
  ): Promise<DeadLetterPageView> {
    return this.desk.page(command, topic, page, notRedrivenOnly);
  }

  @Authorized('ADMIN')
  @Query(() => DeadLetterView, {
    description: 'One dead letter, with its headers and payload (admins).',
  })
  deadLetter(
    @Arg('topic', { description: topicDescription }) topic: string,
    @Arg('position', { description: '"<partition>:<offset>" in the dead-letter topic.' })
    position: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<DeadLetterView> {
    return this.desk.show(command, topic, position);
  }

  @Authorized('ADMIN')
  @Mutation(() => DeadLetterView, {
    description:
      'Send a dead letter back to its topic with its original key and headers (admins); records who and when. Fix the cause first: consumers that handled it already ignore it.',
  })
  redriveDeadLetter(
    @Arg('topic', { description: topicDescription }) topic: string,
    @Arg('position', { description: '"<partition>:<offset>" in the dead-letter topic.' })
    position: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<DeadLetterView> {
    return this.desk.redrive(command, topic, position);
  }
}
