import { Field, Int, ObjectType } from 'type-graphql';
import { Notification } from './notification.entity';

@ObjectType({ description: "A page of one person's notifications, newest first." })
export class NotificationFeed {
  @Field(() => Int, { description: 'How many match the filter (all pages).' })
  total: number;

  @Field(() => Int, { description: 'How many of the kinds asked for are unread.' })
  unread: number;

  @Field(() => [Notification])
  items: Notification[];
}
