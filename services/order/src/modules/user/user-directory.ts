import type { AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager } from 'typeorm';
import { KnownUser } from './known-user.entity';

/** How a colleague is named to a customer: their name and e-mail, as far as known. */
export interface UserContact {
  userId: string;
  name: string | null;
  email: string | null;
}

/**
 * Names the users the order service knows by id, from what their own tokens
 * said when they last wrote a quote (the identity provider is the source;
 * this is a copy, refreshed by every such write). A user never seen has no
 * name here: callers show their id.
 */
export class UserDirectory {
  /** Remembers the acting user's name and e-mail, in the caller's transaction. */
  async remember(manager: EntityManager, user: AuthenticatedUser, at: Date): Promise<void> {
    if (!user.name && !user.email) return;
    await manager.query(
      `INSERT INTO known_user (user_id, name, email, seen_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email,
         seen_at = EXCLUDED.seen_at
       WHERE known_user.seen_at <= EXCLUDED.seen_at`,
      [user.id, user.name ?? null, user.email ?? null, at],
    );
  }

  async contactOf(manager: EntityManager, userId: string): Promise<UserContact> {
    const known = await manager.findOne(KnownUser, { where: { userId } });
    return { userId, name: known?.name ?? null, email: known?.email ?? null };
  }
}
