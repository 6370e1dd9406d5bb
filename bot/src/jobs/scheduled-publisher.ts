import type { Logger } from 'pino';
import type { PostRepository } from '../domain/content/post-repository';
import type { PostService } from '../domain/content/post-service';
import type { Clock } from '../domain/shared/clock';
import type { Lease } from '../domain/shared/lease';
import type { TenantRegistry } from '../domain/shared/tenant-registry';
import { IntervalJob } from './interval-job';

/**
 * Publishes scheduled posts when their time comes, once. One instance at a time holds the
 * scheduler lease; each post is published by a conditional write, so even two schedulers (or a
 * restart in the middle of a run) publish it exactly once. Overdue posts found at start-up
 * (the server was down at their time) are published on the first tick.
 */
export class ScheduledPublisher {
  private readonly loop: IntervalJob;

  constructor(
    private readonly deps: {
      tenants: TenantRegistry;
      posts: PostRepository;
      postService: PostService;
      lease: Lease;
      clock: Clock;
      logger: Logger;
      intervalMs: number;
    },
  ) {
    this.loop = new IntervalJob('scheduled publishing', deps, () => this.tick());
  }

  /** Starts ticking (the first tick runs at once). */
  start(): void {
    this.loop.start();
  }

  /** Stops ticking, waits for a run in progress, and gives the lease up. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One pass over every tenant; returns how many posts this pass published. */
  async tick(): Promise<number> {
    if (!(await this.loop.holdLease())) return 0;
    const now = this.deps.clock.now().toISOString();
    let published = 0;
    for (const tenantId of await this.deps.tenants.all()) {
      for (;;) {
        const due = await this.deps.posts.due(tenantId, now, 50);
        let progressed = false;
        for (const post of due) {
          if (await this.deps.postService.publishScheduled(post)) {
            published++;
            progressed = true;
            this.deps.logger.info(
              { tenantId, postId: post.id, scheduledFor: post.scheduledFor },
              'scheduled post published',
            );
          }
        }
        if (due.length < 50 || !progressed) break;
      }
    }
    return published;
  }
}
