import type { HostSpeed } from './host-speed';
import { hostSpeedLevel } from './usual-host-speed';

/** How often the host's speed is measured again while waiting for its usual level (each measurement takes seconds). */
const defaultPollMs = 20_000;

/**
 * Waits, up to `waitMs`, for the host to be back at its usual speed for its CPU (hostSpeedLevel), measuring it every
 * `pollMs`, and returns the last measurement, at the usual speed or not: the benchmark runs either way, and its
 * figures are then marked. The host under this machine kind has run at half speed for stretches of minutes to hours,
 * holding still there, so a run of record left unattended can wait rather than measure the slowed host. Returns
 * `speed` at once when the host is at its usual speed, when none is on record for the CPU, or when `waitMs` is 0.
 */
export async function untilAtItsUsualSpeed(o: {
  cpu: string;
  /** The latest measurement. */
  speed: HostSpeed;
  speedNow: () => Promise<HostSpeed>;
  waitMs: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  say: (line: string) => void;
}): Promise<HostSpeed> {
  const atUsual = (speed: HostSpeed) => hostSpeedLevel(o.cpu, speed)?.atUsualSpeed ?? true;
  if (o.waitMs <= 0 || atUsual(o.speed)) return o.speed;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = o.now ?? Date.now;
  const describe = (s: HostSpeed) => `loop ${s.javascriptMs} ms, count ${s.postgresqlMs} ms`;
  const start = now();
  o.say(
    `    host off its usual speed (${describe(o.speed)}): waiting up to ${Math.round(o.waitMs / 60_000)} min for it`,
  );
  let speed = o.speed;
  while (now() - start < o.waitMs) {
    await sleep(Math.min(o.pollMs ?? defaultPollMs, Math.max(0, o.waitMs - (now() - start))));
    speed = await o.speedNow();
    if (atUsual(speed)) {
      o.say(
        `    host back at its usual speed after ${Math.round((now() - start) / 1000)} s (${describe(speed)})`,
      );
      return speed;
    }
  }
  o.say(
    `    host still off its usual speed after ${Math.round((now() - start) / 1000)} s (${describe(speed)}): running anyway`,
  );
  return speed;
}
