/**
 * Where the token caches read the time. The shape of service-kit's `Clock` (which depends on this
 * package, so it cannot be imported here): its `systemClock` and `ManualClock` fit.
 */
export interface IdentityClock {
  now(): Date;
}
