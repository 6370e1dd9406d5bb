import { Containers } from '../shared/containers';
import {
  ConflictError,
  pkOf,
  type DocumentContainer,
  type DocumentStore,
  type Page,
  type PatchOp,
  type Stored,
} from '../shared/document-store';
import { safeId } from '../shared/ids';
import type {
  EarnedBadge,
  GameRules,
  LedgerEntry,
  MemberStats,
  Redemption,
  Reward,
  Score,
  Wallet,
} from './gamification';

type ProgressDoc = Wallet | MemberStats | EarnedBadge;

/**
 * Points, badges and rewards.
 * - `community` (pk tenant): the game rules (id `gamification`).
 * - `ledger` (pk tenant|member, id = idempotency key): every award; a member's history newest first;
 *   entries not yet applied (repair).
 * - `scores` (pk tenant|bucket, id = member): one total per bucket; a board is one partition read
 *   by points (top N) or followed by `updatedAt` (the leaderboard read model).
 * - `progress` (pk tenant|member): the wallet, the stats badges are decided from, earned badges.
 * - `rewards`, `redemptions` (pk tenant): the catalogue and who redeemed what.
 */
export class GamificationRepository {
  private readonly community: DocumentContainer<GameRules>;
  private readonly ledger: DocumentContainer<LedgerEntry>;
  private readonly scores: DocumentContainer<Score>;
  private readonly progress: DocumentContainer<ProgressDoc>;
  private readonly rewards: DocumentContainer<Reward>;
  private readonly redemptions: DocumentContainer<Redemption>;
  private readonly scoreListeners: ((score: Stored<Score>) => void)[] = [];

  constructor(store: DocumentStore) {
    this.community = store.container<GameRules>(Containers.community);
    this.ledger = store.container<LedgerEntry>(Containers.ledger);
    this.scores = store.container<Score>(Containers.scores);
    this.progress = store.container<ProgressDoc>(Containers.progress);
    this.rewards = store.container<Reward>(Containers.rewards);
    this.redemptions = store.container<Redemption>(Containers.redemptions);
  }

  /** Calls `listener` with every score this repository writes (the leaderboard read model follows them). */
  onScore(listener: (score: Stored<Score>) => void): void {
    this.scoreListeners.push(listener);
  }

  async rules(tenantId: string): Promise<Stored<GameRules> | undefined> {
    const doc = await this.community.read({ tenantId, pk: tenantId, id: 'gamification' });
    return doc?.kind === 'game-rules' ? doc : undefined;
  }

  createRules(rules: GameRules): Promise<Stored<GameRules>> {
    return this.community.create(rules);
  }

  replaceRules(rules: Stored<GameRules>): Promise<Stored<GameRules>> {
    return this.community.replace(rules, { ifMatch: rules.etag });
  }

  // Ledger

  /** Records an award; ConflictError when that idempotency key already paid. */
  createEntry(entry: LedgerEntry): Promise<Stored<LedgerEntry>> {
    return this.ledger.create(entry);
  }

  entry(tenantId: string, memberId: string, key: string): Promise<Stored<LedgerEntry> | undefined> {
    return this.ledger.read({ tenantId, pk: pkOf(tenantId, memberId), id: safeId(key) });
  }

  /** The day's cap was reached: the entry stays (it counts for badges) but pays nothing. */
  markCapped(entry: Stored<LedgerEntry>): Promise<Stored<LedgerEntry> | undefined> {
    return this.ledger.patch({ tenantId: entry.tenantId, pk: entry.pk, id: entry.id }, [
      { op: 'set', path: 'points', value: 0 },
      { op: 'set', path: 'capped', value: true },
    ]);
  }

  markApplied(entry: Stored<LedgerEntry>): Promise<Stored<LedgerEntry> | undefined> {
    return this.ledger.patch({ tenantId: entry.tenantId, pk: entry.pk, id: entry.id }, [
      { op: 'set', path: 'applied', value: true },
    ]);
  }

  history(
    tenantId: string,
    memberId: string,
    page: { limit: number; continuation?: string | undefined },
  ): Promise<Page<Stored<LedgerEntry>>> {
    return this.ledger.query({
      tenantId,
      pk: pkOf(tenantId, memberId),
      orderBy: [{ path: 'at', direction: 'desc' }],
      limit: page.limit,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    });
  }

  /** Every entry of the tenant, page by page (rebuilding balances and boards from the ledger). */
  allEntries(tenantId: string, page: { limit: number; continuation?: string | undefined }) {
    return this.ledger.query({
      tenantId,
      limit: page.limit,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    });
  }

  /** Entries written but not applied to scores and wallet (a crash in between). */
  unapplied(tenantId: string, limit: number) {
    return this.ledger.query({ tenantId, where: [{ path: 'applied', op: 'eq', value: false }], limit });
  }

  // Scores

  /** Adds points to a member's total in a bucket, creating it on the first award. */
  async addScore(
    tenantId: string,
    bucket: string,
    memberId: string,
    points: number,
    at: string,
  ): Promise<void> {
    const key = { tenantId, pk: pkOf(tenantId, bucket), id: memberId };
    const ops: PatchOp[] = [
      { op: 'incr', path: 'points', value: points },
      { op: 'set', path: 'updatedAt', value: at },
    ];
    let score = await this.scores.patch(key, ops);
    if (!score) {
      try {
        score = await this.scores.create({ ...key, kind: 'score', memberId, bucket, points, updatedAt: at });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        score = await this.scores.patch(key, ops); // another award created it first: add to it
      }
    }
    if (score) for (const listener of this.scoreListeners) listener(score);
  }

  score(tenantId: string, bucket: string, memberId: string): Promise<Stored<Score> | undefined> {
    return this.scores.read({ tenantId, pk: pkOf(tenantId, bucket), id: memberId });
  }

  /** A bucket's scores, optionally only those changed since `since` (oldest change first). */
  scoresOf(
    tenantId: string,
    bucket: string,
    page: { limit: number; continuation?: string | undefined; since?: string },
  ) {
    return this.scores.select(
      {
        tenantId,
        pk: pkOf(tenantId, bucket),
        ...(page.since ? { where: [{ path: 'updatedAt', op: 'gte', value: page.since }] } : {}),
        orderBy: [{ path: 'updatedAt', direction: 'asc' }],
        limit: page.limit,
        ...(page.continuation ? { continuation: page.continuation } : {}),
      },
      ['memberId', 'points', 'updatedAt'],
    );
  }

  /** Overwrites a total (rebuilding from the ledger). */
  async putScore(score: Score): Promise<void> {
    const stored = await this.scores.upsert(score);
    for (const listener of this.scoreListeners) listener(stored);
  }

  // Progress

  async wallet(tenantId: string, memberId: string): Promise<Stored<Wallet> | undefined> {
    const doc = await this.progress.read({ tenantId, pk: pkOf(tenantId, memberId), id: 'wallet' });
    return doc?.kind === 'wallet' ? doc : undefined;
  }

  /** Credits earned points to the wallet (creating it on the first award). */
  async credit(tenantId: string, memberId: string, points: number): Promise<void> {
    const key = { tenantId, pk: pkOf(tenantId, memberId), id: 'wallet' };
    const ops: PatchOp[] = [
      { op: 'incr', path: 'earned', value: points },
      { op: 'incr', path: 'balance', value: points },
    ];
    if (await this.progress.patch(key, ops)) return;
    try {
      await this.progress.create({
        ...key,
        kind: 'wallet',
        memberId,
        earned: points,
        spent: 0,
        balance: points,
      });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      await this.progress.patch(key, ops);
    }
  }

  /**
   * Takes back earned points (a reversal). The stored balance stays `earned - spent`: points already
   * spent on a reward leave a debt that later awards pay back first (members see a balance of 0).
   */
  async debitEarned(tenantId: string, memberId: string, points: number): Promise<void> {
    await this.progress.patch({ tenantId, pk: pkOf(tenantId, memberId), id: 'wallet' }, [
      { op: 'incr', path: 'earned', value: -points },
      { op: 'incr', path: 'balance', value: -points },
    ]);
  }

  /** Replaces the wallet if unchanged since read (spending: the balance check and the debit are one write). */
  replaceWallet(wallet: Stored<Wallet>): Promise<Stored<Wallet | MemberStats | EarnedBadge>> {
    return this.progress.replace(wallet, { ifMatch: wallet.etag });
  }

  /** Atomic changes to a wallet (a refund). */
  patchWallet(tenantId: string, memberId: string, ops: PatchOp[]) {
    return this.progress.patch({ tenantId, pk: pkOf(tenantId, memberId), id: 'wallet' }, ops);
  }

  /** Every redemption of the tenant, page by page (rebuilding what members spent). */
  allRedemptions(tenantId: string, page: { limit: number; continuation?: string | undefined }) {
    return this.redemptions.query({
      tenantId,
      pk: tenantId,
      limit: page.limit,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    });
  }

  putWallet(wallet: Wallet): Promise<Stored<Wallet | MemberStats | EarnedBadge>> {
    return this.progress.upsert(wallet);
  }

  async stats(tenantId: string, memberId: string): Promise<Stored<MemberStats> | undefined> {
    const doc = await this.progress.read({ tenantId, pk: pkOf(tenantId, memberId), id: 'stats' });
    return doc?.kind === 'stats' ? doc : undefined;
  }

  createStats(stats: MemberStats): Promise<Stored<ProgressDoc>> {
    return this.progress.create(stats);
  }

  replaceStats(stats: Stored<MemberStats>): Promise<Stored<ProgressDoc>> {
    return this.progress.replace(stats, { ifMatch: stats.etag });
  }

  putStats(stats: MemberStats): Promise<Stored<ProgressDoc>> {
    return this.progress.upsert(stats);
  }

  /** Records a badge; false when the member already had it. */
  async earnBadge(badge: EarnedBadge): Promise<boolean> {
    try {
      await this.progress.create(badge);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  async badges(tenantId: string, memberId: string): Promise<Stored<EarnedBadge>[]> {
    const page = await this.progress.query({
      tenantId,
      pk: pkOf(tenantId, memberId),
      where: [{ path: 'kind', op: 'eq', value: 'badge' }],
      orderBy: [
        { path: 'kind', direction: 'asc' },
        { path: 'earnedAt', direction: 'desc' },
      ],
      limit: 200,
    });
    return page.items.filter((doc): doc is Stored<EarnedBadge> => doc.kind === 'badge');
  }

  markCelebrated(tenantId: string, memberId: string, badgeIds: string[]): Promise<unknown> {
    return Promise.all(
      badgeIds.map((id) =>
        this.progress.patch({ tenantId, pk: pkOf(tenantId, memberId), id: `badge|${id}` }, [
          { op: 'set', path: 'celebrated', value: true },
        ]),
      ),
    );
  }

  // Rewards

  async catalogue(tenantId: string): Promise<Stored<Reward>[]> {
    const page = await this.rewards.query({
      tenantId,
      pk: tenantId,
      orderBy: [{ path: 'cost', direction: 'asc' }],
      limit: 500,
    });
    return page.items;
  }

  reward(tenantId: string, rewardId: string): Promise<Stored<Reward> | undefined> {
    return this.rewards.read({ tenantId, pk: tenantId, id: rewardId });
  }

  upsertReward(reward: Reward): Promise<Stored<Reward>> {
    return this.rewards.upsert(reward);
  }

  /** Atomic changes to a reward (its stock). */
  patchReward(
    reward: Pick<Reward, 'tenantId' | 'pk' | 'id'>,
    ops: PatchOp[],
  ): Promise<Stored<Reward> | undefined> {
    return this.rewards.patch({ tenantId: reward.tenantId, pk: reward.pk, id: reward.id }, ops);
  }

  replaceReward(reward: Stored<Reward>): Promise<Stored<Reward>> {
    return this.rewards.replace(reward, { ifMatch: reward.etag });
  }

  redemption(tenantId: string, id: string): Promise<Stored<Redemption> | undefined> {
    return this.redemptions.read({ tenantId, pk: tenantId, id });
  }

  createRedemption(redemption: Redemption): Promise<Stored<Redemption>> {
    return this.redemptions.create(redemption);
  }

  replaceRedemption(redemption: Stored<Redemption>): Promise<Stored<Redemption>> {
    return this.redemptions.replace(redemption, { ifMatch: redemption.etag });
  }

  deleteRedemption(redemption: Stored<Redemption>): Promise<boolean> {
    return this.redemptions.delete({ tenantId: redemption.tenantId, pk: redemption.pk, id: redemption.id });
  }

  /** Redemptions by status (admins) or by member, newest first. */
  redemptionsWhere(
    tenantId: string,
    filter: { status?: Redemption['status']; memberId?: string },
    page: { limit: number; continuation?: string | undefined },
  ) {
    return this.redemptions.query({
      tenantId,
      pk: tenantId,
      where: [
        ...(filter.status ? [{ path: 'status', op: 'eq' as const, value: filter.status }] : []),
        ...(filter.memberId ? [{ path: 'memberId', op: 'eq' as const, value: filter.memberId }] : []),
      ],
      orderBy: filter.memberId
        ? [
            { path: 'memberId', direction: 'asc' },
            { path: 'at', direction: 'desc' },
          ]
        : [
            { path: 'status', direction: 'asc' },
            { path: 'at', direction: 'desc' },
          ],
      limit: page.limit,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    });
  }

  /** How many live redemptions of a reward a member has (per-member limits). */
  countRedemptions(tenantId: string, rewardId: string, memberId: string): Promise<number> {
    return this.redemptions.count({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'rewardId', op: 'eq', value: rewardId },
        { path: 'memberId', op: 'eq', value: memberId },
        { path: 'status', op: 'ne', value: 'cancelled' },
      ],
    });
  }
}
