/**
 * A label value from client input (an operation name) without letting clients
 * grow the number of series without bound: the first `max` distinct names are
 * kept, later ones count as "other"; names that are not GraphQL names count
 * as "invalid", an operation without a name as "anonymous".
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 200) {}

  of(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'invalid';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(name);
    return name;
  }
}
