import { ForbiddenError, NotFoundError } from '@salesgraph/service-kit';

export class NotificationNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Notification', id);
  }
}

export class FeedNotVisibleError extends ForbiddenError {
  constructor(userId: string) {
    super(
      `You may not read ${userId}'s notifications: a feed is for its owner, their sales manager and admins.`,
    );
  }
}
