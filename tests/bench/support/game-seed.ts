import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  circleSearchText,
  departmentKey,
  membershipId,
  type Circle,
  type CircleVisibility,
  type Membership,
} from '../../../bot/src/domain/circles/circle';
import {
  ACTIONS,
  defaultRules,
  type Action,
  type BadgeRule,
  type EarnedBadge,
  type GameRules,
  type LedgerEntry,
  type MemberStats,
  type Score,
  type Wallet,
} from '../../../bot/src/domain/gamification/gamification';
import { bucketsOf } from '../../../bot/src/domain/gamification/gamification-service';
import { periodsOf, previousWeek, type Periods } from '../../../bot/src/domain/gamification/periods';
import type { Member } from '../../../bot/src/domain/members/member';
import { Containers } from '../../../bot/src/domain/shared/containers';
import { pkOf, type BaseDoc, type ContainerDefinition } from '../../../bot/src/domain/shared/document-store';
import { safeId } from '../../../bot/src/domain/shared/ids';
import type { SqliteDocumentStore } from '../../../bot/src/store/sqlite/sqlite-document-store';
import { syntheticMember, TOPICS } from './community-seed';
import { Random, WeightedPicker } from './random';

/** The shape of a synthetic game: how many members and ledger entries, and when "now" is. */
export interface GameSeedOptions {
  store: SqliteDocumentStore;
  tenantId: string;
  members: number;
  entries: number;
  now: Date;
  /** PRNG seed: the same seed seeds the same game. */
  seed?: number;
  /** Progress lines (seeding two million entries takes a few minutes). */
  log?: (line: string) => void;
}

/** A circle of the seeded game, as the benchmark needs it. */
export interface GameCircle {
  id: string;
  name: string;
  visibility: CircleVisibility;
  size: number;
}

/** What was seeded (or read back from an earlier run's file): enough to build realistic requests. */
export interface SeededGame {
  tenantId: string;
  memberIds: string[];
  /** Members who keep off public boards. */
  optedOut: Set<string>;
  circles: GameCircle[];
  /** Active circles of each member (the community circle included). */
  circlesOf: Map<string, string[]>;
  /** The current season's id. */
  season: string;
  /** Documents written, per container (empty when read back). */
  counts: Record<string, number>;
  /** Facts worth printing next to the figures. */
  facts: Record<string, number | string>;
  seconds: number;
}

const DAY = 86_400_000;
/** The community circle every member is in (as the live code names it). */
export const COMMUNITY_CIRCLE = 'community';

/**
 * Interest circles as shares of the community, a few large and a long tail (the community circle,
 * with everyone, comes on top), and their visibility.
 */
const INTEREST_CIRCLES: readonly [share: number, visibility: CircleVisibility][] = [
  [0.32, 'open'],
  [0.16, 'open'],
  [0.09, 'closed'],
  [0.05, 'open'],
  [0.03, 'private'],
  [0.018, 'closed'],
  [0.01, 'open'],
  [0.006, 'private'],
  [0.003, 'closed'],
  [0.0015, 'open'],
  [0.0006, 'private'],
];

/**
 * How often each action happens (shares of the ledger): reactions and comments are the bulk,
 * accepted answers and events are rare. Points and caps are the default rules'.
 */
export const ACTION_MIX: Readonly<Record<Action, number>> = {
  'post.published': 0.07,
  'comment.created': 0.22,
  'reaction.received': 0.42,
  'answer.accepted': 0.03,
  'quiz.answered': 0.07,
  'poll.voted': 0.07,
  'event.attended': 0.04,
  'kudos.received': 0.08,
};

/** Actions about content carry its circle; quizzes, polls and events are community-wide. */
export const CIRCLE_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'post.published',
  'comment.created',
  'reaction.received',
  'answer.accepted',
  'kudos.received',
]);

/** The badge rule each action feeds (as GamificationService counts them). */
const STAT_OF: Partial<Record<Action, BadgeRule>> = {
  'post.published': 'posts',
  'comment.created': 'comments',
  'reaction.received': 'reactionsReceived',
  'answer.accepted': 'acceptedAnswers',
  'quiz.answered': 'quizAnswers',
  'event.attended': 'eventsAttended',
  'kudos.received': 'kudosReceived',
};

/** The season in progress started this long before "now" (a quarter); earlier entries are season S1. */
const SEASON_MS = 91 * DAY;

/**
 * Seeds a community's points game straight into the embedded store, as the live code would have
 * written it award by award: members (the feed benchmark's synthetic members, a few percent of
 * them opted out of public ranking), the community circle and interest circles of skewed sizes with
 * their memberships, the game rules (season S2 in progress), and `entries` ledger entries over twelve
 * months with heavy-tailed activity per member (everyone has at least one). Each entry is an action
 * of the default rules with its points, its circle for content actions, and the daily cap applied in
 * order (over the cap it is kept, capped, and pays 0); every entry is marked applied. From the same
 * entries: the score of every bucket an entry counts in (`bucketsOf`, `updatedAt` = the last paid
 * entry's time), each member's wallet, stats (badge counters, weekly streak, the badges earned) and
 * earned badges, and today's daily-cap counters (earlier days' counters are never read again, so
 * they are left out).
 * Writes go through `bulkUpsert`, tens of thousands of documents per transaction, members in id
 * order so that each member's partitions are written together.
 */
export function seedGame(options: GameSeedOptions): SeededGame {
  const started = performance.now();
  const { store, tenantId, now } = options;
  const emit = options.log ?? (() => undefined);
  const log = (line: string) => emit(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const random = new Random(options.seed ?? 20_261_125);
  const nowMs = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const counts: Record<string, number> = {};
  const buffers = new Map<ContainerDefinition, BaseDoc[]>();
  const flush = (definition: ContainerDefinition) => {
    const docs = buffers.get(definition);
    if (!docs || docs.length === 0) return;
    counts[definition.name] = (counts[definition.name] ?? 0) + store.bulkUpsert(definition, docs);
    docs.length = 0;
  };
  const write = (definition: ContainerDefinition, doc: BaseDoc) => {
    let docs = buffers.get(definition);
    if (!docs) buffers.set(definition, (docs = []));
    docs.push(doc);
    if (docs.length >= 25_000) flush(definition);
  };

  // The rules: the defaults, in the second season.
  const seasonStart = nowMs - SEASON_MS;
  const rules: GameRules = {
    ...defaultRules(tenantId, iso(seasonStart - 300 * DAY)),
    season: { id: 'S2', name: { en: 'Season 2', fr: 'Saison 2' }, startedAt: iso(seasonStart) },
    updatedAt: iso(seasonStart),
  };
  write(Containers.community, rules);
  flush(Containers.community);

  // Members; a few percent keep off public boards.
  const members: Member[] = [];
  for (let n = 0; n < options.members; n++) {
    const member = syntheticMember(random, n, tenantId, now);
    members.push(random.chance(0.03) ? { ...member, rankingOptOut: true } : member);
  }
  const optedOut = new Set(members.filter((m) => m.rankingOptOut).map((m) => m.id));

  // Circles: the community circle (everyone) and interest circles of skewed sizes.
  const circles: Circle[] = [];
  const circleMembers: number[][] = [];
  const circlesOfIndex: number[][] = members.map(() => []);
  const circle = (id: string, name: string, visibility: CircleVisibility, tags: string[]): Circle => {
    const description = `${name}: points, kudos and friendly competition.`;
    const created = iso(nowMs - (380 + random.next() * 20) * DAY);
    return {
      id,
      pk: tenantId,
      tenantId,
      kind: 'circle',
      type: id === COMMUNITY_CIRCLE ? 'community' : 'interest',
      visibility,
      name,
      description,
      tags,
      memberCount: 0,
      departmentCounts: {},
      searchText: circleSearchText({ name, description, tags }),
      createdBy: members[0]!.id,
      createdAt: created,
      updatedAt: created,
    };
  };
  circles.push(circle(COMMUNITY_CIRCLE, 'Data & AI community', 'open', ['community']));
  circleMembers.push(members.map((_, i) => i));
  INTEREST_CIRCLES.forEach(([share, visibility], n) => {
    const tag = TOPICS[n % TOPICS.length]!;
    circles.push(circle(random.uuid(), `${tag} guild`, visibility, [tag]));
    const chosen = random.sample(
      members.map((_, i) => i),
      Math.max(3, Math.round(share * members.length)),
    );
    circleMembers.push(chosen);
    for (const i of chosen) circlesOfIndex[i]!.push(circles.length - 1);
  });
  let memberships = 0;
  circles.forEach((c, n) => {
    const active = circleMembers[n]!;
    c.memberCount = active.length;
    active.forEach((i, k) => {
      const key = departmentKey(members[i]!.segments.department!);
      c.departmentCounts[key] = (c.departmentCounts[key] ?? 0) + 1;
      const membership: Membership = {
        id: membershipId(c.id, members[i]!.id),
        pk: tenantId,
        tenantId,
        kind: 'membership',
        circleId: c.id,
        memberId: members[i]!.id,
        role: k === 0 ? 'owner' : 'member',
        status: 'active',
        since: iso(nowMs - random.next() * 360 * DAY),
      };
      write(Containers.memberships, membership);
      memberships++;
    });
  });
  for (const c of circles) write(Containers.circles, c);
  flush(Containers.circles);
  flush(Containers.memberships);
  log(`circles: ${circles.length}, memberships: ${memberships}`);

  // Heavy-tailed activity: log-normal weights; everyone has at least one entry.
  const weights = members.map(() => Math.exp(1.5 * random.normal()));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const spare = Math.max(0, options.entries - members.length);
  const entryCounts = weights.map((w) => 1 + Math.floor((spare * w) / totalWeight));
  const picker = new WeightedPicker(weights);
  for (let left = options.entries - entryCounts.reduce((s, c) => s + c, 0); left > 0; left--) {
    entryCounts[picker.pick(random)]!++;
  }

  const actionPicker = new WeightedPicker(ACTIONS.map((a) => ACTION_MIX[a]));
  const periodsByDay = new Map<number, Periods>();
  const periodsOfDay = (dayNumber: number) => {
    let periods = periodsByDay.get(dayNumber);
    if (!periods) periodsByDay.set(dayNumber, (periods = periodsOf(new Date(dayNumber * DAY))));
    return periods;
  };
  const previousWeeks = new Map<string, string>();
  const previousOf = (week: string) => {
    let previous = previousWeeks.get(week);
    if (previous === undefined) previousWeeks.set(week, (previous = previousWeek(week)));
    return previous;
  };
  const today = periodsOf(now).day;
  const thisWeek = periodsOf(now).week;

  // Members in id order: each member's partitions (ledger, progress) are appended, not scattered.
  const order = members.map((_, i) => i).sort((a, b) => (members[a]!.id < members[b]!.id ? -1 : 1));
  let paid = 0;
  let capped = 0;
  let withCircle = 0;
  let scores = 0;
  let badges = 0;
  const buckets = new Set<string>();
  const weekBoard = new Set<string>();
  const perMember: number[] = [];
  order.forEach((i, done) => {
    const member = members[i]!;
    const memberId = member.id;
    const pk = pkOf(tenantId, memberId);
    const count = entryCounts[i]!;
    perMember.push(count);
    // An activity window of at least a month within the year; a third stopped before now.
    const start = nowMs - Math.max(30 * DAY, random.next() * 365 * DAY);
    const end = random.chance(0.65) ? nowMs : start + random.next() * (nowMs - start);
    const times = Array.from({ length: count }, () => start + random.next() * (end - start)).sort(
      (a, b) => a - b,
    );
    const joinedAt = Math.min(Date.parse(member.joinedAt), times[0]! - random.next() * 7 * DAY);
    members[i] = { ...member, joinedAt: iso(joinedAt) };

    const daily = new Map<string, number>();
    const totals = new Map<string, { points: number; updatedAt: string }>();
    const stats: MemberStats = {
      id: 'stats',
      pk,
      tenantId,
      kind: 'stats',
      memberId,
      counts: {},
      streak: { current: 0, best: 0, lastWeek: null },
    };
    const earnedBadges = new Map<string, string>();
    let earned = 0;
    const mine = circlesOfIndex[i]!;
    for (const time of times) {
      const action = ACTIONS[actionPicker.pick(random)]!;
      const rule = rules.actions[action];
      const periods = periodsOfDay(Math.floor(time / DAY));
      const capKey = `${action}|${periods.day}`;
      const sameDay = (daily.get(capKey) ?? 0) + 1;
      daily.set(capKey, sameDay);
      const isCapped = sameDay > rule.dailyCap;
      const circleIndex = !CIRCLE_ACTIONS.has(action)
        ? undefined
        : mine.length === 0 || random.chance(0.25)
          ? 0
          : mine[random.int(0, mine.length - 1)]!;
      const circleId = circleIndex === undefined ? undefined : circles[circleIndex]!.id;
      const at = iso(time);
      const postId = random.uuid();
      const entry: LedgerEntry = {
        id: safeId(keyOf(action, postId, random)),
        pk,
        tenantId,
        kind: 'ledger',
        memberId,
        action,
        points: isCapped ? 0 : rule.points,
        capped: isCapped,
        source: `post:${postId}`,
        ...(circleId ? { circleId } : {}),
        at,
        day: periods.day,
        week: periods.week,
        month: periods.month,
        season: time >= seasonStart ? rules.season.id : 'S1',
        applied: true,
      };
      write(Containers.ledger, entry);
      if (circleId) withCircle++;
      if (isCapped) capped++;
      else paid++;

      // What apply() does: scores and wallet for what paid, stats, streak and badges for every entry.
      if (entry.points !== 0) {
        earned += entry.points;
        for (const bucket of bucketsOf(entry)) {
          const total = totals.get(bucket);
          if (total) {
            total.points += entry.points;
            total.updatedAt = at;
          } else totals.set(bucket, { points: entry.points, updatedAt: at });
        }
      }
      const stat = STAT_OF[action];
      if (stat) stats.counts[stat] = (stats.counts[stat] ?? 0) + 1;
      if (stats.streak.lastWeek !== entry.week) {
        stats.streak.current =
          stats.streak.lastWeek === previousOf(entry.week) ? stats.streak.current + 1 : 1;
        stats.streak.best = Math.max(stats.streak.best, stats.streak.current);
        stats.streak.lastWeek = entry.week;
      }
      for (const definition of rules.badges) {
        if (earnedBadges.has(definition.id)) continue;
        const value =
          definition.rule === 'streakWeeks'
            ? Math.max(stats.streak.best, stats.streak.current)
            : (stats.counts[definition.rule] ?? 0);
        if (value >= definition.threshold) earnedBadges.set(definition.id, at);
      }
    }

    for (const [bucket, total] of totals) {
      const score: Score = {
        id: memberId,
        pk: pkOf(tenantId, bucket),
        tenantId,
        kind: 'score',
        memberId,
        bucket,
        points: total.points,
        updatedAt: total.updatedAt,
      };
      write(Containers.scores, score);
      buckets.add(bucket);
      scores++;
    }
    if (totals.has(`week:${thisWeek}`)) weekBoard.add(memberId);
    const wallet: Wallet = {
      id: 'wallet',
      pk,
      tenantId,
      kind: 'wallet',
      memberId,
      earned,
      spent: 0,
      balance: earned,
    };
    write(Containers.progress, wallet);
    if (earnedBadges.size > 0) stats.badges = [...earnedBadges.keys()];
    write(Containers.progress, stats);
    for (const [badgeId, earnedAt] of earnedBadges) {
      const badge: EarnedBadge = {
        id: `badge|${badgeId}`,
        pk,
        tenantId,
        kind: 'badge',
        memberId,
        badgeId,
        earnedAt,
        // Badges of the last two days may still wait for their celebration in the tab.
        celebrated: Date.parse(earnedAt) < nowMs - 2 * DAY,
      };
      write(Containers.progress, badge);
      badges++;
    }
    // Today's cap counters: the next award today counts on from them.
    for (const [key, value] of daily) {
      const [action, day] = key.split('|') as [string, string];
      if (day !== today) continue;
      write(Containers.counters, {
        id: `cap|${action}|${day}`,
        pk,
        tenantId,
        kind: 'cap',
        count: value,
      } as BaseDoc);
    }
    if ((done + 1) % 10_000 === 0) log(`ledger: ${done + 1} members`);
  });
  for (const member of members) write(Containers.members, member);
  for (const definition of [...buffers.keys()]) flush(definition);
  log('members');

  perMember.sort((a, b) => a - b);
  const circlesOf = new Map<string, string[]>();
  members.forEach((m, i) => {
    circlesOf.set(m.id, [COMMUNITY_CIRCLE, ...circlesOfIndex[i]!.map((c) => circles[c]!.id)]);
  });
  const quantile = (q: number) =>
    perMember[Math.min(perMember.length - 1, Math.floor(q * perMember.length))]!;
  return {
    tenantId,
    memberIds: members.map((m) => m.id),
    optedOut,
    circles: circles.map((c) => ({ id: c.id, name: c.name, visibility: c.visibility, size: c.memberCount })),
    circlesOf,
    season: rules.season.id,
    counts,
    facts: {
      'ledger entries paid / capped': `${paid} / ${capped}`,
      'entries with a circle': `${((withCircle / Math.max(1, paid + capped)) * 100).toFixed(0)}%`,
      'entries per member p50 / p90 / p99 / max': `${quantile(0.5)} / ${quantile(0.9)} / ${quantile(0.99)} / ${perMember[perMember.length - 1]}`,
      'score documents / buckets': `${scores} / ${buckets.size}`,
      'badges earned': badges,
      'opted out of ranking': optedOut.size,
      [`this week's board (week:${thisWeek})`]: weekBoard.size,
      'circle sizes': circles.map((c) => c.memberCount).join(', '),
    },
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Moves whenever what `seedGame` writes changes, so that a cached file of an older seed is not
 * reused. 2: stats list the earned badges.
 */
export const GAME_SEED_VERSION = 2;

/** Where seeded games are kept between runs (gitignored). */
const CACHE_DIR = join(__dirname, '..', '..', '..', '.bench-cache');

/** A seeded game file kept between runs: its path, whether a complete seed is in it, and how to reset it. */
export interface GameSeedCache {
  path: string;
  /** A seed finished writing into this file (a run stopped while seeding leaves no marker). */
  ready: boolean;
  /** Removes this file and every other game file of the cache (older seeds and days: gigabytes each). */
  clear(): void;
  /** Records that the seed is complete. */
  markReady(): void;
}

/**
 * The cached file of a game of this size, seed version and UTC day: "this week's" board, today's
 * daily caps and the current month all depend on when the game was seeded, so a file is reused on
 * the day it was seeded only.
 */
export function gameSeedCache(options: { members: number; entries: number; now: Date }): GameSeedCache {
  const name = `leaderboard-v${GAME_SEED_VERSION}-${options.members}x${options.entries}-${periodsOf(options.now).day}.db`;
  const path = join(CACHE_DIR, name);
  const marker = `${path}.ready`;
  return {
    path,
    ready: existsSync(path) && existsSync(marker),
    clear() {
      mkdirSync(CACHE_DIR, { recursive: true });
      for (const file of readdirSync(CACHE_DIR)) {
        if (file.startsWith('leaderboard-')) rmSync(join(CACHE_DIR, file), { force: true });
      }
    },
    markReady() {
      writeFileSync(marker, `${new Date().toISOString()}\n`);
    },
  };
}

/** An idempotency key as the live code makes them for each action (ids are fresh UUIDs). */
function keyOf(action: Action, postId: string, random: Random): string {
  switch (action) {
    case 'post.published':
      return `post:${postId}`;
    case 'comment.created':
      return `comment:${random.uuid()}`;
    case 'reaction.received':
      return `reaction:${postId}:${random.uuid()}`;
    case 'answer.accepted':
      return `accepted:${postId}:${random.uuid()}`;
    case 'kudos.received':
      return `kudos:${postId}`;
    case 'quiz.answered':
      return `quiz:${random.uuid()}`;
    case 'poll.voted':
      return `poll:${random.uuid()}`;
    case 'event.attended':
      return `event:${random.uuid()}`;
  }
}

/**
 * A game seeded by an earlier run with `--db=<file>`, read back from the store: members and who
 * opted out, circles and memberships, the season.
 */
export async function readSeededGame(store: SqliteDocumentStore, tenantId: string): Promise<SeededGame> {
  const started = performance.now();
  const all = async <T extends BaseDoc, K extends keyof T & string>(
    definition: ContainerDefinition,
    fields: K[],
  ) => {
    const container = store.container<T>(definition);
    const items: Pick<T, K | 'id'>[] = [];
    let continuation: string | undefined;
    do {
      const page = await container.select(
        { tenantId, pk: tenantId, limit: 1000, ...(continuation ? { continuation } : {}) },
        fields,
      );
      items.push(...page.items);
      continuation = page.continuation;
    } while (continuation);
    return items;
  };
  const members = await all<Member, 'rankingOptOut'>(Containers.members, ['rankingOptOut']);
  const circles = await all<Circle, 'name' | 'visibility' | 'memberCount'>(Containers.circles, [
    'name',
    'visibility',
    'memberCount',
  ]);
  const memberships = await all<Membership, 'circleId' | 'memberId' | 'status'>(Containers.memberships, [
    'circleId',
    'memberId',
    'status',
  ]);
  const circlesOf = new Map<string, string[]>();
  for (const m of memberships) {
    if (m.status !== 'active') continue;
    const list = circlesOf.get(m.memberId);
    if (list) list.push(m.circleId);
    else circlesOf.set(m.memberId, [m.circleId]);
  }
  // The community circle first, as seeded.
  for (const list of circlesOf.values()) {
    list.sort((a, b) => (a === COMMUNITY_CIRCLE ? -1 : b === COMMUNITY_CIRCLE ? 1 : 0));
  }
  const rules = await store
    .container<GameRules>(Containers.community)
    .read({ tenantId, pk: tenantId, id: 'gamification' });
  return {
    tenantId,
    memberIds: members.map((m) => m.id),
    optedOut: new Set(members.filter((m) => m.rankingOptOut === true).map((m) => m.id)),
    circles: circles.map((c) => ({ id: c.id, name: c.name, visibility: c.visibility, size: c.memberCount })),
    circlesOf,
    season: rules?.season.id ?? 'S1',
    counts: {},
    facts: { reused: `yes (read back in ${((performance.now() - started) / 1000).toFixed(1)} s)` },
    seconds: 0,
  };
}
