import { z } from 'zod';
import { ConfigError } from '../config/config-error';
import { loadConfig } from '../config/load-config';
import {
  downstreamFetchIntervalEnv,
  kafkaConsumerTuning,
  serviceEnvShape,
  portEnv,
} from '../config/service-env';

const schema = z.object({ ...serviceEnvShape, PORT: portEnv(4001) });
const required = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/lead',
  KAFKA_BROKERS: 'a:1',
  INTERNAL_TOKEN_PUBLIC_JWK: '{"kty":"OKP","crv":"Ed25519","x":"abc"}',
};

describe('Kafka consumer settings from the environment', () => {
  it("leaves every setting to the messaging package's defaults when unset", () => {
    const config = loadConfig('lead', schema, required);
    expect(kafkaConsumerTuning(config)).toEqual({
      consumerMaxWaitMs: undefined,
      consumerHeartbeatIntervalMs: undefined,
      consumerSessionTimeoutMs: undefined,
      consumerPartitionsInParallel: undefined,
      consumerMinFetchIntervalMs: undefined,
    });
  });

  it('hands the fetch wait, heartbeat, session, partitions in parallel and fetch interval to the broker client', () => {
    const config = loadConfig('lead', schema, {
      ...required,
      KAFKA_CONSUMER_MAX_WAIT_MS: '5000',
      KAFKA_CONSUMER_HEARTBEAT_MS: '3000',
      KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '10000',
      KAFKA_CONSUMER_PARTITIONS_IN_PARALLEL: '3',
      KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: '50',
    });
    expect(kafkaConsumerTuning(config)).toEqual({
      consumerMaxWaitMs: 5000,
      consumerHeartbeatIntervalMs: 3000,
      consumerSessionTimeoutMs: 10000,
      consumerPartitionsInParallel: 3,
      consumerMinFetchIntervalMs: 50,
    });
  });

  it('refuses no partitions at all', () => {
    expect(() =>
      loadConfig('lead', schema, { ...required, KAFKA_CONSUMER_PARTITIONS_IN_PARALLEL: '0' }),
    ).toThrow(ConfigError);
  });

  it('gives a downstream service a fetch interval of 100 ms, and refuses one over a second', () => {
    const downstream = z.object({
      ...serviceEnvShape,
      PORT: portEnv(4002),
      KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: downstreamFetchIntervalEnv,
    });
    expect(kafkaConsumerTuning(loadConfig('account', downstream, required))).toMatchObject({
      consumerMinFetchIntervalMs: 100,
    });
    expect(
      kafkaConsumerTuning(
        loadConfig('account', downstream, {
          ...required,
          KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: '0',
        }),
      ),
    ).toMatchObject({ consumerMinFetchIntervalMs: 0 });
    expect(() =>
      loadConfig('account', downstream, {
        ...required,
        KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: '5000',
      }),
    ).toThrow(ConfigError);
  });

  it("refuses a session shorter than the broker's minimum (6 s)", () => {
    expect(() =>
      loadConfig('lead', schema, { ...required, KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '3000' }),
    ).toThrow(ConfigError);
  });
});
