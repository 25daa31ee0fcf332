import { keyValueList, ObservabilityEnv, tracesEndpointOf } from '../observability-env';

const env = (vars: Record<string, string>) => ObservabilityEnv.parse(vars);

describe('tracing configuration (OpenTelemetry variables)', () => {
  it('is off with nothing set, as in development', () => {
    expect(tracesEndpointOf(env({}))).toBeUndefined();
  });

  it('exports to <endpoint>/v1/traces, or to the traces endpoint when given', () => {
    expect(tracesEndpointOf(env({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }))).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      tracesEndpointOf(
        env({
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://other:4318/traces',
        }),
      ),
    ).toBe('http://other:4318/traces');
    expect(tracesEndpointOf(env({ OTEL_TRACES_EXPORTER: 'otlp' }))).toBe(
      'http://localhost:4318/v1/traces',
    );
  });

  it('stays off when the SDK is disabled or the exporter is none', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(tracesEndpointOf(env({ ...endpoint, OTEL_SDK_DISABLED: 'true' }))).toBeUndefined();
    expect(tracesEndpointOf(env({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }))).toBeUndefined();
  });

  it('refuses what it cannot use, by name', () => {
    expect(() => env({ OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/OTEL_TRACES_SAMPLER/);
    expect(() => env({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow();
    expect(() => env({ METRICS_PORT: '70000' })).toThrow();
  });

  it('reads header and resource lists as the specification writes them', () => {
    expect(keyValueList('api-key=a%20b, x=1,broken')).toEqual({ 'api-key': 'a b', x: '1' });
    expect(keyValueList(undefined)).toEqual({});
  });
});
