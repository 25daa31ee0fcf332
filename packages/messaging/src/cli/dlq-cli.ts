import { silentLogger } from '../logger';
import { TopicNamespace } from '../topic-namespace';
import { withDeadLetterAdmin, type DeadLetter } from '../dead-letters/dead-letter-admin';
import { loadAdminConfig, parseArgs } from './admin-config';

const USAGE = `npm run dlq -- <command> <topic> [...]
  list <topic>                               the dead letters of a topic (e.g. lead.events.v1)
  show <topic> <partition:offset>            one letter: reason, origin, headers, the event
  redrive <topic> <partition:offset>... --by <who>
  redrive <topic> --all --by <who>           every letter not yet redriven
Needs KAFKA_BROKERS (or SALESGRAPH_KAFKA_BROKERS); KAFKA_TOPIC_PREFIX if the topics have one.`;

async function main(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const [command, topic, ...positions] = positional;
  if (!command || !topic || !['list', 'show', 'redrive'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadAdminConfig();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const clients = {
    clientId: 'salesgraph-dlq',
    brokers: config.kafkaBrokers,
    logger: silentLogger,
    namespace: new TopicNamespace(config.topicPrefix),
  };
  return withDeadLetterAdmin(clients, async (letters) => {
    if (command === 'list') {
      const all = await letters.list(topic);
      for (const l of all) out(summary(l));
      out(
        `${all.length} dead letter(s), ${all.filter((l) => !l.redrives.length).length} not redriven`,
      );
    } else if (command === 'show') {
      const letter = positions[0] && (await letters.show(topic, positions[0]));
      if (!letter) throw new Error(`no dead letter at ${positions[0] ?? '(none given)'}`);
      out(JSON.stringify({ ...letter, value: letter.value?.toString('utf8') }, null, 2));
    } else {
      const by = options.by;
      if (!by || by === 'true') throw new Error('a redrive needs --by <who decides it>');
      const targets =
        options.all === 'true'
          ? (await letters.list(topic)).filter((l) => !l.redrives.length).map((l) => l.position)
          : positions;
      if (targets.length === 0) throw new Error('nothing to redrive: name positions or --all');
      for (const position of targets) {
        const letter = await letters.redrive(topic, position, by);
        out(`redriven ${position} -> ${letter.originTopic} by ${by}`);
      }
    }
    return 0;
  });
}

function summary(l: DeadLetter): string {
  const redriven = l.redrives.length
    ? ` redriven ${l.redrives.map((r) => `${r.at} by ${r.by}`).join(', ')}`
    : '';
  return `${l.position} ${l.failedAt ?? ''} ${l.kind ?? ''} ${l.eventType ?? '?'} ${l.eventId ?? ''} key=${l.key ?? ''} consumer=${l.consumer ?? ''}: ${l.reason ?? ''}${redriven}`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`dlq: ${error.message}\n`);
    process.exit(1);
  },
);
