import { defineLifecycle } from '@salesgraph/service-kit';
import { TouchpointStatus as S } from './touchpoint-enums';

/**
 * A touchpoint stays PLANNED while it recurs: completing it moves its next
 * date and leaves it PLANNED, unless it was ONCE, which is then DONE. A
 * planned touchpoint may be cancelled; DONE and CANCELLED ones change no more.
 */
export const touchpointLifecycle = defineLifecycle<S>({
  entity: 'Touchpoint',
  transitions: {
    [S.PLANNED]: [S.PLANNED, S.DONE, S.CANCELLED],
    [S.DONE]: [],
    [S.CANCELLED]: [],
  },
  hint: () => 'Only planned touchpoints change.',
});
