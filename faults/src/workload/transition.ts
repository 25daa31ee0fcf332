import { pause, type Outcome } from './subgraph-client';

export interface TransitionOptions<T> {
  what: string;
  /** One attempt (re-reading what it needs, such as the expected version). */
  attempt: () => Promise<Outcome<T>>;
  /** Whether the change is already made: asked when an attempt's outcome is unknown or refused. */
  isDone: () => Promise<boolean>;
  /** Refusals that mean "not yet": another service has not caught up with the events. */
  notYet?: string[];
  deadline: number;
}

/**
 * Makes one change happen once, as a careful client does through crashes:
 * a lost answer is followed by a read, never by a blind second write, and a
 * refusal because the change is already made counts as done.
 */
export async function transition<T>(o: TransitionOptions<T>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if (Date.now() > o.deadline) throw new Error(`${o.what}: gave up at the deadline`);
    const outcome = await o.attempt();
    if (outcome.kind === 'data') return;
    if (outcome.kind === 'refused') {
      if (o.notYet?.includes(outcome.code)) {
        await pause(Math.min(2_000, 200 * attempt));
        continue;
      }
      if (await o.isDone()) return;
      if (outcome.code === 'CONFLICT') continue;
      throw new Error(`${o.what}: refused ${outcome.code}: ${outcome.message}`);
    }
    await pause(Math.min(2_000, 150 * attempt));
    if (outcome.sent && (await o.isDone())) return;
  }
}
