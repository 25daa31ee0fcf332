import type { IdentityClock } from '../identity-clock';

/** A clock the test moves by hand (service-kit's ManualClock, which this package cannot import). */
export class TestClock implements IdentityClock {
  constructor(private at: Date) {}
  now(): Date {
    return this.at;
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}
