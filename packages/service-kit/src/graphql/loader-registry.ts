import DataLoader from 'dataloader';

/**
 * Per-request (per-command) DataLoaders by name, created on first use, and
 * memoised answers (an access scope, worked out once per request). Never
 * shared between two commands, so nothing is cached across users.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly memos = new Map<string, Promise<unknown>>();
  private readonly objects = new Map<string, unknown>();

  get<K, V>(
    name: string,
    batch: DataLoader.BatchLoadFn<K, V>,
    options?: DataLoader.Options<K, V>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500, ...options });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** An object made once per command under `name` (a batch shared by the command's loaders). */
  shared<T>(name: string, create: () => T): T {
    let value = this.objects.get(name) as T | undefined;
    if (value === undefined) {
      value = create();
      this.objects.set(name, value);
    }
    return value;
  }

  /** The answer of `compute`, computed once per command under `name`. */
  memo<T>(name: string, compute: () => Promise<T>): Promise<T> {
    let value = this.memos.get(name) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.memos.set(name, value);
      // A failed computation is not remembered: the next ask tries again.
      value.catch(() => this.memos.delete(name));
    }
    return value;
  }
}
