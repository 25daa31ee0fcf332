import { timingRatio, withinHostSpeedLimit, type HostSpeed } from './host-speed';

/**
 * What the loop and the count took on a host of this machine kind in the minutes its runs of record were taken,
 * by the CPU `/proc/cpuinfo` names. hostSpeedChange judges whether the host moved during a benchmark; this judges
 * whether it started where it usually is: on 2026-12-07 the Xeon host ran at about half its morning's speed for a
 * whole afternoon, holding still for minutes at a time at that level, and a run then read keyAccount at 17.58 to
 * 20.72 ms of CPU a request against 9.66 in the morning.
 */
export interface UsualHostSpeed {
  /** The start of the CPU's model name as the machine info records it. */
  cpu: string;
  javascriptMs: number;
  postgresqlMs: number;
  /** Where the figures were read. */
  from: string;
}

export const usualHostSpeeds: readonly UsualHostSpeed[] = [
  {
    cpu: 'Intel(R) Xeon(R) Processor',
    javascriptMs: 162,
    postgresqlMs: 238,
    from: 'quiet readings on 2026-12-07 (loop 160 to 171 ms, count 230 to 247 ms) and the run of record at 0b47ac4',
  },
  {
    cpu: 'AMD EPYC',
    javascriptMs: 115,
    postgresqlMs: 195,
    from: 'the runs of record at dee6649 and 990ff2c and readings around them (loop 112 to 122 ms, count 181 to 204 ms)',
  },
];

/** How a host speed compares with the usual one for its CPU: each timing over the usual (above 1 is slower). */
export interface HostSpeedLevel {
  usual: UsualHostSpeed;
  javascript: number;
  postgresql: number;
  /** Both within `hostSpeedLimit` of the usual either way, as hostSpeedChange judges a move. */
  atUsualSpeed: boolean;
}

/** The level of `speed` on `cpu`, or undefined for a CPU whose usual speed is not known. */
export function hostSpeedLevel(cpu: string, speed: HostSpeed): HostSpeedLevel | undefined {
  const usual = usualHostSpeeds.find((u) => cpu.startsWith(u.cpu));
  if (!usual) return undefined;
  const javascript = timingRatio(speed.javascriptMs, usual.javascriptMs);
  const postgresql = timingRatio(speed.postgresqlMs, usual.postgresqlMs);
  const atUsualSpeed = withinHostSpeedLimit(javascript) && withinHostSpeedLimit(postgresql);
  return { usual, javascript, postgresql, atUsualSpeed };
}

/** One line for the console or the report: where the host stands against its usual speed. */
export function hostSpeedLevelSentence(cpu: string, speed: HostSpeed): string {
  const level = hostSpeedLevel(cpu, speed);
  if (!level)
    return `no usual speed is on record for "${cpu}" (bench/src/lib/usual-host-speed.ts): the figures cannot be placed against other hosts'`;
  const { usual } = level;
  const against =
    `the loop ${speed.javascriptMs} ms against its usual ${usual.javascriptMs} (${level.javascript}x), ` +
    `the count ${speed.postgresqlMs} ms against ${usual.postgresqlMs} (${level.postgresql}x)`;
  return level.atUsualSpeed
    ? `the host at its usual speed: ${against}`
    : `the host NOT at its usual speed: ${against}; its figures are not comparable with the runs of record`;
}
