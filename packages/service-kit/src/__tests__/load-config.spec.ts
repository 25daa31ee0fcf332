import { z } from 'zod';
import { ConfigError } from '../config/config-error';
import { loadConfig } from '../config/load-config';
import { serviceEnvShape, portEnv } from '../config/service-env';

const schema = z.object({ ...serviceEnvShape, PORT: portEnv(4001) });

describe('loadConfig', () => {
  it('names every missing or invalid variable at once', () => {
    try {
      loadConfig('lead', schema, { DATABASE_URL: 'mysql://x', KAFKA_BROKERS: '' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('KAFKA_BROKERS');
      expect(message).toContain('INTERNAL_TOKEN_PUBLIC_JWK is required but not set');
    }
  });

  it('parses valid input into typed values with the documented defaults', () => {
    const config = loadConfig('lead', schema, {
      DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/lead',
      KAFKA_BROKERS: 'a:1, b:2',
      INTERNAL_TOKEN_PUBLIC_JWK: '{"kty":"OKP","crv":"Ed25519","x":"abc"}',
    });
    expect(config.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
    expect(config.PORT).toBe(4001);
    expect(config.DATABASE_MIGRATE_ON_START).toBe(true);
    expect(config.INTERNAL_TOKEN_PUBLIC_JWK).toMatchObject({ kty: 'OKP' });
  });

  it('refuses a key that is not JSON', () => {
    expect(() =>
      loadConfig('lead', schema, {
        DATABASE_URL: 'postgres://u@h/d',
        KAFKA_BROKERS: 'a:1',
        INTERNAL_TOKEN_PUBLIC_JWK: 'secret',
      }),
    ).toThrow(/INTERNAL_TOKEN_PUBLIC_JWK: must be JSON/);
  });
});
