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

interface Board {
  /** Highest first; equal points by member id, so the order is stable. */
  entries: Entry[];
  byMember: Map<string, Entry>;
  watermark: string;
  refreshedAt: number;
  /** The read of other instances' changes in flight: concurrent callers wait for the same one. */
  refreshing: Promise<void> | undefined;
}

/**
 * An in-memory read model of the score buckets: each board sorted by points, so "top 50 plus my
 * rank and neighbours" is a binary search and a short walk instead of a count over the bucket.
 * Built from the `scores` partition of a bucket on first use, it follows this instance's awards at
 * once (the repository reports every score it writes) and other instances' within `refreshMs`
 * (scores carry `updatedAt`). Members who opted out of public ranking are skipped on public boards.
 */
export class LeaderboardIndex {
  private readonly boards = new Map<string, Promise<Board>>();
  private readonly optedOut = new Map<string, { at: number; ids: Promise<Set<string>> }>();

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
      if (hidden.has(entry.memberId)) continue;
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
    const [board, hidden] = await Promise.all([this.board(tenantId, bucket), this.hidden(tenantId)]);
    const mine = board.byMember.get(memberId) ?? { memberId, points: 0 };
    const rankOf = (points: number) => {
      // Public members with strictly more points, plus one.
      let higher = firstWithAtMost(board.entries, points);
      for (const id of hidden) {
        const e = board.byMember.get(id);
        if (e && e.points > points) higher--;
      }
      return higher + 1;
    };
    const me: Standing = { ...mine, rank: rankOf(mine.points) };
    const at = board.byMember.has(memberId) ? positionOf(board.entries, mine) : board.entries.length;
    const neighbours: Standing[] = [];
    for (let i = at - 1; i >= 0 && neighbours.length < around; i--) {
      const e = board.entries[i]!;
      if (!hidden.has(e.memberId)) neighbours.unshift({ ...e, rank: rankOf(e.points) });
    }
    let below = 0;
    for (let i = at + 1; i < board.entries.length && below < around; i++) {
      const e = board.entries[i]!;
      if (hidden.has(e.memberId)) continue;
      neighbours.push({ ...e, rank: rankOf(e.points) });
      below++;
    }
    return { me, neighbours };
  }

  /** How many members are on the public board. */
  async size(tenantId: string, bucket: string): Promise<number> {
    const [board, hidden] = await Promise.all([this.board(tenantId, bucket), this.hidden(tenantId)]);
    let n = board.entries.length;
    for (const id of hidden) if (board.byMember.has(id)) n--;
    return n;
  }

  /** Someone opted in or out of public ranking on this instance: applies at once. */
  async setOptOut(tenantId: string, memberId: string, optOut: boolean): Promise<void> {
    const ids = await this.hidden(tenantId);
    if (optOut) ids.add(memberId);
    else ids.delete(memberId);
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
      refreshedAt: this.deps.clock.now().getTime(),
      refreshing: undefined,
    };
    await this.read(tenantId, bucket, board, true);
    return board;
  }

  /** Reads the bucket's scores changed since the watermark (all of them the first time). */
  private async read(tenantId: string, bucket: string, board: Board, bulk = false): Promise<void> {
    let continuation: string | undefined;
    do {
      const page = await this.deps.game.scoresOf(tenantId, bucket, {
        limit: 1000,
        continuation,
        // A little before the watermark: another instance's write stamped slightly earlier (clocks
        // differ; a write lands late) is still read. Placing a total twice is harmless.
        ...(board.watermark ? { since: before(board.watermark, OVERLAP_MS) } : {}),
      });
      for (const score of page.items) {
        if (score.updatedAt > board.watermark) board.watermark = score.updatedAt;
        if (bulk) {
          const entry = { memberId: score.memberId, points: score.points };
          board.byMember.set(entry.memberId, entry);
          board.entries.push(entry);
        } else {
          place(board, score.memberId, score.points);
        }
      }
      continuation = page.continuation;
    } while (continuation);
    if (bulk) board.entries.sort(highestFirst);
  }

  private hidden(tenantId: string): Promise<Set<string>> {
    const now = this.deps.clock.now().getTime();
    const cached = this.optedOut.get(tenantId);
    if (cached && now - cached.at <= this.deps.refreshMs) return cached.ids;
    const ids = this.deps.members.optedOutOfRanking(tenantId).then((list) => new Set(list));
    this.optedOut.set(tenantId, { at: now, ids });
    ids.catch(() => this.optedOut.delete(tenantId));
    return ids;
  }
}

/** How far before the watermark each refresh reads again. */
const OVERLAP_MS = 30_000;

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

/** Where an entry sits (binary search on the board's own order). */
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

/** Moves (or adds) a member to their place for a new total. */
function place(board: Board, memberId: string, points: number): void {
  const existing = board.byMember.get(memberId);
  if (existing) {
    if (existing.points === points) return;
    board.entries.splice(positionOf(board.entries, existing), 1);
  }
  const entry = { memberId, points };
  board.byMember.set(memberId, entry);
  let low = 0;
  let high = board.entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (highestFirst(board.entries[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  board.entries.splice(low, 0, entry);
}
