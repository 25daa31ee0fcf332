import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Lets the receiving side spot a resend of the same notification. */
  messageId: string;
}

/** Where e-mails leave the service. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** Through the configured SMTP server (SMTP_URL); a refusal or an unreachable server throws. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(url);
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      messageId: email.messageId,
    });
  }

  close(): void {
    this.transport.close();
  }
}

/** In development without SMTP_URL: the e-mail is written to the log instead (never in production). */
export class LogMailer implements Mailer {
  constructor(private readonly logger: Logger) {}

  async send(email: OutgoingEmail): Promise<void> {
    this.logger.info({ email }, `e-mail to ${email.to} (logged, not sent: SMTP_URL is not set)`);
  }

  close(): void {}
}
