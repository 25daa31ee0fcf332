import { InvalidTransitionError } from '../graphql/domain-error';

/**
 * A lifecycle as a table: for every state, the states it may move to. One
 * helper for every lifecycle of the platform (lead, opportunity, order,
 * contract, plan, proposal, service request, threat), so each is read the
 * same way and refuses the same way: INVALID_TRANSITION naming both states,
 * with a hint on what to do instead.
 */
export interface LifecycleDefinition<S extends string> {
  /** The entity's name in messages: "Lead", "Supply contract". */
  entity: string;
  transitions: Record<S, readonly S[]>;
  /** What to tell someone who tries an illegal move; the default names the legal ones. */
  hint?: (from: S, to: S) => string | undefined;
}

export interface Lifecycle<S extends string> {
  readonly entity: string;
  readonly states: readonly S[];
  /** Whether `from` may move to `to`. */
  can(from: S, to: S): boolean;
  /**
   * Throws INVALID_TRANSITION unless `from` may move to `to`. `subject` names
   * the record in the message ("Order SO-000042"); the entity's name otherwise.
   */
  assert(from: S, to: S, subject?: string): void;
  /** The states `from` may move to. */
  next(from: S): readonly S[];
  /** A state nothing leaves. */
  isFinal(state: S): boolean;
  /** The states something may still leave. */
  readonly open: readonly S[];
}

export function defineLifecycle<S extends string>(
  definition: LifecycleDefinition<S>,
): Lifecycle<S> {
  const { entity, transitions } = definition;
  const states = Object.keys(transitions) as S[];
  const next = (from: S): readonly S[] => transitions[from] ?? [];
  const defaultHint = (from: S, to: S): string => {
    if (from === to) return `It is already ${from}.`;
    const legal = next(from);
    return legal.length ? `From ${from} it may go to ${legal.join(' or ')}.` : `${from} is final.`;
  };
  return {
    entity,
    states,
    open: states.filter((state) => next(state).length > 0),
    can: (from, to) => next(from).includes(to),
    next,
    isFinal: (state) => next(state).length === 0,
    assert(from, to, subject) {
      if (next(from).includes(to)) return;
      throw new InvalidTransitionError(
        subject ?? entity,
        from,
        to,
        definition.hint?.(from, to) ?? defaultHint(from, to),
      );
    },
  };
}
