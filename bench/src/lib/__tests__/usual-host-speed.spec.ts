import { hostSpeedLevel } from '../usual-host-speed';
import { hostSpeedOf } from './host-speed-fixture';

describe("the host's speed against its usual speed", () => {
  const xeon = 'Intel(R) Xeon(R) Processor @ 2.60GHz';

  it('finds the usual speed by the start of the CPU model name', () => {
    expect(hostSpeedLevel(xeon, hostSpeedOf(162))?.usual.cpu).toBe('Intel(R) Xeon(R) Processor');
    expect(hostSpeedLevel('AMD EPYC 7B13', hostSpeedOf(115, 195))?.usual.cpu).toBe('AMD EPYC');
    expect(hostSpeedLevel('ARM Neoverse-N1', hostSpeedOf(162))).toBeUndefined();
  });

  it('holds a host within the limit of both usual timings, either way', () => {
    expect(hostSpeedLevel(xeon, hostSpeedOf(171, 247))).toMatchObject({
      javascript: 1.06,
      postgresql: 1.04,
      atUsualSpeed: true,
    });
    // The afternoon of 2026-12-07: the loop and the count at half speed.
    expect(hostSpeedLevel(xeon, hostSpeedOf(219.2, 528.7))).toMatchObject({
      javascript: 1.35,
      postgresql: 2.22,
      atUsualSpeed: false,
    });
    // Only the count slowed.
    expect(hostSpeedLevel(xeon, hostSpeedOf(162, 310))?.atUsualSpeed).toBe(false);
    // Far faster than usual: the reference no longer describes this host.
    expect(hostSpeedLevel(xeon, hostSpeedOf(115, 195))?.atUsualSpeed).toBe(false);
  });
});
