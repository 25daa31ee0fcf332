import { DataSource } from 'typeorm';
import { ParkedOutbox } from '../outbox/parked-outbox';
import { ClearOutboxSealing } from '../privacy/clear-outbox-sealing';
import { SubjectKeys } from '../privacy/subject-keys';
import { databaseUrlOf, parseArgs } from './admin-config';

const USAGE = `npm run outbox -- <command> --service <name> [...]
  parked                        outbox rows the broker kept refusing, with the reason
  retry <event id> --by <who>   send a parked row back to the relay (after fixing the cause)
  discard <event id> --by <who> give it up: never published; its aggregate's later events flow
  seal-clear [--after <position>] seal in place the personal fields of rows written before sealing
                                existed (issues and publishes keys; idempotent: rerun to resume)
Needs DATABASE_URL, or SALESGRAPH_<SERVICE>_DATABASE_URL with --service.`;

async function main(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const [command, id] = positional;
  if (!command || !['parked', 'retry', 'discard', 'seal-clear'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrlOf(options.service),
    applicationName: 'salesgraph-outbox-admin',
  });
  await dataSource.initialize();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (command === 'seal-clear') {
      // The keys are the service's own: it issues them, as Outbox.append would have.
      if (!options.service || options.service === 'true')
        throw new Error('seal-clear needs --service <name>: the owner of the keys it issues');
      const result = await new ClearOutboxSealing(dataSource, new SubjectKeys(options.service)).run(
        {
          after: options.after,
          onBatch: (r) =>
            out(`${r.sealed} sealed of ${r.examined} examined, up to ${r.lastPosition}`),
        },
      );
      out(`sealed ${result.sealed} row(s) of ${result.examined} with personal fields`);
      return 0;
    }
    const parked = new ParkedOutbox(dataSource);
    if (command === 'parked') {
      const rows = await parked.list(1_000);
      for (const r of rows)
        out(
          `${r.id} ${r.eventType} ${r.aggregateType}:${r.aggregateId} parked ${r.parkedAt.toISOString()} after ${r.attempts} attempts, ${r.waitingBehind} waiting behind: ${r.lastError}`,
        );
      out(`${rows.length} parked row(s)`);
      return 0;
    }
    const by = options.by;
    if (!id || !by || by === 'true') throw new Error(`${command} needs an event id and --by <who>`);
    const done = command === 'retry' ? await parked.retry(id, by) : await parked.discard(id, by);
    if (!done) throw new Error(`no parked row ${id}`);
    out(`${command === 'retry' ? 'sent back to the relay' : 'discarded'}: ${id} by ${by}`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`outbox: ${error.message}\n`);
    process.exit(1);
  },
);
