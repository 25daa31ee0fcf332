import type { Client } from 'pg';

/**
 * `COPY ... FROM STDIN` through the `pg` driver alone: pg-copy-streams is not
 * among our dependencies, and the protocol needs only this much. The driver
 * runs any object with `submit` as a query and hands it the backend's replies;
 * on CopyInResponse we send the rows as CopyData and end with CopyDone.
 */
class CopyFromStdin {
  rowCount = 0;
  private error?: Error;
  readonly done: Promise<number>;
  private settle!: { resolve: (rows: number) => void; reject: (error: Error) => void };

  constructor(
    private readonly text: string,
    private readonly chunks: readonly string[],
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(Buffer.from(chunk));
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/^COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
  }

  handleError(error: Error): void {
    this.error = error;
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve(this.rowCount);
  }

  // Replies a COPY never gets; the driver calls them on any query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** Runs `copySql` (a COPY ... FROM STDIN) with `lines` (COPY text rows) as its input; resolves to the rows copied. */
export function copyFromStdin(
  client: Client,
  copySql: string,
  lines: readonly string[],
): Promise<number> {
  // CopyData messages of about 64 KiB: one per row would be a message per row.
  const chunks: string[] = [];
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= 65_536) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk) chunks.push(chunk);
  const copy = new CopyFromStdin(copySql, chunks);
  (client as unknown as { query(submittable: CopyFromStdin): void }).query(copy);
  return copy.done;
}
