import type { Logger } from 'pino';
import type { QuizService } from '../domain/quizzes/quiz-service';
import type { Clock } from '../domain/shared/clock';
import type { Lease } from '../domain/shared/lease';
import type { TenantRegistry } from '../domain/shared/tenant-registry';

/**
 * Sends scheduled quizzes when their time comes. One instance at a time holds the lease; each quiz
 * is enqueued as one outbox campaign (`quiz|<id>`, idempotent) and then marked sent by a
 * conditional write, so two schedulers, a retried tick or a crash in between send it once.
 * Quizzes that came due while the server was down go out on the first tick.
 */
export class QuizScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly deps: {
      tenants: TenantRegistry;
      quizzes: QuizService;
      lease: Lease;
      clock: Clock;
      logger: Logger;
      intervalMs: number;
    },
  ) {}

  /** Starts ticking (the first tick runs at once). */
  start(): void {
    if (this.timer) return;
    const run = () => {
      if (this.running) return;
      this.running = this.tick()
        .catch((error: unknown) => {
          this.deps.logger.error({ err: error }, 'quiz scheduling failed; retrying at the next tick');
          return 0;
        })
        .finally(() => {
          this.running = undefined;
        });
    };
    run();
    this.timer = setInterval(run, this.deps.intervalMs);
    this.timer.unref();
  }

  /** Stops ticking, waits for a run in progress, and gives the lease up. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    await this.deps.lease.release();
  }

  /** One pass over every tenant; returns how many quizzes this pass sent. */
  async tick(): Promise<number> {
    if (!(await this.deps.lease.acquire(this.deps.intervalMs * 3))) return 0;
    let sent = 0;
    for (const tenantId of await this.deps.tenants.all()) {
      const count = await this.deps.quizzes.dispatchDue(tenantId);
      if (count > 0) this.deps.logger.info({ tenantId, count }, 'scheduled quizzes sent');
      sent += count;
    }
    return sent;
  }
}
