import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidateGatewayScript } from '../candidate-gateway';

describe('candidateGatewayScript', () => {
  let repoRoot: string;

  beforeEach(() => {
    repoRoot = mkdtempSync(join(tmpdir(), 'candidate-gateway-'));
    mkdirSync(join(repoRoot, 'gateway', 'dist', 'candidate'), { recursive: true });
    writeFileSync(join(repoRoot, 'gateway', 'dist', 'candidate', 'main.js'), '');
  });
  afterEach(() => rmSync(repoRoot, { recursive: true, force: true }));

  it('is undefined when BENCH_CANDIDATE_GATEWAY is not set or empty', () => {
    expect(candidateGatewayScript({}, repoRoot)).toBeUndefined();
    expect(candidateGatewayScript({ BENCH_CANDIDATE_GATEWAY: '' }, repoRoot)).toBeUndefined();
  });

  it("resolves a build's main.js from the repository's root", () => {
    expect(
      candidateGatewayScript(
        { BENCH_CANDIDATE_GATEWAY: 'gateway/dist/candidate/main.js' },
        repoRoot,
      ),
    ).toBe(join(repoRoot, 'gateway', 'dist', 'candidate', 'main.js'));
  });

  it('refuses a file that is not there, naming the variable', () => {
    expect(() =>
      candidateGatewayScript({ BENCH_CANDIDATE_GATEWAY: 'gateway/dist/other/main.js' }, repoRoot),
    ).toThrow(/BENCH_CANDIDATE_GATEWAY=gateway\/dist\/other\/main.js: no such file/);
  });

  it("refuses a build outside the repository, which would not find the repository's packages", () => {
    const outside = mkdtempSync(join(tmpdir(), 'candidate-outside-'));
    try {
      writeFileSync(join(outside, 'main.js'), '');
      expect(() =>
        candidateGatewayScript({ BENCH_CANDIDATE_GATEWAY: join(outside, 'main.js') }, repoRoot),
      ).toThrow(/inside the repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
