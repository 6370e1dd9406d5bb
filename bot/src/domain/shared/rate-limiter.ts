import { AppError } from './app-error';
import type { Clock } from './clock';
import { Containers } from './containers';
import {
  ConflictError,
  pkOf,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
} from './document-store';

interface CounterDoc extends BaseDoc {
  kind: 'rate';
  action: string;
  count: number;
  windowStart: string;
}

/**
 * Per-member limits ("10 posts an hour"), counted in fixed windows with atomic increments in the
 * `counters` container (pk = tenantId|memberId), so they hold across server instances.
 */
export class RateLimiter {
  private readonly counters: DocumentContainer<CounterDoc>;

  constructor(
    store: DocumentStore,
    private readonly clock: Clock,
  ) {
    this.counters = store.container<CounterDoc>(Containers.counters);
  }

  /**
   * Counts one `action` for the member; throws `code` (429, with retryAfterSeconds) when it goes
   * over `limit` in the current window.
   */
  async hit(options: {
    tenantId: string;
    memberId: string;
    action: string;
    limit: number;
    windowMs: number;
    code: string;
  }): Promise<void> {
    const now = this.clock.now().getTime();
    const windowStart = Math.floor(now / options.windowMs) * options.windowMs;
    const key = {
      tenantId: options.tenantId,
      pk: pkOf(options.tenantId, options.memberId),
      id: `rate|${options.action}|${windowStart}`,
    };
    let count = (await this.counters.patch(key, [{ op: 'incr', path: 'count', value: 1 }]))?.count;
    if (count === undefined) {
      try {
        count = (
          await this.counters.create({
            ...key,
            kind: 'rate',
            action: options.action,
            count: 1,
            windowStart: new Date(windowStart).toISOString(),
          })
        ).count;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        // Another request opened the window first: count on theirs.
        count = (await this.counters.patch(key, [{ op: 'incr', path: 'count', value: 1 }]))?.count ?? 1;
      }
    }
    if (count > options.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000));
      throw new AppError(
        options.code,
        429,
        `You have reached the limit of ${options.limit} for now. Try again later.`,
        {
          details: { limit: options.limit, retryAfterSeconds },
        },
      );
    }
  }
}
