import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  from: string;
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on a free loopback port that keeps what it receives:
 * the service talks SMTP to it exactly as to a mail relay.
 */
export async function startSmtpSink() {
  const received: ReceivedEmail[] = [];
  /** How many of the next messages to refuse (a relay that is failing). */
  const failures = { remaining: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures.remaining > 0) {
          failures.remaining -= 1;
          const refusal = Object.assign(new Error('mailbox unavailable, try again later'), {
            responseCode: 451,
          });
          return callback(refusal);
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failures,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
