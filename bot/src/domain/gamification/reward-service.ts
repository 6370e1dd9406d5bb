import { createHash } from 'node:crypto';
import type { CircleService } from '../circles/circle-service';
import type { CircleRepository } from '../circles/circle-repository';
import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { Containers } from '../shared/containers';
import {
  ConcurrencyError,
  ConflictError,
  pkOf,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
  type Page,
  type Stored,
} from '../shared/document-store';
import { newId } from '../shared/ids';
import type { LocalizedText } from '../shared/locale';
import type { Redemption, Reward } from './gamification';
import type { GamificationRepository } from './gamification-repository';

/** What an admin writes for a reward. */
export interface RewardInput {
  name: LocalizedText;
  description: LocalizedText;
  type: Reward['type'];
  circleId?: string | undefined;
  cost: number;
  stock: number | null;
  perMemberLimit: number;
  active: boolean;
}

/** A reward as a member sees it in the catalogue. */
export interface CatalogueEntry {
  reward: Stored<Reward>;
  /** null: unlimited. */
  remaining: number | null;
  mine: number;
}

/** A redemption with its reward and member, for lists. */
export interface RedemptionView {
  redemption: Stored<Redemption>;
  reward: Stored<Reward> | undefined;
  member: Stored<Member> | undefined;
}

interface SlotDoc extends BaseDoc {
  kind: 'reward-slots';
  count: number;
}

const errors = {
  adminOnly: () => new AppError('COMMUNITY.ADMIN_ONLY', 403, 'Only community administrators can do this.'),
  notFound: () => new AppError('REWARD.NOT_FOUND', 404, 'This reward does not exist.'),
  unavailable: () => new AppError('REWARD.UNAVAILABLE', 409, 'This reward is not offered any more.'),
  outOfStock: () =>
    new AppError('REWARD.OUT_OF_STOCK', 409, 'Someone just took the last one: this reward is out of stock.'),
  limitReached: (limit: number) =>
    new AppError(
      'REWARD.LIMIT_REACHED',
      409,
      'You have already redeemed this reward as many times as allowed.',
      {
        details: { limit },
      },
    ),
  notEnoughPoints: (balance: number, cost: number) =>
    new AppError('REWARD.NOT_ENOUGH_POINTS', 409, 'You do not have enough points for this reward yet.', {
      details: { balance, cost },
    }),
  busy: () => new AppError('REWARD.BUSY', 409, 'Your points changed while redeeming. Try again.'),
  redemptionNotFound: () => new AppError('REDEMPTION.NOT_FOUND', 404, 'This redemption does not exist.'),
  badState: (status: string) =>
    new AppError('REDEMPTION.BAD_STATE', 409, 'This redemption was already handled.', {
      details: { status },
    }),
  circleRequired: () =>
    new AppError('REWARD.CIRCLE_REQUIRED', 400, 'A circle reward needs the circle it opens.'),
} as const;

/**
 * Rewards (DESIGN.md key 8): a catalogue the admins manage and redemptions that spend points
 * atomically. A redemption is keyed by the client's request key (a double click redeems once) and
 * takes, in order, a per-member slot, one unit of stock and the points, each an atomic write; if a
 * later step fails the earlier ones are given back, so two members racing for the last item get one
 * winner and one clear message, and a balance never goes below zero.
 */
export class RewardService {
  private readonly slots: DocumentContainer<SlotDoc>;

  constructor(
    private readonly deps: {
      store: DocumentStore;
      game: GamificationRepository;
      members: MemberRepository;
      circles: CircleRepository;
      circleService: CircleService;
      clock: Clock;
    },
  ) {
    this.slots = deps.store.container<SlotDoc>(Containers.counters);
  }

  /** The catalogue: active rewards for members, everything for admins (`all`). */
  async catalogue({ actor, all = false }: { actor: Actor; all?: boolean }): Promise<CatalogueEntry[]> {
    const member = await this.requireMember(actor);
    if (all && !hasRole(member, 'admin')) throw errors.adminOnly();
    const rewards = (await this.deps.game.catalogue(actor.tenantId)).filter((r) => all || r.active);
    const mine = await Promise.all(rewards.map((r) => this.slotCount(actor, r.id)));
    return rewards.map((reward, n) => ({
      reward,
      remaining: reward.stock === null ? null : Math.max(0, reward.stock),
      mine: mine[n]!,
    }));
  }

  async create({ actor, input }: { actor: Actor; input: RewardInput }): Promise<Stored<Reward>> {
    await this.requireAdmin(actor);
    await this.checkCircle(actor.tenantId, input);
    const reward: Reward = {
      id: newId(),
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'reward',
      ...rewardFields(input),
      createdAt: this.deps.clock.now().toISOString(),
    };
    return this.deps.game.upsertReward(reward);
  }

  /** Edits a reward; `etag` (from the admin's copy) refuses to overwrite someone else's change. */
  async update({
    actor,
    rewardId,
    input,
    etag,
  }: {
    actor: Actor;
    rewardId: string;
    input: RewardInput;
    etag?: string | undefined;
  }): Promise<Stored<Reward>> {
    await this.requireAdmin(actor);
    await this.checkCircle(actor.tenantId, input);
    for (let attempt = 0; attempt < 5; attempt++) {
      const reward = await this.deps.game.reward(actor.tenantId, rewardId);
      if (!reward) throw errors.notFound();
      if (etag && attempt === 0 && reward.etag !== etag) {
        throw new AppError(
          'REWARD.CHANGED',
          409,
          'Someone changed this reward meanwhile. Reload it and try again.',
        );
      }
      try {
        const { circleId: _previous, ...rest } = reward;
        return await this.deps.game.replaceReward({ ...rest, ...rewardFields(input) });
      } catch (error) {
        // A redemption took a unit of stock meanwhile: the admin's stock figure is the new truth.
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    throw errors.busy();
  }

  /**
   * Redeems a reward for the actor. The same `requestKey` twice (a double click, a retry) returns
   * the first redemption and spends nothing more.
   */
  async redeem({
    actor,
    rewardId,
    requestKey,
  }: {
    actor: Actor;
    rewardId: string;
    requestKey: string;
  }): Promise<RedemptionView> {
    const member = await this.requireMember(actor);
    // One id per member and request key (fits in a URL path; someone else's key is another id).
    const id = `r${createHash('sha256').update(`${actor.tenantId}|${actor.memberId}|${requestKey}`).digest('hex').slice(0, 40)}`;
    const existing = await this.deps.game.redemption(actor.tenantId, id);
    if (existing) return this.viewOf(existing);
    const reward = await this.deps.game.reward(actor.tenantId, rewardId);
    if (!reward) throw errors.notFound();
    if (!reward.active) throw errors.unavailable();

    // 1. Claim the request key: a parallel double click stops here.
    let redemption: Stored<Redemption>;
    try {
      redemption = await this.deps.game.createRedemption({
        id,
        pk: actor.tenantId,
        tenantId: actor.tenantId,
        kind: 'redemption',
        rewardId,
        memberId: actor.memberId,
        cost: reward.cost,
        status: 'pending',
        at: this.deps.clock.now().toISOString(),
      });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const winner = await this.deps.game.redemption(actor.tenantId, id);
      if (!winner) throw errors.busy();
      return this.viewOf(winner);
    }
    const undo: (() => Promise<unknown>)[] = [() => this.deps.game.deleteRedemption(redemption)];
    try {
      // 2. A per-member slot.
      await this.takeSlot(actor, reward);
      undo.push(() => this.bumpSlots(actor, reward.id, -1));
      // 3. A unit of stock.
      if (reward.stock !== null) {
        await this.takeStock(reward);
        undo.push(() => this.deps.game.patchReward(reward, [{ op: 'incr', path: 'stock', value: 1 }]));
      }
      // 4. The points: the balance check and the debit are one conditional write.
      await this.spend(actor, reward.cost);
      undo.push(() => this.refund(actor.tenantId, actor.memberId, reward.cost));
      // 5. What the reward gives at once.
      let status: Redemption['status'] = 'requested';
      if (reward.type === 'circle' && reward.circleId) {
        await this.deps.circleService.admit({
          tenantId: actor.tenantId,
          circleId: reward.circleId,
          memberId: member.id,
        });
        status = 'fulfilled';
      }
      const now = this.deps.clock.now().toISOString();
      redemption = await this.deps.game.replaceRedemption({
        ...redemption,
        status,
        ...(status === 'fulfilled' ? { fulfilledAt: now } : {}),
      });
      return this.viewOf(redemption, reward, member);
    } catch (error) {
      for (const step of undo.reverse()) await step().catch(() => undefined);
      throw error;
    }
  }

  /** The actor's redemptions, newest first. */
  async mine({ actor, continuation }: { actor: Actor; continuation?: string | undefined }) {
    await this.requireMember(actor);
    const page = await this.deps.game.redemptionsWhere(
      actor.tenantId,
      { memberId: actor.memberId },
      { limit: 50, continuation },
    );
    return this.viewsOf(actor.tenantId, page);
  }

  /** Requests to handle (admins), by status, newest first. */
  async requests({
    actor,
    status,
    continuation,
  }: {
    actor: Actor;
    status: Redemption['status'];
    continuation?: string | undefined;
  }) {
    await this.requireAdmin(actor);
    const page = await this.deps.game.redemptionsWhere(
      actor.tenantId,
      { status },
      { limit: 50, continuation },
    );
    return this.viewsOf(actor.tenantId, page);
  }

  /** The admin handed the reward over. */
  async fulfil({ actor, redemptionId }: { actor: Actor; redemptionId: string }): Promise<RedemptionView> {
    await this.requireAdmin(actor);
    const redemption = await this.deps.game.redemption(actor.tenantId, redemptionId);
    if (!redemption || redemption.status === 'pending') throw errors.redemptionNotFound();
    if (redemption.status === 'fulfilled') return this.viewOf(redemption);
    if (redemption.status !== 'requested') throw errors.badState(redemption.status);
    try {
      const done = await this.deps.game.replaceRedemption({
        ...redemption,
        status: 'fulfilled',
        fulfilledAt: this.deps.clock.now().toISOString(),
        fulfilledBy: actor.memberId,
      });
      return this.viewOf(done);
    } catch (error) {
      if (error instanceof ConcurrencyError) throw errors.badState('changed');
      throw error;
    }
  }

  /**
   * Cancels a request not yet fulfilled (the admin, or the member who made it): the points, the
   * stock and the member's slot come back.
   */
  async cancel({ actor, redemptionId }: { actor: Actor; redemptionId: string }): Promise<RedemptionView> {
    const member = await this.requireMember(actor);
    const redemption = await this.deps.game.redemption(actor.tenantId, redemptionId);
    const isAdmin = hasRole(member, 'admin');
    if (
      !redemption ||
      redemption.status === 'pending' ||
      (!isAdmin && redemption.memberId !== actor.memberId)
    ) {
      throw errors.redemptionNotFound();
    }
    if (redemption.status === 'cancelled') return this.viewOf(redemption);
    if (redemption.status !== 'requested') throw errors.badState(redemption.status);
    let cancelled: Stored<Redemption>;
    try {
      cancelled = await this.deps.game.replaceRedemption({
        ...redemption,
        status: 'cancelled',
        cancelledBy: actor.memberId,
      });
    } catch (error) {
      if (error instanceof ConcurrencyError) throw errors.badState('changed');
      throw error;
    }
    // Only the one cancellation that won the write gives things back.
    await this.refund(actor.tenantId, redemption.memberId, redemption.cost);
    const reward = await this.deps.game.reward(actor.tenantId, redemption.rewardId);
    if (reward && reward.stock !== null)
      await this.deps.game.patchReward(reward, [{ op: 'incr', path: 'stock', value: 1 }]);
    await this.bumpSlots(
      { tenantId: actor.tenantId, memberId: redemption.memberId },
      redemption.rewardId,
      -1,
    );
    return this.viewOf(cancelled, reward);
  }

  private async takeSlot(actor: Pick<Actor, 'tenantId' | 'memberId'>, reward: Reward): Promise<void> {
    const count = await this.bumpSlots(actor, reward.id, +1);
    if (count > reward.perMemberLimit) {
      await this.bumpSlots(actor, reward.id, -1);
      throw errors.limitReached(reward.perMemberLimit);
    }
  }

  /** Adds to the member's count of live redemptions of a reward; returns the new count. */
  private async bumpSlots(
    actor: Pick<Actor, 'tenantId' | 'memberId'>,
    rewardId: string,
    delta: number,
  ): Promise<number> {
    const key = {
      tenantId: actor.tenantId,
      pk: pkOf(actor.tenantId, actor.memberId),
      id: `reward|${rewardId}`,
    };
    const patched = await this.slots.patch(key, [{ op: 'incr', path: 'count', value: delta }]);
    if (patched) return patched.count;
    try {
      return (await this.slots.create({ ...key, kind: 'reward-slots', count: delta })).count;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return (await this.slots.patch(key, [{ op: 'incr', path: 'count', value: delta }]))?.count ?? delta;
    }
  }

  private async slotCount(actor: Actor, rewardId: string): Promise<number> {
    const doc = await this.slots.read({
      tenantId: actor.tenantId,
      pk: pkOf(actor.tenantId, actor.memberId),
      id: `reward|${rewardId}`,
    });
    return Math.max(0, doc?.count ?? 0);
  }

  /** Takes one unit (an atomic decrement; whoever goes below zero gives it back and is told). */
  private async takeStock(reward: Stored<Reward>): Promise<void> {
    const after = await this.deps.game.patchReward(reward, [{ op: 'incr', path: 'stock', value: -1 }]);
    if (!after) throw errors.notFound();
    if (after.stock !== null && after.stock < 0) {
      await this.deps.game.patchReward(reward, [{ op: 'incr', path: 'stock', value: 1 }]);
      throw errors.outOfStock();
    }
  }

  /** Debits the wallet if the balance covers the cost, in one conditional write (retried on races). */
  private async spend(actor: Actor, cost: number): Promise<void> {
    if (cost === 0) return;
    for (let attempt = 0; attempt < 20; attempt++) {
      const wallet = await this.deps.game.wallet(actor.tenantId, actor.memberId);
      const balance = wallet?.balance ?? 0;
      if (!wallet || balance < cost) throw errors.notEnoughPoints(balance, cost);
      try {
        await this.deps.game.replaceWallet({
          ...wallet,
          spent: wallet.spent + cost,
          balance: balance - cost,
        });
        return;
      } catch (error) {
        // An award or another redemption changed the wallet: read it again.
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    throw errors.busy();
  }

  private async refund(tenantId: string, memberId: string, cost: number): Promise<void> {
    if (cost === 0) return;
    await this.deps.game.patchWallet(tenantId, memberId, [
      { op: 'incr', path: 'spent', value: -cost },
      { op: 'incr', path: 'balance', value: cost },
    ]);
  }

  private async checkCircle(tenantId: string, input: RewardInput): Promise<void> {
    if (input.type !== 'circle') return;
    if (!input.circleId) throw errors.circleRequired();
    const circle = await this.deps.circles.get(tenantId, input.circleId);
    if (!circle || circle.archivedAt) {
      throw new AppError('CIRCLE.NOT_FOUND', 404, 'This circle does not exist.', {
        details: { circleId: input.circleId },
      });
    }
  }

  private async viewsOf(tenantId: string, page: Page<Stored<Redemption>>) {
    const items = page.items.filter((r) => r.status !== 'pending');
    const rewards = new Map<string, Stored<Reward> | undefined>();
    for (const id of new Set(items.map((r) => r.rewardId)))
      rewards.set(id, await this.deps.game.reward(tenantId, id));
    const people = await this.deps.members.many(
      tenantId,
      items.map((r) => r.memberId),
    );
    return {
      items: items.map((redemption) => ({
        redemption,
        reward: rewards.get(redemption.rewardId),
        member: people.get(redemption.memberId),
      })),
      continuation: page.continuation,
    };
  }

  private async viewOf(
    redemption: Stored<Redemption>,
    reward?: Stored<Reward>,
    member?: Stored<Member>,
  ): Promise<RedemptionView> {
    return {
      redemption,
      reward: reward ?? (await this.deps.game.reward(redemption.tenantId, redemption.rewardId)),
      member: member ?? (await this.deps.members.get(redemption.tenantId, redemption.memberId)),
    };
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member)
      throw new AppError('MEMBER.NOT_FOUND', 404, 'Open Guildhall once to join the community first.');
    return member;
  }

  private async requireAdmin(actor: Actor): Promise<Stored<Member>> {
    const member = await this.requireMember(actor);
    if (!hasRole(member, 'admin')) throw errors.adminOnly();
    return member;
  }
}

function rewardFields(input: RewardInput): Omit<Reward, keyof BaseDoc | 'kind' | 'createdAt'> {
  return {
    name: input.name,
    description: input.description,
    type: input.type,
    ...(input.type === 'circle' && input.circleId ? { circleId: input.circleId } : {}),
    cost: input.cost,
    stock: input.stock,
    perMemberLimit: input.perMemberLimit,
    active: input.active,
  };
}
