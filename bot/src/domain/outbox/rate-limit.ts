/** Monotonic milliseconds; a port so the limiters can be tested without waiting. */
export type Now = () => number;

const realNow: Now = () => performance.now();

/**
 * At most `limit` events in any sliding window of `windowMs`: a stricter promise than a token
 * bucket's average rate, which is what Teams measures ("N per second"). `take()` resolves when an
 * event may happen and records it; callers waiting are served in order.
 */
export class SlidingWindowLimiter {
  private readonly times: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** Until when a 429 asked us to hold off entirely. */
  private pausedUntil = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: Now = realNow,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
  ) {
    if (!(limit >= 1) || !(windowMs > 0)) throw new Error('A limiter needs a limit ≥ 1 and a window > 0.');
  }

  /** Waits for a slot, then takes it. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** A slot now, or the milliseconds to wait for one (nothing is taken then). */
  tryTake(): number {
    const now = this.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    this.forget(now);
    if (this.times.length < this.limit) {
      this.times.push(now);
      return 0;
    }
    return Math.max(1, this.times[0]! + this.windowMs - now);
  }

  /** Nothing goes out before `ms` from now (the other side asked us to wait). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  /** The time of the last event, for idle clean-up. */
  get lastUsed(): number {
    return this.times[this.times.length - 1] ?? 0;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const wait = this.tryTake();
      if (wait === 0) return;
      await this.sleep(wait);
    }
  }

  private forget(now: number): void {
    while (this.times.length > 0 && this.times[0]! <= now - this.windowMs) this.times.shift();
  }
}

/**
 * One limiter per key (a conversation), created on first use and dropped when idle, so a campaign
 * to ten thousand personal chats does not keep ten thousand limiters.
 */
export class KeyedLimiters {
  private readonly limiters = new Map<string, SlidingWindowLimiter>();

  constructor(
    private readonly create: () => SlidingWindowLimiter,
    private readonly idleMs: number,
    private readonly now: Now = realNow,
  ) {}

  of(key: string): SlidingWindowLimiter {
    let limiter = this.limiters.get(key);
    if (!limiter) {
      if (this.limiters.size >= 1000) this.sweep();
      limiter = this.create();
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  get size(): number {
    return this.limiters.size;
  }

  private sweep(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [key, limiter] of this.limiters) if (limiter.lastUsed < cutoff) this.limiters.delete(key);
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
