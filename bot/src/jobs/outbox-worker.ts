import type { Logger } from 'pino';
import type { ConversationRepository } from '../domain/conversations/conversation-repository';
import type { ConversationService } from '../domain/conversations/conversation-service';
import type { MemberRepository } from '../domain/members/member-repository';
import type { Clock } from '../domain/shared/clock';
import { ConcurrencyError, type Stored } from '../domain/shared/document-store';
import type { Lease } from '../domain/shared/lease';
import type { TenantRegistry } from '../domain/shared/tenant-registry';
import type { NotificationBudget } from '../domain/outbox/budget';
import type { DeliveryStatus } from '../domain/outbox/outbox';
import type { DeliveryDoc, OutboxRepository } from '../domain/outbox/outbox-repository';
import { KeyedLimiters, SlidingWindowLimiter } from '../domain/outbox/rate-limit';

/** What the Bot Connector answered to one send (status 0: no answer, the network failed). */
export interface SendResult {
  status: number;
  activityId?: string;
  /** From a Retry-After header, in milliseconds. */
  retryAfterMs?: number;
}

/** Sends one activity to one conversation; the Teams layer implements it over HTTP. */
export interface Transport {
  send(reference: Record<string, unknown>, activity: Record<string, unknown>): Promise<SendResult>;
}

export interface OutboxWorkerOptions {
  /** Messages per second per tenant (Teams allows 50; we stay under). */
  ratePerSecond: number;
  /** Messages per second per conversation (Teams allows 7 per second). */
  conversationRatePerSecond: number;
  /** Sends in flight at once. */
  concurrency: number;
  /** How long a worker holds a tenant and a delivery it is sending. */
  leaseMs: number;
  /** Attempts before a delivery that keeps failing is given up. */
  maxAttempts: number;
  /** How often to look for due deliveries when idle. */
  pollMs: number;
  /** Deliveries read per query. */
  batchSize: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxWorkerOptions = {
  ratePerSecond: 40,
  conversationRatePerSecond: 7,
  concurrency: 16,
  leaseMs: 60_000,
  maxAttempts: 8,
  pollMs: 500,
  batchSize: 200,
};

/** Statuses Teams asks us to retry later; 0 is a network failure. */
const RETRYABLE = new Set([0, 408, 412, 429, 502, 503, 504]);
/** The bot was removed, blocked, or the conversation is gone: stop writing there. */
const UNREACHABLE = new Set([403, 404]);

const BASE_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Sends what the outbox holds (DESIGN.md §4). For each tenant, one instance at a time holds the
 * tenant's lease and sends, so the per-tenant rate holds across instances. Each delivery is claimed
 * (status `sending`, a lease, one conditional write) only once its tokens are in hand and just
 * before the HTTP call, then settled: `sent`, `retrying` (429/412/5xx, honouring Retry-After with
 * jittered exponential backoff), `unreachable` (403/404: the conversation is marked removed, so
 * later deliveries to that member stop at once), `failed` or `dropped` (expired, opted out, over
 * budget). A worker that dies while sending leaves `sending` deliveries whose lease runs out: they
 * are marked `failed`/`interrupted` for the animator, never sent again (the Bot Connector has no
 * idempotency key, so a second send could be a duplicate).
 */
export class OutboxWorker {
  private readonly options: OutboxWorkerOptions;
  private readonly tenantLimiters = new Map<string, SlidingWindowLimiter>();
  private readonly conversationLimiters: KeyedLimiters;
  private readonly leases = new Map<string, Lease>();
  private readonly inFlight = new Set<string>();
  private readonly active = new Set<Promise<void>>();
  private readonly lastRecovery = new Map<string, number>();
  private freeSlots: number;
  private slotWaiters: (() => void)[] = [];
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly deps: {
      repository: OutboxRepository;
      members: MemberRepository;
      conversations: ConversationRepository;
      conversationService: ConversationService;
      tenants: TenantRegistry;
      budget: NotificationBudget;
      transport: Transport;
      /** The lease of one tenant's sending, named after it. */
      lease: (name: string) => Lease;
      clock: Clock;
      logger: Logger;
      /** This instance's name on the deliveries it holds. */
      holder: string;
      random?: () => number;
    },
    options: Partial<OutboxWorkerOptions> = {},
  ) {
    this.options = { ...DEFAULT_OUTBOX_OPTIONS, ...options };
    this.freeSlots = this.options.concurrency;
    const perConversation = this.options.conversationRatePerSecond;
    this.conversationLimiters = new KeyedLimiters(
      () => new SlidingWindowLimiter(perConversation, 1000),
      5000,
    );
  }

  /** Starts sending in the background. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops claiming, lets the sends in flight finish and settle, and gives the leases up. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.allSettled([...this.active]);
    await Promise.allSettled([...this.leases.values()].map((lease) => lease.release()));
  }

  /** Sends in flight right now (for the logs and the benchmark). */
  get sending(): number {
    return this.active.size;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let started = 0;
      try {
        started = await this.tick();
      } catch (error) {
        this.deps.logger.error({ err: error }, 'outbox pass failed; trying again shortly');
      }
      if (started === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
    }
  }

  /**
   * One pass: for each tenant whose lease this instance holds, starts the due deliveries (waiting
   * for free send slots as it goes). Returns how many it started. Tests call it directly.
   */
  async tick(): Promise<number> {
    let started = 0;
    for (const tenantId of await this.deps.tenants.all()) {
      if (!this.running && this.loop) break;
      if (!(await this.leaseOf(tenantId).acquire(this.options.leaseMs))) continue;
      await this.recoverIfDue(tenantId);
      const due = await this.deps.repository.due(
        tenantId,
        ['queued', 'retrying'],
        this.deps.clock.now().toISOString(),
        this.options.batchSize,
      );
      for (const delivery of due) {
        if (this.inFlight.has(delivery.id)) continue;
        if (!this.running && this.loop) break;
        await this.takeSlot();
        this.inFlight.add(delivery.id);
        started++;
        const work = this.process(delivery)
          .catch((error: unknown) =>
            this.deps.logger.error(
              { err: error, deliveryId: delivery.id },
              'delivery not processed; retried later',
            ),
          )
          .finally(() => {
            this.inFlight.delete(delivery.id);
            this.active.delete(work);
            this.releaseSlot();
          });
        this.active.add(work);
      }
    }
    return started;
  }

  /** Waits for every send started so far (tests use it after `tick`). */
  async drain(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active]);
  }

  private leaseOf(tenantId: string): Lease {
    let lease = this.leases.get(tenantId);
    if (!lease) {
      lease = this.deps.lease(`outbox|${tenantId}`);
      this.leases.set(tenantId, lease);
    }
    return lease;
  }

  private tenantLimiter(tenantId: string): SlidingWindowLimiter {
    let limiter = this.tenantLimiters.get(tenantId);
    if (!limiter) {
      // Quarter-second windows spread the sends out instead of bursting a second's worth at once;
      // any second still holds at most the rate.
      const rate = this.options.ratePerSecond;
      limiter =
        rate >= 8
          ? new SlidingWindowLimiter(Math.floor(rate / 4), 250)
          : new SlidingWindowLimiter(rate, 1000);
      this.tenantLimiters.set(tenantId, limiter);
    }
    return limiter;
  }

  private takeSlot(): Promise<void> {
    if (this.freeSlots > 0) {
      this.freeSlots--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.slotWaiters.shift();
    if (next) next();
    else this.freeSlots++;
  }

  /** Deliveries left `sending` by a worker that died: marked interrupted, at most every half lease. */
  private async recoverIfDue(tenantId: string): Promise<void> {
    const now = this.deps.clock.now();
    const last = this.lastRecovery.get(tenantId) ?? 0;
    if (now.getTime() - last < this.options.leaseMs / 2) return;
    this.lastRecovery.set(tenantId, now.getTime());
    for (;;) {
      const stale = await this.deps.repository.staleSending(tenantId, now.toISOString(), 100);
      for (const delivery of stale) {
        if (this.inFlight.has(delivery.id)) continue;
        await this.settle(delivery, { status: 'failed', reason: 'interrupted' });
        this.deps.logger.warn(
          { deliveryId: delivery.id, campaignId: delivery.campaignId },
          'a delivery was being sent when its worker stopped; it may or may not have arrived, so it is not sent again',
        );
      }
      if (stale.length < 100) return;
    }
  }

  private async process(delivery: Stored<DeliveryDoc>): Promise<void> {
    const now = this.deps.clock.now();
    if (delivery.expiresAt && delivery.expiresAt <= now.toISOString()) {
      await this.settle(delivery, { status: 'dropped', reason: 'expired' });
      return;
    }
    // Where it goes.
    let reference: Record<string, unknown>;
    let conversationId: string;
    let memberForBudget: Awaited<ReturnType<MemberRepository['get']>>;
    if ('memberId' in delivery.recipient) {
      const member = await this.deps.members.get(delivery.tenantId, delivery.recipient.memberId);
      if (!member) {
        await this.settle(delivery, { status: 'dropped', reason: 'member.gone' });
        return;
      }
      const chat = await this.deps.conversations.personalChatOf(delivery.tenantId, member.id);
      if (!chat) {
        await this.settle(delivery, { status: 'unreachable', reason: 'noConversation' });
        return;
      }
      reference = chat.reference;
      conversationId = chat.conversationId;
      memberForBudget = member;
    } else {
      const conversation = await this.deps.conversations.get(
        delivery.tenantId,
        delivery.recipient.conversationId,
      );
      if (!conversation || conversation.removedAt) {
        await this.settle(delivery, { status: 'unreachable', reason: 'conversation.removed' });
        return;
      }
      reference = conversation.reference;
      conversationId = conversation.conversationId;
    }

    // The member's budget: never sent over it.
    let budgetWeek: string | undefined;
    if (delivery.budget === 'counted' && memberForBudget) {
      const verdict = await this.deps.budget.take(
        memberForBudget,
        delivery.campaignKind,
        delivery.overBudget,
        now,
      );
      if (verdict.verdict === 'drop') {
        await this.settle(delivery, { status: 'dropped', reason: verdict.reason });
        return;
      }
      if (verdict.verdict === 'wait') {
        await this.settle(delivery, { status: 'queued', reason: verdict.reason, dueAt: verdict.until });
        return;
      }
      budgetWeek = verdict.week;
    }
    const refund = async () => {
      if (budgetWeek && memberForBudget)
        await this.deps.budget.refund(delivery.tenantId, memberForBudget.id, budgetWeek);
    };

    // Tokens first, then the claim: a claimed delivery goes out at once.
    await this.tenantLimiter(delivery.tenantId).take();
    const conversationLimiter = this.conversationLimiters.of(conversationId);
    await conversationLimiter.take();
    if (!this.running && this.loop) {
      await refund();
      return;
    }
    const claimedAt = this.deps.clock.now();
    let claimed: Stored<DeliveryDoc>;
    try {
      const { reason: _reason, ...rest } = delivery;
      claimed = await this.deps.repository.replaceDelivery({
        ...rest,
        status: 'sending',
        attempts: delivery.attempts + 1,
        leaseHolder: this.deps.holder,
        leaseUntil: new Date(claimedAt.getTime() + this.options.leaseMs).toISOString(),
        conversationId,
        updatedAt: claimedAt.toISOString(),
      });
    } catch (error) {
      await refund();
      if (error instanceof ConcurrencyError) return; // another worker took it
      throw error;
    }

    const result = await this.deps.transport.send(reference, delivery.activity);
    const status = result.status;
    if (status >= 200 && status < 300) {
      await this.settle(claimed, {
        status: 'sent',
        lastStatusCode: status,
        sentAt: this.deps.clock.now().toISOString(),
        ...(result.activityId ? { activityId: result.activityId } : {}),
      });
      return;
    }
    await refund();
    if (RETRYABLE.has(status)) {
      if (result.retryAfterMs) conversationLimiter.pause(result.retryAfterMs);
      if (claimed.attempts >= this.options.maxAttempts) {
        await this.settle(claimed, {
          status: 'failed',
          reason: `connector.${status}`,
          lastStatusCode: status,
        });
        return;
      }
      const wait = Math.max(result.retryAfterMs ?? 0, this.backoff(claimed.attempts));
      await this.settle(claimed, {
        status: 'retrying',
        reason: `connector.${status}`,
        lastStatusCode: status,
        dueAt: new Date(this.deps.clock.now().getTime() + wait).toISOString(),
      });
      return;
    }
    if (UNREACHABLE.has(status)) {
      await this.deps.conversationService.markRemoved(delivery.tenantId, conversationId);
      await this.settle(claimed, {
        status: 'unreachable',
        reason: `connector.${status}`,
        lastStatusCode: status,
      });
      return;
    }
    await this.settle(claimed, { status: 'failed', reason: `connector.${status}`, lastStatusCode: status });
  }

  /** Full-jitter exponential backoff: between half and all of base·2^(attempt-1), capped. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling * (0.5 + 0.5 * (this.deps.random ?? Math.random)()));
  }

  /**
   * Writes the outcome. If the document changed under us (a recovery pass marked it interrupted
   * while the send was still in flight), the newest fact wins: what the connector answered.
   */
  private async settle(
    delivery: Stored<DeliveryDoc>,
    outcome: {
      status: DeliveryStatus;
      reason?: string;
      dueAt?: string;
      activityId?: string;
      sentAt?: string;
      lastStatusCode?: number;
    },
  ): Promise<void> {
    let current = delivery;
    for (let attempt = 0; attempt < 5; attempt++) {
      const { leaseHolder: _holder, leaseUntil: _until, reason: _reason, ...rest } = current;
      try {
        await this.deps.repository.replaceDelivery({
          ...rest,
          ...outcome,
          updatedAt: this.deps.clock.now().toISOString(),
        });
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        const fresh = await this.deps.repository.readDelivery(delivery.tenantId, delivery.id);
        if (!fresh) return;
        current = fresh;
      }
    }
  }
}
