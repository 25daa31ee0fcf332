/**
 * The settings of the messaging admin commands, read and checked in this one
 * place; a missing one fails at once, naming the variable.
 */
export interface AdminConfig {
  kafkaBrokers: string[];
  topicPrefix: string;
}

export function loadAdminConfig(env: NodeJS.ProcessEnv = process.env): AdminConfig {
  const brokers = env.KAFKA_BROKERS ?? env.SALESGRAPH_KAFKA_BROKERS;
  if (!brokers?.trim())
    throw new Error('KAFKA_BROKERS (or SALESGRAPH_KAFKA_BROKERS) is not set: host:port,host:port');
  return {
    kafkaBrokers: brokers
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    topicPrefix: env.KAFKA_TOPIC_PREFIX ?? '',
  };
}

/** The database of a service: DATABASE_URL, or SALESGRAPH_<SERVICE>_DATABASE_URL for `--service`. */
export function databaseUrlOf(
  service: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const name = service
    ? `SALESGRAPH_${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`
    : undefined;
  const url = (name && env[name]) || env.DATABASE_URL;
  if (!url)
    throw new Error(
      `no database: set DATABASE_URL${name ? ` or ${name}` : ''} (postgres://user:password@host:port/db)`,
    );
  return url;
}

/** `--name value` options and positional arguments. */
export function parseArgs(argv: string[]): {
  positional: string[];
  options: Record<string, string>;
} {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) options[arg.slice(2)] = 'true';
      else {
        options[arg.slice(2)] = next;
        i += 1;
      }
    } else positional.push(arg);
  }
  return { positional, options };
}
