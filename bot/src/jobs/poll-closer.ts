import type { Logger } from 'pino';
import type { PollService } from '../domain/polls/poll-service';
import type { Lease } from '../domain/shared/lease';
import type { TenantRegistry } from '../domain/shared/tenant-registry';
import { IntervalJob } from './interval-job';

/**
 * Closes polls when their time comes and shows the final results in their message in Teams. One
 * instance at a time holds the lease; closing is a conditional write and each message update is
 * claimed before it is sent, so two closers (or a retry, or a restart in the middle) close a poll
 * once and update its card once. A failed update is retried on the next ticks, a few times.
 */
export class PollCloser {
  private readonly loop: IntervalJob;

  constructor(
    private readonly deps: {
      tenants: TenantRegistry;
      polls: PollService;
      lease: Lease;
      logger: Logger;
      intervalMs: number;
    },
  ) {
    this.loop = new IntervalJob('closing polls', deps, () => this.tick());
  }

  /** Starts ticking (the first tick runs at once: polls that closed while the server was down). */
  start(): void {
    this.loop.start();
  }

  /** Stops ticking, waits for a run in progress, and gives the lease up. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One pass: closes due polls and updates the messages of closed or deleted ones. */
  async tick(): Promise<{ closed: number; updated: number }> {
    if (!(await this.loop.holdLease())) return { closed: 0, updated: 0 };
    let closed = 0;
    let updated = 0;
    for (const tenantId of await this.deps.tenants.all()) {
      const done = await this.deps.polls.closeDue(tenantId);
      closed += done.length;
      for (const poll of done) this.deps.logger.info({ tenantId, pollId: poll.id }, 'poll closed');
      for (const poll of await this.deps.polls.pendingCards(tenantId)) {
        try {
          const outcome = await this.deps.polls.pushCard(tenantId, poll.id);
          if (outcome === 'updated') updated++;
        } catch (error) {
          this.deps.logger.warn(
            { err: error, tenantId, pollId: poll.id },
            'poll card not updated; will retry',
          );
        }
      }
    }
    return { closed, updated };
  }
}
