/**
 * Serialises async work per key (a tenant, an agent): the reference's "distributed lock" (ch. 1
 * NOTICE, ref L854) within one node. Work for different keys runs concurrently; work for one key
 * runs in arrival order, one at a time.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys with work queued or running (for tests and limits). */
  get activeKeys(): number {
    return this.tails.size;
  }
}
