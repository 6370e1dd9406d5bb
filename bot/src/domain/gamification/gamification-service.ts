import { CircleAccess } from '../circles/circle-access';
import type { CircleRepository } from '../circles/circle-repository';
import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import type { ActivityEvent, ActivityRecorder } from '../shared/activity';
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
  type Stored,
} from '../shared/document-store';
import { safeId } from '../shared/ids';
import type { LocalizedText } from '../shared/locale';
import { quizAwardKey } from '../quizzes/quiz';
import {
  defaultRules,
  type Action,
  type BadgeDefinition,
  type BadgeRule,
  type EarnedBadge,
  type GameRules,
  type LedgerEntry,
  type Level,
  type MemberStats,
  type Score,
} from './gamification';
import type { GamificationRepository } from './gamification-repository';
import type { LeaderboardIndex, Standing } from './leaderboard-index';
import { bucketOf, periodsOf, previousWeek, type BoardPeriod, type Periods } from './periods';

/** What an award did. */
export type AwardOutcome =
  | { status: 'paid'; points: number; badges: BadgeDefinition[] }
  | { status: 'capped'; badges: BadgeDefinition[] }
  | { status: 'duplicate' }
  | { status: 'ignored' };

/** Tells a member they earned a badge (a personal card in Teams). Best effort. */
export interface BadgeNotifier {
  badgeEarned(event: { tenantId: string; memberId: string; badge: BadgeDefinition }): Promise<void>;
}

/** A member's progress, as "My progress" shows it. */
export interface Progress {
  member: Stored<Member>;
  season: GameRules['season'];
  earned: number;
  balance: number;
  level: { current: Level; index: number; next: Level | undefined; progress: number };
  badges: { definition: BadgeDefinition; earnedAt: string; celebrated: boolean }[];
  nextBadges: { definition: BadgeDefinition; current: number; progress: number }[];
  streak: { current: number; best: number; thisWeek: boolean };
  history: Stored<LedgerEntry>[];
  historyContinuation?: string;
}

/** A leaderboard as the member sees it. */
export interface BoardView {
  period: BoardPeriod;
  bucket: string;
  circle: { id: string; name: string } | undefined;
  season: GameRules['season'];
  top: (Standing & { member: Stored<Member> | undefined })[];
  me: Standing & { optedOut: boolean };
  neighbours: (Standing & { member: Stored<Member> | undefined })[];
  participants: number;
}

interface CapDoc extends BaseDoc {
  kind: 'cap';
  count: number;
}

/** Which badge rule an action feeds. */
const STAT_OF: Partial<Record<Action, BadgeRule>> = {
  'post.published': 'posts',
  'comment.created': 'comments',
  'reaction.received': 'reactionsReceived',
  'answer.accepted': 'acceptedAnswers',
  'quiz.answered': 'quizAnswers',
  'event.attended': 'eventsAttended',
  'kudos.received': 'kudosReceived',
};

const adminOnly = () =>
  new AppError('COMMUNITY.ADMIN_ONLY', 403, 'Only community administrators can do this.');

/**
 * Gamification that rewards real contribution (DESIGN.md key 8): an append-only ledger where each
 * event pays once (its idempotency key is the entry's id), daily caps per action, more for quality
 * than volume, nothing for applauding yourself; scores per period and circle, a wallet, levels,
 * badges by rules, weekly streaks and seasons — all derived from the ledger and rebuildable from it.
 */
export class GamificationService implements ActivityRecorder {
  private readonly caps: DocumentContainer<CapDoc>;

  constructor(
    private readonly deps: {
      store: DocumentStore;
      game: GamificationRepository;
      members: MemberRepository;
      circles: CircleRepository;
      leaderboard: LeaderboardIndex;
      notifier?: BadgeNotifier;
      clock: Clock;
    },
  ) {
    this.caps = deps.store.container<CapDoc>(Containers.counters);
  }

  /** Turns what members did into awards (the community services report every event here). */
  async record(event: ActivityEvent): Promise<void> {
    const { tenantId, memberId } = event;
    switch (event.type) {
      case 'post.published':
        await this.award({
          tenantId,
          memberId,
          action: 'post.published',
          key: `post:${event.postId}`,
          source: `post:${event.postId}`,
          circleId: event.circleId,
        });
        return;
      case 'post.withdrawn':
        await this.reverse({ tenantId, memberId, key: `post:${event.postId}` });
        return;
      case 'comment.created':
        await this.award({
          tenantId,
          memberId,
          action: 'comment.created',
          key: `comment:${event.commentId}`,
          source: `post:${event.postId}`,
          circleId: event.circleId,
        });
        return;
      case 'kudos.withdrawn':
        await this.reverse({ tenantId, memberId, key: `kudos:${event.postId}` });
        return;
      case 'comment.withdrawn':
        await this.reverse({ tenantId, memberId, key: `comment:${event.commentId}` });
        return;
      case 'reaction.received':
        await this.award({
          tenantId,
          memberId,
          actorId: event.actorId,
          action: 'reaction.received',
          // One reactor pays an author once per post: reacting, removing and reacting again earns nothing more.
          key: `reaction:${event.postId}:${event.actorId}`,
          source: `post:${event.postId}`,
          circleId: event.circleId,
        });
        return;
      case 'answer.accepted':
        await this.award({
          tenantId,
          memberId,
          actorId: event.actorId,
          action: 'answer.accepted',
          key: `accepted:${event.postId}:${event.commentId}`,
          source: `post:${event.postId}`,
          circleId: event.circleId,
        });
        return;
      case 'circle.joined':
        if (event.circleType === 'pod') await this.bumpStat(tenantId, memberId, 'joinedPod', 1);
        return;
      case 'poll.voted':
        await this.award({
          tenantId,
          memberId,
          action: 'poll.voted',
          key: `poll:${event.pollId}`,
          source: `poll:${event.pollId}`,
        });
        return;
      case 'quiz.answered':
        // Knowing pays, guessing does not: only right answers earn points (and count for the
        // quizAnswers badge); the daily cap keeps quizzes a small part of anyone's score.
        if (!event.correct) return;
        await this.award({
          tenantId,
          memberId,
          action: 'quiz.answered',
          key: quizAwardKey(event.quizId, event.questionId),
          source: `quiz:${event.quizId}`,
          circleId: event.circleId,
        });
        return;
    }
  }

  /**
   * Pays an action once per idempotency key: a retried delivery, a double click or two server
   * instances reporting the same event pay once. Over the action's daily cap the event is still
   * recorded (and counts for badges) but pays nothing. Nothing is paid for your own applause.
   */
  async award(input: {
    tenantId: string;
    memberId: string;
    action: Action;
    key: string;
    source: string;
    circleId?: string | undefined;
    /** Who caused it, when someone else did (a reaction, an accepted answer, kudos). */
    actorId?: string | undefined;
  }): Promise<AwardOutcome> {
    const { tenantId, memberId, action } = input;
    if (input.actorId !== undefined && input.actorId === memberId) return { status: 'ignored' };
    const rules = await this.rulesOf(tenantId);
    const now = this.deps.clock.now();
    const periods = periodsOf(now);
    const rule = rules.actions[action];
    let entry: Stored<LedgerEntry>;
    try {
      entry = await this.deps.game.createEntry({
        id: safeId(input.key),
        pk: pkOf(tenantId, memberId),
        tenantId,
        kind: 'ledger',
        memberId,
        action,
        points: rule.points,
        capped: false,
        source: input.source,
        ...(input.circleId ? { circleId: input.circleId } : {}),
        at: now.toISOString(),
        ...periods,
        season: rules.season.id,
        applied: false,
      });
    } catch (error) {
      if (error instanceof ConflictError) return { status: 'duplicate' };
      throw error;
    }
    // Counted after the ledger accepted the event, so a duplicate never uses up the day's cap.
    const today = await this.countToday(tenantId, memberId, action, periods.day);
    if (today > rule.dailyCap && entry.points > 0) {
      const capped = await this.deps.game.markCapped(entry);
      entry = capped ?? entry;
    }
    const badges = await this.apply(entry, rules);
    return entry.capped ? { status: 'capped', badges } : { status: 'paid', points: entry.points, badges };
  }

  /**
   * Takes back what an award paid (a post deleted by its author or hidden by a moderator): a
   * reversal entry, once. Badges stay earned; the wallet never goes below zero.
   */
  async reverse({
    tenantId,
    memberId,
    key,
  }: {
    tenantId: string;
    memberId: string;
    key: string;
  }): Promise<void> {
    const original = await this.deps.game.entry(tenantId, memberId, key);
    if (!original || original.points <= 0) return;
    const rules = await this.rulesOf(tenantId);
    const now = this.deps.clock.now();
    const points = -original.points;
    let entry: Stored<LedgerEntry>;
    try {
      entry = await this.deps.game.createEntry({
        id: safeId(`reversal:${key}`),
        pk: pkOf(tenantId, memberId),
        tenantId,
        kind: 'ledger',
        memberId,
        action: 'reversal',
        points,
        capped: false,
        source: original.source,
        ...(original.circleId ? { circleId: original.circleId } : {}),
        at: now.toISOString(),
        // The reversal counts where the award counted: its week, month and season.
        day: original.day,
        week: original.week,
        month: original.month,
        season: original.season,
        applied: false,
      });
    } catch (error) {
      if (error instanceof ConflictError) return; // already reversed
      throw error;
    }
    await this.apply(entry, rules);
  }

  /** The rules (created with defaults on first use). */
  async rulesOf(tenantId: string): Promise<Stored<GameRules>> {
    const existing = await this.deps.game.rules(tenantId);
    if (existing) return existing;
    try {
      return await this.deps.game.createRules(defaultRules(tenantId, this.deps.clock.now().toISOString()));
    } catch (error) {
      if (error instanceof ConflictError) {
        const created = await this.deps.game.rules(tenantId);
        if (created) return created;
      }
      throw error;
    }
  }

  /** The rules, for a member of the community. */
  async rulesFor(actor: Actor): Promise<Stored<GameRules>> {
    await this.requireMember(actor);
    return this.rulesOf(actor.tenantId);
  }

  /** What the member can spend (members see 0 rather than a debt). */
  async balance(actor: Actor): Promise<number> {
    const wallet = await this.deps.game.wallet(actor.tenantId, actor.memberId);
    return Math.max(0, wallet?.balance ?? 0);
  }

  /**
   * Changes the rules (admins): points and caps per action, levels, badges, kudos allowance.
   * `etag` (from the admin's copy) refuses to overwrite another admin's change made meanwhile.
   */
  async updateRules({
    actor,
    changes,
    etag,
  }: {
    actor: Actor;
    changes: {
      actions?: Partial<GameRules['actions']> | undefined;
      levels?: Level[] | undefined;
      badges?: BadgeDefinition[] | undefined;
      kudosPerWeek?: number | undefined;
    };
    etag?: string | undefined;
  }): Promise<Stored<GameRules>> {
    await this.requireAdmin(actor);
    if (changes.levels) {
      const thresholds = changes.levels.map((l) => l.threshold);
      if (thresholds[0] !== 0 || thresholds.some((t, n) => n > 0 && t <= thresholds[n - 1]!)) {
        throw new AppError('GAME.BAD_LEVELS', 400, 'Levels start at 0 points and rise strictly.');
      }
    }
    if (changes.badges && new Set(changes.badges.map((b) => b.id)).size !== changes.badges.length) {
      throw new AppError('GAME.DUPLICATE_BADGE', 400, 'Two badges have the same id.');
    }
    return this.changeRules(actor.tenantId, (rules) => {
      // Checked on each attempt: a write that beat ours also made the admin's copy stale.
      if (etag && rules.etag !== etag) {
        throw new AppError(
          'GAME.RULES_CHANGED',
          409,
          'Another administrator changed the rules meanwhile. Reload them and try again.',
        );
      }
      return {
        ...rules,
        ...(changes.actions ? { actions: mergeActions(rules.actions, changes.actions) } : {}),
        ...(changes.levels ? { levels: changes.levels } : {}),
        ...(changes.badges ? { badges: changes.badges } : {}),
        ...(changes.kudosPerWeek !== undefined ? { kudosPerWeek: changes.kudosPerWeek } : {}),
      };
    });
  }

  /** Starts a new season (admins): ranks start again from zero; the ledger and wallets stay. */
  async startSeason({ actor, name }: { actor: Actor; name: LocalizedText }): Promise<Stored<GameRules>> {
    await this.requireAdmin(actor);
    return this.changeRules(actor.tenantId, (rules) => {
      const next = Number(rules.season.id.replace(/^S/, '')) + 1;
      return { ...rules, season: { id: `S${next}`, name, startedAt: this.deps.clock.now().toISOString() } };
    });
  }

  /** The member's progress: points, level, badges earned and next, streak, history. */
  async progress({
    actor,
    continuation,
  }: {
    actor: Actor;
    continuation?: string | undefined;
  }): Promise<Progress> {
    const member = await this.requireMember(actor);
    const [rules, wallet, stats, earned, history] = await Promise.all([
      this.rulesOf(actor.tenantId),
      this.deps.game.wallet(actor.tenantId, actor.memberId),
      this.deps.game.stats(actor.tenantId, actor.memberId),
      this.deps.game.badges(actor.tenantId, actor.memberId),
      this.deps.game.history(actor.tenantId, actor.memberId, { limit: 20, continuation }),
    ]);
    const points = wallet?.earned ?? 0;
    const levels = [...rules.levels].sort((a, b) => a.threshold - b.threshold);
    let index = 0;
    levels.forEach((level, n) => {
      if (points >= level.threshold) index = n;
    });
    const current = levels[index]!;
    const next = levels[index + 1];
    const earnedIds = new Set(earned.map((b) => b.badgeId));
    const week = periodsOf(this.deps.clock.now()).week;
    const streak = liveStreak(stats, week);
    return {
      member,
      season: rules.season,
      earned: points,
      balance: Math.max(0, wallet?.balance ?? 0),
      level: {
        current,
        index,
        next,
        progress: next ? (points - current.threshold) / (next.threshold - current.threshold) : 1,
      },
      badges: earned
        .map((b) => ({ b, definition: rules.badges.find((d) => d.id === b.badgeId) }))
        .filter(
          (x): x is { b: Stored<EarnedBadge>; definition: BadgeDefinition } => x.definition !== undefined,
        )
        .map(({ b, definition }) => ({ definition, earnedAt: b.earnedAt, celebrated: b.celebrated })),
      nextBadges: rules.badges
        .filter((d) => !earnedIds.has(d.id))
        .map((definition) => {
          const value = statValue(stats, definition.rule, week);
          return { definition, current: value, progress: Math.min(1, value / definition.threshold) };
        })
        .sort((a, b) => b.progress - a.progress)
        .slice(0, 3),
      streak,
      history: history.items,
      ...(history.continuation ? { historyContinuation: history.continuation } : {}),
    };
  }

  /** The member has seen the celebration of these badges. */
  async celebrated({ actor, badgeIds }: { actor: Actor; badgeIds: string[] }): Promise<void> {
    await this.deps.game.markCelebrated(actor.tenantId, actor.memberId, badgeIds);
  }

  /** Keeps the member off (or puts them back on) public leaderboards. */
  async setRankingOptOut({ actor, optOut }: { actor: Actor; optOut: boolean }): Promise<Stored<Member>> {
    const member = await this.requireMember(actor);
    const updated = optOut
      ? await this.deps.members.setFields(actor.tenantId, actor.memberId, { rankingOptOut: true })
      : member.rankingOptOut
        ? await this.deps.members.removeField(actor.tenantId, actor.memberId, 'rankingOptOut')
        : member;
    await this.deps.leaderboard.setOptOut(actor.tenantId, actor.memberId, optOut);
    if (!updated) throw memberNotFound();
    return updated;
  }

  /**
   * A leaderboard: the public top 50 of a period (community-wide or one circle the member may
   * read), the member's own rank (even if they opted out) and their public neighbours.
   */
  async board({
    actor,
    period,
    circleId,
  }: {
    actor: Actor;
    period: BoardPeriod;
    circleId?: string | undefined;
  }): Promise<BoardView> {
    const member = await this.requireMember(actor);
    let circle: BoardView['circle'];
    if (circleId) {
      const view = await new CircleAccess({ circles: this.deps.circles }).view(
        actor,
        circleId,
        hasRole(member, 'admin'),
      );
      if (!view.canRead)
        throw new AppError('CIRCLE.MEMBERS_ONLY', 403, 'Join this circle to see its leaderboard.');
      circle = { id: view.circle.id, name: view.circle.name };
    }
    const rules = await this.rulesOf(actor.tenantId);
    const bucket = bucketOf(period, periodsOf(this.deps.clock.now()), rules.season.id, circleId);
    const [top, around, participants] = await Promise.all([
      this.deps.leaderboard.top(actor.tenantId, bucket, 50),
      this.deps.leaderboard.around(actor.tenantId, bucket, actor.memberId, 2),
      this.deps.leaderboard.size(actor.tenantId, bucket),
    ]);
    const people = await this.deps.members.many(actor.tenantId, [
      ...top.map((s) => s.memberId),
      ...around.neighbours.map((s) => s.memberId),
    ]);
    return {
      period,
      bucket,
      circle,
      season: rules.season,
      top: top.map((s) => ({ ...s, member: people.get(s.memberId) })),
      me: { ...around.me, optedOut: member.rankingOptOut === true },
      neighbours: around.neighbours.map((s) => ({ ...s, member: people.get(s.memberId) })),
      participants,
    };
  }

  /**
   * Recomputes every total from the ledger and compares it with the live ones; with `write`,
   * replaces what differs (repairs after a crash between an entry and its totals).
   */
  async rebuild({ actor, write }: { actor: Actor; write: boolean }) {
    await this.requireAdmin(actor);
    return this.rebuildTenant(actor.tenantId, write);
  }

  /** The ledger-to-totals rebuild, for one tenant (also used by tests and repairs). */
  async rebuildTenant(tenantId: string, write: boolean): Promise<{ scores: number; mismatches: string[] }> {
    const totals = new Map<string, { bucket: string; memberId: string; points: number }>();
    const earned = new Map<string, number>();
    let continuation: string | undefined;
    do {
      const page = await this.deps.game.allEntries(tenantId, { limit: 1000, continuation });
      for (const entry of page.items) {
        if (entry.points === 0) continue;
        earned.set(entry.memberId, (earned.get(entry.memberId) ?? 0) + entry.points);
        for (const bucket of bucketsOf(entry)) {
          const key = `${bucket}|${entry.memberId}`;
          const total = totals.get(key) ?? { bucket, memberId: entry.memberId, points: 0 };
          total.points += entry.points;
          totals.set(key, total);
        }
      }
      continuation = page.continuation;
    } while (continuation);
    const mismatches: string[] = [];
    const now = this.deps.clock.now().toISOString();
    for (const total of totals.values()) {
      const live = await this.deps.game.score(tenantId, total.bucket, total.memberId);
      if (live?.points !== total.points) {
        mismatches.push(
          `${total.bucket} ${total.memberId}: ledger ${total.points}, live ${live?.points ?? 'none'}`,
        );
        if (write) {
          const score: Score = {
            id: total.memberId,
            pk: pkOf(tenantId, total.bucket),
            tenantId,
            kind: 'score',
            memberId: total.memberId,
            bucket: total.bucket,
            points: total.points,
            updatedAt: now,
          };
          await this.deps.game.putScore(score);
        }
      }
    }
    // What members spent is the sum of their live redemptions.
    const spentBy = new Map<string, number>();
    continuation = undefined;
    do {
      const page = await this.deps.game.allRedemptions(tenantId, { limit: 1000, continuation });
      for (const r of page.items) {
        if (r.status === 'requested' || r.status === 'fulfilled')
          spentBy.set(r.memberId, (spentBy.get(r.memberId) ?? 0) + r.cost);
      }
      continuation = page.continuation;
    } while (continuation);
    for (const memberId of spentBy.keys()) if (!earned.has(memberId)) earned.set(memberId, 0);
    for (const [memberId, points] of earned) {
      const wallet = await this.deps.game.wallet(tenantId, memberId);
      const spent = spentBy.get(memberId) ?? 0;
      if (wallet?.earned !== points || wallet.spent !== spent || wallet.balance !== points - spent) {
        mismatches.push(
          `wallet ${memberId}: ledger earned ${points} spent ${spent}, live earned ${wallet?.earned ?? 'none'} spent ${wallet?.spent ?? 'none'} balance ${wallet?.balance ?? 'none'}`,
        );
        if (write) {
          await this.deps.game.putWallet({
            id: 'wallet',
            pk: pkOf(tenantId, memberId),
            tenantId,
            kind: 'wallet',
            memberId,
            earned: points,
            spent,
            balance: points - spent,
          });
        }
      }
    }
    if (write && mismatches.length > 0) this.deps.leaderboard.forget(tenantId);
    return { scores: totals.size, mismatches };
  }

  /** Applies an entry to scores, wallet, stats and badges, then marks it applied. */
  private async apply(entry: Stored<LedgerEntry>, rules: GameRules): Promise<BadgeDefinition[]> {
    if (entry.points !== 0) {
      await Promise.all(
        bucketsOf(entry).map((bucket) =>
          this.deps.game.addScore(entry.tenantId, bucket, entry.memberId, entry.points, entry.at),
        ),
      );
      if (entry.points > 0) await this.deps.game.credit(entry.tenantId, entry.memberId, entry.points);
      else await this.deps.game.debitEarned(entry.tenantId, entry.memberId, -entry.points);
    }
    let badges: BadgeDefinition[] = [];
    if (entry.action !== 'reversal') badges = await this.updateStats(entry, rules);
    await this.deps.game.markApplied(entry);
    return badges;
  }

  /** Counts the action for badges and the weekly streak, then awards any badge now reached. */
  private async updateStats(entry: LedgerEntry, rules: GameRules): Promise<BadgeDefinition[]> {
    if (entry.action === 'reversal') return [];
    const stat = STAT_OF[entry.action];
    const stats = await this.changeStats(entry.tenantId, entry.memberId, (s) => {
      if (stat) s.counts[stat] = (s.counts[stat] ?? 0) + 1;
      if (s.streak.lastWeek !== entry.week) {
        s.streak.current = s.streak.lastWeek === previousWeek(entry.week) ? s.streak.current + 1 : 1;
        s.streak.best = Math.max(s.streak.best, s.streak.current);
        s.streak.lastWeek = entry.week;
      }
    });
    return this.awardBadges(entry.tenantId, entry.memberId, stats, rules, entry.week);
  }

  private async bumpStat(tenantId: string, memberId: string, stat: BadgeRule, value: number): Promise<void> {
    const stats = await this.changeStats(tenantId, memberId, (s) => {
      s.counts[stat] = Math.max(s.counts[stat] ?? 0, value);
    });
    const rules = await this.rulesOf(tenantId);
    await this.awardBadges(tenantId, memberId, stats, rules, periodsOf(this.deps.clock.now()).week);
  }

  private async awardBadges(
    tenantId: string,
    memberId: string,
    stats: MemberStats,
    rules: GameRules,
    week: string,
  ): Promise<BadgeDefinition[]> {
    const listed = new Set(stats.badges ?? []);
    const found: string[] = [];
    const newly: BadgeDefinition[] = [];
    for (const definition of rules.badges) {
      // A listed badge has its document: creating it again would only conflict, on every award.
      if (listed.has(definition.id)) continue;
      if (statValue(stats, definition.rule, week) < definition.threshold) continue;
      const created = await this.deps.game.earnBadge({
        id: `badge|${definition.id}`,
        pk: pkOf(tenantId, memberId),
        tenantId,
        kind: 'badge',
        memberId,
        badgeId: definition.id,
        earnedAt: this.deps.clock.now().toISOString(),
        celebrated: false,
      });
      found.push(definition.id);
      if (!created) continue;
      newly.push(definition);
      try {
        await this.deps.notifier?.badgeEarned({ tenantId, memberId, badge: definition });
      } catch {
        // The card is a nicety: the badge is earned and the tab celebrates it anyway.
      }
    }
    // Listed once the documents exist: a crash in between only means trying them again next time.
    if (found.length > 0) {
      try {
        await this.changeStats(tenantId, memberId, (s) => {
          s.badges = [...new Set([...(s.badges ?? []), ...found])];
        });
      } catch (error) {
        // The list only saves work: under contention, leave it to a later award rather than fail this one.
        if (!(error instanceof AppError && error.code === 'GAME.BUSY')) throw error;
      }
    }
    return newly;
  }

  private async changeStats(
    tenantId: string,
    memberId: string,
    change: (stats: MemberStats) => void,
  ): Promise<MemberStats> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const existing = await this.deps.game.stats(tenantId, memberId);
      const stats: MemberStats = existing
        ? { ...existing, counts: { ...existing.counts }, streak: { ...existing.streak } }
        : {
            id: 'stats',
            pk: pkOf(tenantId, memberId),
            tenantId,
            kind: 'stats',
            memberId,
            counts: {},
            streak: { current: 0, best: 0, lastWeek: null },
          };
      change(stats);
      try {
        if (existing) await this.deps.game.replaceStats(stats as Stored<MemberStats>);
        else await this.deps.game.createStats(stats);
        return stats;
      } catch (error) {
        // Another award for the same member at the same moment: redo ours on theirs.
        if (error instanceof ConflictError || error instanceof ConcurrencyError) continue;
        throw error;
      }
    }
    throw new AppError('GAME.BUSY', 409, 'Too many awards at once for this member. Try again.');
  }

  /** Events of this action the member had today, this one included (atomic across instances). */
  private async countToday(tenantId: string, memberId: string, action: Action, day: string): Promise<number> {
    const key = { tenantId, pk: pkOf(tenantId, memberId), id: `cap|${action}|${day}` };
    const bumped = await this.caps.patch(key, [{ op: 'incr', path: 'count', value: 1 }]);
    if (bumped) return bumped.count;
    try {
      return (await this.caps.create({ ...key, kind: 'cap', count: 1 })).count;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return (await this.caps.patch(key, [{ op: 'incr', path: 'count', value: 1 }]))?.count ?? 1;
    }
  }

  private async changeRules(tenantId: string, change: (rules: Stored<GameRules>) => Stored<GameRules>) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const rules = await this.rulesOf(tenantId);
      try {
        return await this.deps.game.replaceRules({
          ...change(rules),
          updatedAt: this.deps.clock.now().toISOString(),
        });
      } catch (error) {
        if (error instanceof ConcurrencyError) continue;
        throw error;
      }
    }
    throw new AppError('GAME.BUSY', 409, 'The rules changed while saving. Try again.');
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return member;
  }

  private async requireAdmin(actor: Actor): Promise<Stored<Member>> {
    const member = await this.requireMember(actor);
    if (!hasRole(member, 'admin')) throw adminOnly();
    return member;
  }
}

/** The score buckets an entry counts in: all time, its season, month and week; and its circle's. */
export function bucketsOf(entry: Pick<LedgerEntry, 'season' | 'month' | 'week' | 'circleId'>): string[] {
  const periods: Periods = { day: '', week: entry.week, month: entry.month };
  const kinds: BoardPeriod[] = ['all', 'season', 'month', 'week'];
  return [
    ...kinds.map((p) => bucketOf(p, periods, entry.season)),
    ...(entry.circleId ? kinds.map((p) => bucketOf(p, periods, entry.season, entry.circleId)) : []),
  ];
}

/** A streak counts while the member took part this week or last week (this week is not over). */
function liveStreak(stats: MemberStats | undefined, week: string): Progress['streak'] {
  if (!stats?.streak.lastWeek) return { current: 0, best: stats?.streak.best ?? 0, thisWeek: false };
  const thisWeek = stats.streak.lastWeek === week;
  const alive = thisWeek || stats.streak.lastWeek === previousWeek(week);
  return { current: alive ? stats.streak.current : 0, best: stats.streak.best, thisWeek };
}

function statValue(stats: MemberStats | undefined, rule: BadgeRule, week: string): number {
  if (rule === 'streakWeeks') return Math.max(stats?.streak.best ?? 0, liveStreak(stats, week).current);
  return stats?.counts[rule] ?? 0;
}

function mergeActions(
  current: GameRules['actions'],
  changes: Partial<GameRules['actions']>,
): GameRules['actions'] {
  const merged = { ...current };
  for (const [action, rule] of Object.entries(changes) as [
    Action,
    GameRules['actions'][Action] | undefined,
  ][]) {
    if (rule) merged[action] = rule;
  }
  return merged;
}
