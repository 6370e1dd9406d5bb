import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GamificationRepository } from '../../bot/src/domain/gamification/gamification-repository';
import { LeaderboardIndex } from '../../bot/src/domain/gamification/leaderboard-index';
import { MemberRepository } from '../../bot/src/domain/members/member-repository';
import { Containers } from '../../bot/src/domain/shared/containers';
import { pkOf } from '../../bot/src/domain/shared/document-store';
import { SqliteDocumentStore } from '../../bot/src/store/sqlite/sqlite-document-store';
import { FakeClock } from '../support/fake-clock';

const T = 'tenant-1';
const AT = '2026-11-25T09:00:00.000Z';

/** The in-memory leaderboard over a real SQLite file: ranks, ties, opt-outs, other instances' writes. */
describe('LeaderboardIndex', () => {
  let dir: string;
  let store: SqliteDocumentStore;
  let game: GamificationRepository;
  let members: MemberRepository;
  let clock: FakeClock;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-board-'));
    store = SqliteDocumentStore.open(join(dir, 'db.sqlite'));
    game = new GamificationRepository(store);
    members = new MemberRepository(store);
    clock = new FakeClock(AT);
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const index = () => new LeaderboardIndex({ game, members, clock, refreshMs: 5000 });
  const member = (id: string, optOut = false) =>
    members.upsert({
      id,
      pk: T,
      tenantId: T,
      kind: 'member',
      displayName: id,
      roles: [],
      segments: { interests: [] },
      followedTags: [],
      searchName: id,
      joinedAt: AT,
      lastSeenAt: AT,
      source: 'dev',
      ...(optOut ? { rankingOptOut: true as const } : {}),
    });

  it('ranks by points with shared ranks for ties (1, 2, 2, 4) and finds a member’s neighbours', async () => {
    for (const [id, points] of [
      ['a', 50],
      ['b', 40],
      ['c', 40],
      ['d', 10],
      ['e', 5],
    ] as const) {
      await member(id);
      await game.addScore(T, 'all', id, points, AT);
    }
    const board = index();
    expect(await board.top(T, 'all', 3)).toEqual([
      { memberId: 'a', points: 50, rank: 1 },
      { memberId: 'b', points: 40, rank: 2 },
      { memberId: 'c', points: 40, rank: 2 },
    ]);
    const { me, neighbours } = await board.around(T, 'all', 'd', 1);
    expect(me).toEqual({ memberId: 'd', points: 10, rank: 4 });
    expect(neighbours).toEqual([
      { memberId: 'c', points: 40, rank: 2 },
      { memberId: 'e', points: 5, rank: 5 },
    ]);
    // Someone with no points yet stands after everyone.
    expect((await board.around(T, 'all', 'nobody', 1)).me).toEqual({
      memberId: 'nobody',
      points: 0,
      rank: 6,
    });
    expect(await board.size(T, 'all')).toBe(5);
  });

  it('keeps opted-out members off the public board and out of others’ ranks, but tells them where they would be', async () => {
    await member('a');
    await member('shy', true);
    await member('c');
    await game.addScore(T, 'all', 'a', 10, AT);
    await game.addScore(T, 'all', 'shy', 30, AT);
    await game.addScore(T, 'all', 'c', 20, AT);
    const board = index();
    expect((await board.top(T, 'all', 10)).map((s) => s.memberId)).toEqual(['c', 'a']);
    expect((await board.around(T, 'all', 'c', 2)).me.rank).toBe(1);
    expect((await board.around(T, 'all', 'shy', 2)).me).toEqual({ memberId: 'shy', points: 30, rank: 1 });
    expect(await board.size(T, 'all')).toBe(2);
    await board.setOptOut(T, 'shy', false);
    expect((await board.top(T, 'all', 10)).map((s) => s.memberId)).toEqual(['shy', 'c', 'a']);
  });

  it('loads a board of many pages of scores, and refreshes many pages of another instance’s changes', async () => {
    // More than one page (1,000) each time: the pages of one read must all be one query.
    const bucket = 'all';
    store.bulkUpsert(
      Containers.scores,
      Array.from({ length: 2500 }, (_, n) => ({
        id: `m${n}`,
        pk: pkOf(T, bucket),
        tenantId: T,
        kind: 'score' as const,
        memberId: `m${n}`,
        bucket,
        points: n,
        updatedAt: AT,
      })),
    );
    const board = index();
    expect(await board.size(T, bucket)).toBe(2500);
    expect((await board.top(T, bucket, 1))[0]).toEqual({ memberId: 'm2499', points: 2499, rank: 1 });
    const other = new GamificationRepository(store);
    for (let n = 2500; n < 4000; n++) await other.addScore(T, bucket, `m${n}`, n, '2026-11-25T09:00:01.000Z');
    clock.advance(6000);
    expect(await board.size(T, bucket)).toBe(4000);
    expect((await board.around(T, bucket, 'm3000', 1)).me).toEqual({
      memberId: 'm3000',
      points: 3000,
      rank: 1000,
    });
  });

  it('keeps ranks, neighbours and sizes right while totals move up and down and members opt in and out', async () => {
    // Against a plain recomputation from the totals, after every step of a random walk.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const ids = Array.from({ length: 120 }, (_, n) => `m${String(n).padStart(3, '0')}`);
    const shy = new Set(ids.filter(() => next() < 0.1));
    for (const id of ids) await member(id, shy.has(id));
    const totals = new Map<string, number>();
    for (const id of ids.slice(0, 100)) {
      const points = Math.floor(next() * 20); // many ties
      totals.set(id, points);
      await game.addScore(T, 'all', id, points, AT);
    }
    const board = index();
    const expected = (memberId: string) => {
      const all = [...totals].sort(([a, p], [b, q]) => q - p || (a < b ? -1 : 1));
      const rankOf = (points: number) => all.filter(([id, p]) => !shy.has(id) && p > points).length + 1;
      const points = totals.get(memberId) ?? 0;
      const at = totals.has(memberId) ? all.findIndex(([id]) => id === memberId) : all.length;
      const standing = ([id, p]: [string, number]) => ({ memberId: id, points: p, rank: rankOf(p) });
      return {
        top: all
          .filter(([id]) => !shy.has(id))
          .slice(0, 5)
          .map(standing),
        me: { memberId, points, rank: rankOf(points) },
        neighbours: [
          ...all
            .slice(0, at)
            .filter(([id]) => !shy.has(id))
            .slice(-2),
          ...all
            .slice(at + 1)
            .filter(([id]) => !shy.has(id))
            .slice(0, 2),
        ].map(standing),
        size: all.filter(([id]) => !shy.has(id)).length,
      };
    };
    for (let step = 0; step < 300; step++) {
      const id = ids[Math.floor(next() * ids.length)]!;
      if (next() < 0.1) {
        const optOut = !shy.has(id);
        if (optOut) shy.add(id);
        else shy.delete(id);
        await board.setOptOut(T, id, optOut);
      } else {
        const change = Math.floor(next() * 30) - 8; // reversals too
        totals.set(id, (totals.get(id) ?? 0) + change);
        await game.addScore(T, 'all', id, change, AT);
      }
      const probe = ids[Math.floor(next() * ids.length)]!;
      const want = expected(probe);
      expect(await board.top(T, 'all', 5)).toEqual(want.top);
      expect(await board.around(T, 'all', probe, 2)).toEqual({ me: want.me, neighbours: want.neighbours });
      expect(await board.size(T, 'all')).toBe(want.size);
    }
  });

  it('follows this instance’s writes at once, and another instance’s within the refresh interval', async () => {
    await member('a');
    await member('b');
    await game.addScore(T, 'week:2026-W48', 'a', 5, AT);
    const board = index();
    expect((await board.top(T, 'week:2026-W48', 10)).map((s) => [s.memberId, s.points])).toEqual([['a', 5]]);
    await game.addScore(T, 'week:2026-W48', 'b', 8, AT); // through the repository this index listens to
    expect((await board.top(T, 'week:2026-W48', 10)).map((s) => [s.memberId, s.points])).toEqual([
      ['b', 8],
      ['a', 5],
    ]);
    // Another instance: its own repository on the same store, and a write stamped a little earlier
    // than the latest one seen (clocks differ between instances).
    const other = new GamificationRepository(store);
    await other.addScore(T, 'week:2026-W48', 'a', 10, '2026-11-25T08:59:50.000Z');
    expect((await board.around(T, 'week:2026-W48', 'a', 1)).me.points).toBe(5); // not yet
    clock.advance(6000);
    const [top, around] = await Promise.all([
      board.top(T, 'week:2026-W48', 10),
      board.around(T, 'week:2026-W48', 'a', 1),
    ]);
    expect(top.map((s) => [s.memberId, s.points])).toEqual([
      ['a', 15],
      ['b', 8],
    ]);
    // Both concurrent readers saw the refreshed board, not one of them a stale copy.
    expect(around.me).toEqual({ memberId: 'a', points: 15, rank: 1 });
  });
});
