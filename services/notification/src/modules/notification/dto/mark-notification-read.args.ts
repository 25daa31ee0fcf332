import { Input } from '@salesgraph/service-kit';
import { ArgsType } from 'type-graphql';

@ArgsType()
export class MarkNotificationReadArgs {
  @Input.id({ of: 'notification' })
  notificationId: string;
}
