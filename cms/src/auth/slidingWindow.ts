/** Counts events per key over a sliding window, in memory, with a bound on how many keys it keeps. */
export class SlidingWindowCounter {
  private readonly events = new Map<string, number[]>()

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.events.get(key) ?? []).filter((time) => now - time < this.windowMs)
    if (kept.length === 0) this.events.delete(key)
    else this.events.set(key, kept)
    return kept
  }

  count(key: string, now = Date.now()): number {
    return this.recent(key, now).length
  }

  add(key: string, now = Date.now()): number {
    const kept = [...this.recent(key, now), now]
    this.events.delete(key)
    this.events.set(key, kept)
    if (this.events.size > this.maxKeys) this.events.delete(this.events.keys().next().value as string)
    return kept.length
  }

  /** When the oldest counted event leaves the window. */
  retryAfterMs(key: string, now = Date.now()): number {
    const oldest = this.recent(key, now)[0]
    return oldest === undefined ? 0 : this.windowMs - (now - oldest)
  }

  /** Takes back the latest event: one that turned out not to count. */
  removeLatest(key: string, now = Date.now()): void {
    const kept = this.recent(key, now).slice(0, -1)
    if (kept.length === 0) this.events.delete(key)
    else this.events.set(key, kept)
  }

  clear(key: string): void {
    this.events.delete(key)
  }
}
