import type { MemberRepository } from '../members/member-repository';
import type { Clock } from '../shared/clock';
import type { GamificationRepository } from './gamification-repository';

/** One member's place on a board. */
export interface Standing {
  memberId: string;
  points: number;
  /** Competition ranking among the public board: equal points, equal rank (1, 2, 2, 4). */
  rank: number;
}

interface Entry {
  memberId: string;
  points: number;
}

/** Who keeps off public boards in a tenant; `version` moves whenever the set changes. */
interface OptedOut {
  ids: Set<string>;
  version: number;
}

/** Opted-out members' points on one board, for ranks and sizes among the public. */
interface HiddenOnBoard {
  /** The board and opted-out versions these points were taken at. */
  boardVersion: number;
  listVersion: number;
  ids: Set<string>;
  /** Highest first. */
  points: number[];
}

interface Board {
  /** Highest first; equal points by member id, so the order is stable. */
  entries: Entry[];
  byMember: Map<string, Entry>;
  /** The latest `updatedAt` read. */
  watermark: string;
  /** When (this instance's clock) the last completed read started. */
  readAt: string;
  refreshedAt: number;
  /** The read of other instances' changes in flight: concurrent callers wait for the same one. */
  refreshing: Promise<void> | undefined;
  /** Moves with every change of a total. */
  version: number;
  hidden: HiddenOnBoard | undefined;
}

/**
 * An in-memory read model of the score buckets: each board sorted by points, so "top 50 plus my
 * rank and neighbours" is a binary search and a short walk instead of a count over the bucket.
 * Built from the `scores` partition of a bucket on first use, it follows this instance's awards at
 * once (the repository reports every score it writes) and other instances' within `refreshMs`
 * (scores carry `updatedAt`). Members who opted out of public ranking are skipped on public boards;
 * their points on each board are kept apart (sorted), so a rank among the public is two binary
 * searches whatever the number of opted-out members.
 */
export class LeaderboardIndex {
  private readonly boards = new Map<string, Promise<Board>>();
  private readonly optedOut = new Map<string, { at: number; list: Promise<OptedOut> }>();
  /**
   * One copy of each member id for all boards: a member is on a dozen boards, and each read of a
   * board would otherwise hold its own copy of every id (a quarter of a board's memory).
   */
  private readonly memberIds = new Map<string, string>();

  constructor(
    private readonly deps: {
      game: GamificationRepository;
      members: MemberRepository;
      clock: Clock;
      refreshMs: number;
    },
  ) {
    deps.game.onScore((score) => {
      const board = this.boards.get(`${score.tenantId}|${score.bucket}`);
      void board?.then((b) => place(b, score.memberId, score.points)).catch(() => undefined);
    });
  }

  /** The public top `limit` of a bucket. */
  async top(tenantId: string, bucket: string, limit: number): Promise<Standing[]> {
    const [board, hidden] = await Promise.all([this.board(tenantId, bucket), this.hidden(tenantId)]);
    const standings: Standing[] = [];
    let above = 0;
    let previous: Entry | undefined;
    let rank = 0;
    for (const entry of board.entries) {
      if (standings.length >= limit) break;
      if (hidden.ids.has(entry.memberId)) continue;
      above++;
      if (!previous || entry.points !== previous.points) rank = above;
      standings.push({ memberId: entry.memberId, points: entry.points, rank });
      previous = entry;
    }
    return standings;
  }

  /**
   * A member's standing (their rank among the public board, even when they opted out: "you would
   * be 12th") and up to `around` public neighbours on each side.
   */
  async around(
    tenantId: string,
    bucket: string,
    memberId: string,
    around: number,
  ): Promise<{ me: Standing; neighbours: Standing[] }> {
    const [board, list] = await Promise.all([this.board(tenantId, bucket), this.hidden(tenantId)]);
    const hidden = hiddenOn(board, list);
    const mine = board.byMember.get(memberId) ?? { memberId, points: 0 };
    // Public members with strictly more points, plus one.
    const rankOf = (points: number) =>
      firstWithAtMost(board.entries, points) - firstAtMost(hidden.points, points) + 1;
    const me: Standing = { memberId, points: mine.points, rank: rankOf(mine.points) };
    const at = board.byMember.has(memberId) ? positionOf(board.entries, mine) : board.entries.length;
    const neighbours: Standing[] = [];
    for (let i = at - 1; i >= 0 && neighbours.length < around; i--) {
      const e = board.entries[i]!;
      if (!list.ids.has(e.memberId))
        neighbours.unshift({ memberId: e.memberId, points: e.points, rank: rankOf(e.points) });
    }
    let below = 0;
    for (let i = at + 1; i < board.entries.length && below < around; i++) {
      const e = board.entries[i]!;
      if (list.ids.has(e.memberId)) continue;
      neighbours.push({ memberId: e.memberId, points: e.points, rank: rankOf(e.points) });
      below++;
    }
    return { me, neighbours };
  }

  /** How many members are on the public board. */
  async size(tenantId: string, bucket: string): Promise<number> {
    const [board, list] = await Promise.all([this.board(tenantId, bucket), this.hidden(tenantId)]);
    return board.entries.length - hiddenOn(board, list).points.length;
  }

  /** Someone opted in or out of public ranking on this instance: applies at once. */
  async setOptOut(tenantId: string, memberId: string, optOut: boolean): Promise<void> {
    const list = await this.hidden(tenantId);
    if (optOut === list.ids.has(memberId)) return;
    if (optOut) list.ids.add(memberId);
    else list.ids.delete(memberId);
    list.version++;
  }

  /** Forgets every board of a tenant (after a rebuild from the ledger). */
  forget(tenantId: string): void {
    for (const key of this.boards.keys()) if (key.startsWith(`${tenantId}|`)) this.boards.delete(key);
  }

  private async board(tenantId: string, bucket: string): Promise<Board> {
    const key = `${tenantId}|${bucket}`;
    let loading = this.boards.get(key);
    if (!loading) {
      loading = this.load(tenantId, bucket);
      this.boards.set(key, loading);
      loading.catch(() => this.boards.delete(key));
    }
    const board = await loading;
    if (!board.refreshing && this.deps.clock.now().getTime() - board.refreshedAt > this.deps.refreshMs) {
      board.refreshedAt = this.deps.clock.now().getTime();
      board.refreshing = this.read(tenantId, bucket, board).finally(() => {
        board.refreshing = undefined;
      });
    }
    if (board.refreshing) await board.refreshing;
    return board;
  }

  private async load(tenantId: string, bucket: string): Promise<Board> {
    const board: Board = {
      entries: [],
      byMember: new Map(),
      watermark: '',
      readAt: '',
      refreshedAt: this.deps.clock.now().getTime(),
      refreshing: undefined,
      version: 0,
      hidden: undefined,
    };
    await this.read(tenantId, bucket, board, true);
    return board;
  }

  /**
   * Reads the bucket's scores changed since the watermark (all of them the first time), oldest
   * change first. Each page is a new query from the last time read (`since`), which the store
   * answers by seeking in its `updatedAt` index, rather than a continuation, which the embedded
   * store answers by walking the partition from its start again: loading a board of 100,000 was
   * quadratic (20 s). The rows stamped with that last time are read again (placing a total twice is
   * harmless); only a page whose rows all have one time goes on with its continuation.
   */
  private async read(tenantId: string, bucket: string, board: Board, bulk = false): Promise<void> {
    // A little before what was read last: another instance's write stamped slightly earlier (clocks
    // differ; a write lands late) is still read. From the later of the watermark and the start of
    // the last read: after a burst of writes, a quiet board would otherwise read the burst's last
    // 30 s again on every refresh. Placing a total twice is harmless.
    const startedAt = this.deps.clock.now().toISOString();
    const from = board.watermark > board.readAt ? board.watermark : board.readAt;
    let since = from ? before(from, OVERLAP_MS) : undefined;
    let continuation: string | undefined;
    for (;;) {
      const page = await this.deps.game.scoresOf(tenantId, bucket, {
        limit: PAGE_SIZE,
        continuation,
        ...(since ? { since } : {}),
      });
      for (const score of page.items) {
        if (score.updatedAt > board.watermark) board.watermark = score.updatedAt;
        if (bulk) {
          const known = board.byMember.get(score.memberId);
          if (known) known.points = score.points;
          else {
            const entry = { memberId: this.idOf(score.memberId), points: score.points };
            board.byMember.set(entry.memberId, entry);
            board.entries.push(entry);
          }
        } else {
          place(board, score.memberId, score.points);
        }
      }
      const last = page.items[page.items.length - 1];
      if (!page.continuation || !last) break;
      // The continuation belongs to the query it came from: it is used only while `since` stays.
      if (last.updatedAt !== since) {
        since = last.updatedAt;
        continuation = undefined;
      } else continuation = page.continuation;
    }
    if (bulk) {
      board.entries.sort(highestFirst);
      board.version++;
    }
    board.readAt = startedAt;
  }

  private idOf(memberId: string): string {
    const known = this.memberIds.get(memberId);
    if (known !== undefined) return known;
    this.memberIds.set(memberId, memberId);
    return memberId;
  }

  private hidden(tenantId: string): Promise<OptedOut> {
    const now = this.deps.clock.now().getTime();
    const cached = this.optedOut.get(tenantId);
    if (cached && now - cached.at <= this.deps.refreshMs) return cached.list;
    const previous = cached?.list;
    // The same object is kept while the set does not change, so that boards keep what they
    // computed from it (ranks among the public).
    const list = this.deps.members.optedOutOfRanking(tenantId).then(async (ids) => {
      const known = await previous?.catch(() => undefined);
      if (!known) return { ids: new Set(ids), version: 0 };
      if (ids.length !== known.ids.size || ids.some((id) => !known.ids.has(id))) {
        known.ids = new Set(ids);
        known.version++;
      }
      return known;
    });
    this.optedOut.set(tenantId, { at: now, list });
    list.catch(() => this.optedOut.delete(tenantId));
    return list;
  }
}

/** How far before the watermark each refresh reads again. */
const OVERLAP_MS = 30_000;
/** Scores per read (the store's largest page). */
const PAGE_SIZE = 1000;
/** Beyond this many places, a move takes two splices rather than a shift of the entries between. */
const SHIFT_LIMIT = 2000;

function before(iso: string, ms: number): string {
  return new Date(Date.parse(iso) - ms).toISOString();
}

function highestFirst(a: Entry, b: Entry): number {
  return b.points - a.points || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0);
}

/** Index of the first entry with at most `points` (= how many have more). */
function firstWithAtMost(entries: Entry[], points: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (entries[mid]!.points > points) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first value of at most `points` in a list sorted highest first (= how many are higher). */
function firstAtMost(values: number[], points: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! > points) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where an entry sits, or would sit (binary search on the board's own order). */
function positionOf(entries: Entry[], entry: Entry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (highestFirst(entries[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The opted-out members' points on a board, highest first: taken from the board once, then kept
 * up to date by `place` until the opted-out set changes.
 */
function hiddenOn(board: Board, list: OptedOut): HiddenOnBoard {
  const cached = board.hidden;
  if (
    cached &&
    cached.boardVersion === board.version &&
    cached.listVersion === list.version &&
    cached.ids === list.ids
  ) {
    return cached;
  }
  const points: number[] = [];
  if (list.ids.size < board.entries.length) {
    for (const id of list.ids) {
      const entry = board.byMember.get(id);
      if (entry) points.push(entry.points);
    }
  } else {
    for (const entry of board.entries) if (list.ids.has(entry.memberId)) points.push(entry.points);
  }
  points.sort((a, b) => b - a);
  board.hidden = { boardVersion: board.version, listVersion: list.version, ids: list.ids, points };
  return board.hidden;
}

/**
 * Moves (or adds) a member to their place for a new total. A move shifts only the entries between
 * the old and the new place (an award moves a member up a little; removing and inserting would
 * shift the whole tail of a 100,000-entry board twice).
 */
function place(board: Board, memberId: string, points: number): void {
  const { entries } = board;
  const existing = board.byMember.get(memberId);
  if (existing?.points === points) return;
  const hidden = board.hidden?.boardVersion === board.version ? board.hidden : undefined;
  const entry = { memberId: existing?.memberId ?? memberId, points };
  let to = positionOf(entries, entry);
  if (existing) {
    const from = positionOf(entries, existing);
    if (to > from) to--; // the entry's own slot is freed
    if (Math.abs(to - from) > SHIFT_LIMIT) {
      // A long way (a tie of thousands at low totals): the engine's own moves are faster.
      entries.splice(from, 1);
      entries.splice(to, 0, entry);
    } else {
      for (let i = from; i > to; i--) entries[i] = entries[i - 1]!;
      for (let i = from; i < to; i++) entries[i] = entries[i + 1]!;
      entries[to] = entry;
    }
  } else {
    entries.splice(to, 0, entry);
  }
  board.byMember.set(memberId, entry);
  board.version++;
  if (!hidden) return;
  // The opted-out points stay current without taking them from the whole board again.
  if (hidden.ids.has(memberId)) {
    if (existing) hidden.points.splice(firstAtMost(hidden.points, existing.points), 1);
    hidden.points.splice(firstAtMost(hidden.points, points), 0, points);
  }
  hidden.boardVersion = board.version;
}
