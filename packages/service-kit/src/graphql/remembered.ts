/**
 * Answers remembered by key, at most `limit` of them (the oldest forgotten
 * first): for values worked out again for the same few inputs on every
 * request (Apollo's query hashes and media types here; the gateway's
 * single-fetch reads and subgraph URLs).
 */
export class Remembered<T> {
  private readonly answers = new Map<string, T>();
  /** How many answers were given from memory: for tests. */
  hits = 0;

  constructor(private readonly limit: number) {}

  /** How many answers are kept. */
  get size(): number {
    return this.answers.size;
  }

  /** The answer remembered for `key`, or undefined: nothing is computed. */
  find(key: string): T | undefined {
    return this.answers.get(key);
  }

  /** Forgets every answer. */
  clear(): void {
    this.answers.clear();
  }

  /** The answer for `key`: from memory, or `compute()`'s, then remembered. */
  get(key: string, compute: () => T): T {
    const known = this.answers.get(key);
    // One look-up when remembered; `has` only tells a remembered undefined from none.
    if (known !== undefined || this.answers.has(key)) {
      this.hits += 1;
      return known as T;
    }
    const value = compute();
    if (this.answers.size >= this.limit) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, value);
    return value;
  }
}
