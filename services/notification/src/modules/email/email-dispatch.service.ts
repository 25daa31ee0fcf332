import { type CommandContext, inTransaction } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import { Notification } from '../notification/notification.entity';
import { emailOf } from './email-text';
import type { Mailer } from './mailer';
import { retryDelayMs } from './retry-delay';

export interface DispatchOptions {
  appUrl: string;
  maxAttempts: number;
  batchSize?: number;
}

/**
 * Sends the e-mails of PENDING notifications. Rows are claimed with SKIP
 * LOCKED, so replicas share the work; a row is SENT once the SMTP server
 * accepted it. A failure is retried later with backoff and given up (FAILED,
 * with the reason) after the configured attempts. If the process dies
 * between the server's acceptance and the commit, the e-mail goes again with
 * the same Message-ID: at least once, never lost.
 */
export class EmailDispatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly options: DispatchOptions,
  ) {}

  /** One round; returns how many were sent. */
  sendDue(command: CommandContext): Promise<number> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const now = command.clock.now();
      const due = await manager
        .createQueryBuilder(Notification, 'n')
        .where("n.emailStatus = 'PENDING' AND n.emailNextAttemptAt <= :now", { now })
        .orderBy('n.emailNextAttemptAt', 'ASC')
        .take(this.options.batchSize ?? 20)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let sent = 0;
      for (const notification of due) {
        const attempts = notification.emailAttempts + 1;
        try {
          await this.mailer.send(emailOf(notification, this.options.appUrl));
          await manager.update(Notification, notification.id, {
            emailStatus: 'SENT',
            emailSentAt: command.clock.now(),
            emailAttempts: attempts,
            emailNextAttemptAt: null,
            emailLastError: null,
          });
          sent += 1;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const givenUp = attempts >= this.options.maxAttempts;
          await manager.update(Notification, notification.id, {
            emailStatus: givenUp ? 'FAILED' : 'PENDING',
            emailAttempts: attempts,
            emailNextAttemptAt: givenUp
              ? null
              : new Date(command.clock.now().getTime() + retryDelayMs(attempts)),
            emailLastError: reason.slice(0, 1000),
          });
        }
      }
      return sent;
    });
  }
}
