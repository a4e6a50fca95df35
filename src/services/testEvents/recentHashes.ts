/** One customer value the Workbench hashed for a send: what it hashed and what it sent. */
export interface RememberedHash {
  hash: string
  normalized: string
}

/**
 * The normalized value behind each hash the Workbench sent lately, so the Test events view can show
 * "this hash is john_smith@gmail.com" for its own sends. In memory only (never on disk), capped.
 */
export class RecentHashes {
  private readonly values = new Map<string, string>()

  constructor(private readonly capacity = 5000) {}

  remember(entries: readonly RememberedHash[]): void {
    for (const { hash, normalized } of entries) {
      this.values.delete(hash)
      this.values.set(hash, normalized)
    }
    while (this.values.size > this.capacity) {
      const oldest = this.values.keys().next().value
      if (oldest === undefined) break
      this.values.delete(oldest)
    }
  }

  lookup(hash: string): string | undefined {
    return this.values.get(hash)
  }
}
