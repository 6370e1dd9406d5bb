import type { Logger } from 'pino';
import type { QuizService } from '../domain/quizzes/quiz-service';
import type { Clock } from '../domain/shared/clock';
import type { Lease } from '../domain/shared/lease';
import type { TenantRegistry } from '../domain/shared/tenant-registry';
import { IntervalJob } from './interval-job';

/**
 * Sends scheduled quizzes when their time comes. One instance at a time holds the lease; each quiz
 * is enqueued as one outbox campaign (`quiz|<id>`, idempotent) and then marked sent by a
 * conditional write, so two schedulers, a retried tick or a crash in between send it once.
 * Quizzes that came due while the server was down go out on the first tick.
 */
export class QuizScheduler {
  private readonly loop: IntervalJob;

  constructor(
    private readonly deps: {
      tenants: TenantRegistry;
      quizzes: QuizService;
      lease: Lease;
      clock: Clock;
      logger: Logger;
      intervalMs: number;
    },
  ) {
    this.loop = new IntervalJob('quiz scheduling', deps, () => this.tick());
  }

  /** Starts ticking (the first tick runs at once). */
  start(): void {
    this.loop.start();
  }

  /** Stops ticking, waits for a run in progress, and gives the lease up. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One pass over every tenant; returns how many quizzes this pass sent. */
  async tick(): Promise<number> {
    if (!(await this.loop.holdLease())) return 0;
    let sent = 0;
    for (const tenantId of await this.deps.tenants.all()) {
      const count = await this.deps.quizzes.dispatchDue(tenantId);
      if (count > 0) this.deps.logger.info({ tenantId, count }, 'scheduled quizzes sent');
      sent += count;
    }
    return sent;
  }
}
