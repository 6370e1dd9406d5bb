import type { Logger } from 'pino';
import type { Lease } from '../domain/shared/lease';

/**
 * The timer loop the lease-holding jobs share (scheduled posts, quizzes, polls, nudges): the first
 * run at once, then one every `intervalMs`, never two at a time; a failed run is logged and the
 * next tick tries again; `stop()` waits for a run in progress and gives the lease up. The timer is
 * unref'd, so it never keeps the process alive on its own.
 */
export class IntervalJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  /**
   * @param name What a run does, for the log: `${name} failed; retrying at the next tick`.
   * @param run One run: the job's own `tick()`.
   */
  constructor(
    private readonly name: string,
    private readonly options: { intervalMs: number; lease: Lease; logger: Logger },
    private readonly run: () => Promise<unknown>,
  ) {}

  /** Starts ticking (the first tick runs at once). */
  start(): void {
    if (this.timer) return;
    const runOnce = () => {
      if (this.running) return;
      this.running = this.run()
        .then(
          () => undefined,
          (error: unknown) => {
            this.options.logger.error({ err: error }, `${this.name} failed; retrying at the next tick`);
          },
        )
        .finally(() => {
          this.running = undefined;
        });
    };
    runOnce();
    this.timer = setInterval(runOnce, this.options.intervalMs);
    this.timer.unref();
  }

  /** Stops ticking, waits for a run in progress, and gives the lease up. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    await this.options.lease.release();
  }

  /**
   * Takes or renews the lease for three intervals, so one missed tick does not hand it over; false
   * when another instance holds it (the run then does nothing).
   */
  holdLease(): Promise<boolean> {
    return this.options.lease.acquire(this.options.intervalMs * 3);
  }
}
