import type { Logger } from 'pino';
import type { NudgePlanner, PlanReport } from '../domain/nudges/nudge-planner';
import type { Lease } from '../domain/shared/lease';
import type { TenantRegistry } from '../domain/shared/tenant-registry';
import { IntervalJob } from './interval-job';

/**
 * Runs the nudge planner on a timer. One instance at a time holds the lease; the planner's
 * campaign and delivery ids make a pass idempotent anyway, so a lapsed lease (two instances for a
 * moment) or a restart in the middle of a pass enqueues nothing twice.
 */
export class NudgePlannerJob {
  private readonly loop: IntervalJob;

  constructor(
    private readonly deps: {
      tenants: TenantRegistry;
      planner: NudgePlanner;
      lease: Lease;
      logger: Logger;
      intervalMs: number;
    },
  ) {
    this.loop = new IntervalJob('nudge planning', deps, () => this.tick());
  }

  /** Starts ticking (the first tick runs at once). */
  start(): void {
    this.loop.start();
  }

  /** Stops ticking, waits for a pass in progress, and gives the lease up. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One pass over every tenant; what it enqueued, by kind (empty when another instance holds the lease). */
  async tick(): Promise<PlanReport> {
    if (!(await this.loop.holdLease())) return {};
    const total: PlanReport = {};
    for (const tenantId of await this.deps.tenants.all()) {
      try {
        const report = await this.deps.planner.planTenant(tenantId);
        for (const [kind, count] of Object.entries(report) as [keyof PlanReport, number][]) {
          total[kind] = (total[kind] ?? 0) + count;
        }
        if (Object.keys(report).length > 0) this.deps.logger.info({ tenantId, report }, 'nudges planned');
      } catch (error) {
        // One community's failure must not keep the others' nudges back.
        this.deps.logger.error({ err: error, tenantId }, 'nudge planning failed for a tenant');
      }
    }
    return total;
  }
}
