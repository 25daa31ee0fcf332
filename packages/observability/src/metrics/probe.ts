/**
 * A reading taken when Prometheus scrapes (the outbox backlog, consumer lag):
 * shared by every series that needs it within one scrape, bounded in time so
 * that a slow database or broker never hangs the scrape, and never throwing:
 * a failed reading is undefined, and `up` says so.
 */
export class Probe<T> {
  private last?: { at: number; value: Promise<T | undefined> };
  ok = true;

  constructor(
    readonly name: string,
    private readonly read: () => Promise<T>,
    private readonly onError: (probe: string, error: unknown) => void,
    private readonly timeoutMs = 3_000,
    private readonly reuseMs = 1_000,
  ) {}

  value(): Promise<T | undefined> {
    const now = Date.now();
    if (this.last && now - this.last.at < this.reuseMs) return this.last.value;
    const value = this.take();
    this.last = { at: now, value };
    return value;
  }

  private async take(): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const value = await Promise.race([
        this.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${this.timeoutMs} ms`)),
            this.timeoutMs,
          );
          timer.unref();
        }),
      ]);
      this.ok = true;
      return value;
    } catch (error) {
      this.ok = false;
      this.onError(this.name, error);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
