import { randomUUID } from 'node:crypto';
import { Containers } from '../../bot/src/domain/shared/containers';
import { pkOf } from '../../bot/src/domain/shared/document-store';
import { asMember, type MemberClient } from '../support/api-client';
import { FakeClock } from '../support/fake-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const CAMILLE = 'c0ffee00-0000-4000-8000-0000000000a1'; // the demo admin
const TENANT = 'c0ffee00-0000-4000-8000-000000000001';
const DAY = 86_400_000;

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
interface Progress {
  points: number;
  balance: number;
  level: { index: number; name: { en?: string }; next: { threshold: number } | null; progress: number };
  badges: { id: string; celebrated: boolean; earnedAt: string }[];
  nextBadges: { badge: { id: string }; current: number; progress: number }[];
  streak: { current: number; best: number; thisWeek: boolean };
  history: {
    items: { id: string; action: string; points: number; capped: boolean; source: string }[];
    continuation?: string;
  };
  rankingOptOut: boolean;
  season: { id: string };
}
interface Board {
  period: string;
  season: { id: string };
  circle: { id: string; name: string } | null;
  top: { rank: number; points: number; member: { id: string } }[];
  me: { rank: number; points: number; optedOut: boolean };
  neighbours: { rank: number; points: number; member: { id: string } }[];
  participants: number;
}
interface Reward {
  id: string;
  cost: number;
  stock: number | null;
  mine: number;
  etag: string;
  active: boolean;
}
interface Redemption {
  id: string;
  status: string;
  cost: number;
  reward: { id: string };
  member: { id: string };
}

describe('Gamification over HTTP: ledger, caps, badges, boards, kudos and rewards', () => {
  let t: TestApp;
  let clock: FakeClock;
  let admin: MemberClient;

  /** A new member who has accepted the charter (a clean slate: no demo points). */
  const newcomer = async (name = 'newcomer'): Promise<MemberClient> => {
    const m = asMember(t, `${name}-${randomUUID().slice(0, 8)}`);
    await m.get('/api/v1/me');
    expect((await m.put('/api/v1/charter/acknowledgement', { version: 1 })).status).toBe(200);
    return m;
  };
  const progressOf = async (m: MemberClient) => {
    const res = await m.get<Progress>('/api/v1/me/progress');
    expect(res.status).toBe(200);
    return res.body;
  };
  const publish = async (m: MemberClient, overrides: Record<string, unknown> = {}) => {
    const res = await m.post<{ id: string }>('/api/v1/posts', {
      circleId: 'community',
      type: 'article',
      title: `Notes ${randomUUID().slice(0, 6)}`,
      body: 'Something worth sharing.',
      ...overrides,
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const board = async (m: MemberClient, query = 'period=week') => {
    const res = await m.get<Board>(`/api/v1/leaderboard?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** Gives a member spendable points (kudos would be slow; the ledger is the way points come). */
  const grant = async (m: MemberClient, points: number) => {
    const game = t.app.services.gamification;
    for (let n = 0; n < points / 15; n++) {
      await game.award({
        tenantId: TENANT,
        memberId: m.id,
        actorId: CAMILLE,
        action: 'answer.accepted',
        key: `test-grant:${m.id}:${n}:${randomUUID()}`,
        source: 'test:grant',
      });
      clock.advance(DAY); // the daily cap of accepted answers is 5
    }
  };

  beforeAll(async () => {
    clock = new FakeClock('2026-11-25T09:00:00.000Z'); // a Wednesday
    t = await startTestApp({ clock });
    admin = asMember(t, CAMILLE);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('the ledger', () => {
    it('pays a post once, shows it in the history, and takes it back when the post is deleted', async () => {
      const m = await newcomer();
      const postId = await publish(m);
      const after = await progressOf(m);
      expect(after.points).toBe(5);
      expect(after.balance).toBe(5);
      expect(after.history.items[0]).toMatchObject({
        action: 'post.published',
        points: 5,
        capped: false,
        source: `post:${postId}`,
      });
      clock.advance(60_000);
      expect((await m.del(`/api/v1/posts/${postId}`)).status).toBe(204);
      const deleted = await progressOf(m);
      expect(deleted.points).toBe(0);
      expect(deleted.history.items[0]).toMatchObject({ action: 'reversal', points: -5 });
      // The week's board follows the ledger too.
      expect((await board(m)).me.points).toBe(0);
    });

    it('pays the same award once when it arrives 100 times at once (retries, double clicks)', async () => {
      const m = await newcomer();
      const game = t.app.services.gamification;
      const key = `retry:${randomUUID()}`;
      const outcomes = await Promise.all(
        Array.from({ length: 100 }, () =>
          game.award({ tenantId: TENANT, memberId: m.id, action: 'comment.created', key, source: 'post:x' }),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'paid')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(99);
      const progress = await progressOf(m);
      expect(progress.points).toBe(2);
      expect(progress.history.items).toHaveLength(1);
      expect((await board(m, 'period=all')).me.points).toBe(2);
      // A duplicate never used up the day's cap (10 comments): nine more still pay.
      for (let n = 0; n < 9; n++) {
        await game.award({
          tenantId: TENANT,
          memberId: m.id,
          action: 'comment.created',
          key: `c:${m.id}:${n}`,
          source: 'post:x',
        });
      }
      expect((await progressOf(m)).points).toBe(20);
    });

    it('stops paying an action at its daily cap (still recorded), and pays again the next day', async () => {
      const m = await newcomer();
      for (let n = 0; n < 4; n++) await publish(m);
      const progress = await progressOf(m);
      expect(progress.points).toBe(15); // 3 × 5: the default cap is 3 posts a day
      const posts = progress.history.items.filter((e) => e.action === 'post.published');
      expect(posts).toHaveLength(4);
      expect(posts.filter((e) => e.capped)).toHaveLength(1);
      expect(posts.find((e) => e.capped)?.points).toBe(0);
      clock.advance(DAY);
      await publish(m);
      expect((await progressOf(m)).points).toBe(20);
    });

    it('pays nothing for applauding yourself: reacting to your own post, accepting your own answer', async () => {
      const asker = await newcomer('asker');
      const questionId = await publish(asker, { type: 'question', title: 'How do you version datasets?' });
      const before = (await progressOf(asker)).points;
      expect((await asker.put(`/api/v1/posts/${questionId}/reaction`, { reaction: 'like' })).status).toBe(
        200,
      );
      const own = await asker.post<{ id: string }>(`/api/v1/posts/${questionId}/comments`, {
        body: 'Answering myself.',
      });
      expect(
        (await asker.put(`/api/v1/posts/${questionId}/accepted-answer`, { commentId: own.body.id })).status,
      ).toBe(200);
      const after = await progressOf(asker);
      // Only the comment itself (2 points) counts; the reaction and the acceptance pay nothing.
      expect(after.points - before).toBe(2);
      expect(after.history.items.map((e) => e.action)).not.toContain('reaction.received');
      expect(after.history.items.map((e) => e.action)).not.toContain('answer.accepted');
    });

    it('pays more for quality: a reaction from someone else pays once, an accepted answer pays 15', async () => {
      const asker = await newcomer('asker');
      const helper = await newcomer('helper');
      const questionId = await publish(asker, { type: 'question', title: 'Which feature store?' });
      const base = (await progressOf(asker)).points;
      await helper.put(`/api/v1/posts/${questionId}/reaction`, { reaction: 'insightful' });
      await helper.put(`/api/v1/posts/${questionId}/reaction`, { reaction: null });
      await helper.put(`/api/v1/posts/${questionId}/reaction`, { reaction: 'like' });
      expect((await progressOf(asker)).points - base).toBe(1); // reacting again pays nothing more
      const answer = await helper.post<{ id: string }>(`/api/v1/posts/${questionId}/comments`, {
        body: 'A managed one.',
      });
      await asker.put(`/api/v1/posts/${questionId}/accepted-answer`, { commentId: answer.body.id });
      const helped = await progressOf(helper);
      expect(helped.points).toBe(2 + 15);
      expect(helped.badges.map((b) => b.id)).toContain('first-answer');
    });
  });

  describe('levels, badges and streaks', () => {
    it('awards the first-post badge once, to celebrate once, and shows progress to the next level', async () => {
      const m = await newcomer();
      await publish(m);
      await publish(m);
      const progress = await progressOf(m);
      expect(progress.badges.filter((b) => b.id === 'first-post')).toEqual([
        expect.objectContaining({ id: 'first-post', celebrated: false }),
      ]);
      expect(progress.level).toMatchObject({
        index: 0,
        name: { en: 'Newcomer' },
        next: { threshold: 50 },
        progress: 0.2,
      });
      expect((await m.post('/api/v1/me/badges/celebrated', { badgeIds: ['first-post'] })).status).toBe(204);
      expect((await progressOf(m)).badges.find((b) => b.id === 'first-post')?.celebrated).toBe(true);
    });

    it('lists earned badges in the stats so that awards skip them; stats from before the list get it on the next award', async () => {
      const m = await newcomer();
      await publish(m);
      const progress = t.app.store.container<{
        id: string;
        pk: string;
        tenantId: string;
        kind: string;
        badges?: string[];
      }>(Containers.progress);
      const key = { tenantId: TENANT, pk: pkOf(TENANT, m.id), id: 'stats' };
      expect((await progress.read(key))?.badges).toEqual(['first-post']);
      // Stats written before the list existed: the badge is found again, not earned twice.
      await progress.patch(key, [{ op: 'remove', path: 'badges' }]);
      await publish(m);
      expect((await progress.read(key))?.badges).toEqual(['first-post']);
      expect((await progressOf(m)).badges.filter((b) => b.id === 'first-post')).toHaveLength(1);
    });

    it('counts weekly streaks: consecutive weeks grow it, a missed week starts again', async () => {
      const m = await newcomer();
      const game = t.app.services.gamification;
      const at = clock.now().getTime();
      const comment = (n: number) =>
        game.award({
          tenantId: TENANT,
          memberId: m.id,
          action: 'comment.created',
          key: `streak:${m.id}:${n}`,
          source: 'post:x',
        });
      for (let week = 0; week < 5; week++) {
        await comment(week);
        clock.advance(7 * DAY);
      }
      clock.advance(-7 * DAY);
      let progress = await progressOf(m);
      expect(progress.streak).toEqual({ current: 5, best: 5, thisWeek: true });
      expect(progress.badges.map((b) => b.id)).toContain('streak-5');
      clock.advance(14 * DAY); // a week without taking part
      await comment(99);
      progress = await progressOf(m);
      expect(progress.streak).toEqual({ current: 1, best: 5, thisWeek: true });
      expect(clock.now().getTime()).toBeGreaterThan(at); // later tests go on from here: time never goes back
    });
  });

  describe('leaderboards', () => {
    it('ranks the top with shared ranks for ties, my rank and my neighbours; circles have their own boards', async () => {
      const a = await newcomer('a');
      const b = await newcomer('b');
      const c = await newcomer('c');
      clock.advance(7 * DAY); // a fresh week, so this board holds only these three
      await publish(a);
      await publish(a);
      await publish(b);
      await publish(b);
      await publish(c);
      const week = await board(c);
      expect(week.top.slice(0, 3).map((s) => [s.member.id, s.rank, s.points])).toEqual([
        [a.id < b.id ? a.id : b.id, 1, 10],
        [a.id < b.id ? b.id : a.id, 1, 10],
        [c.id, 3, 5],
      ]);
      expect(week.me).toEqual({ rank: 3, points: 5, optedOut: false });
      expect(week.neighbours.map((s) => s.member.id).sort()).toEqual([a.id, b.id].sort());
      const circle = await board(c, 'period=week&circleId=community');
      expect(circle.circle).toMatchObject({ id: 'community' });
      expect(circle.me.points).toBe(5);
    });

    it('keeps members who opt out off public boards, but shows them their own rank and progress', async () => {
      const shy = await newcomer('shy');
      const other = await newcomer('other');
      clock.advance(7 * DAY);
      await publish(shy);
      await publish(shy);
      await publish(other);
      expect((await board(other)).top.map((s) => s.member.id)).toContain(shy.id);
      expect((await shy.put('/api/v1/me/ranking', { optOut: true })).body).toEqual({ optOut: true });
      const seenByOther = await board(other);
      expect(seenByOther.top.map((s) => s.member.id)).not.toContain(shy.id);
      expect(seenByOther.me.rank).toBe(1); // the shy one no longer counts above them
      const seenByShy = await board(shy);
      expect(seenByShy.top.map((s) => s.member.id)).not.toContain(shy.id);
      expect(seenByShy.me).toEqual({ rank: 1, points: 10, optedOut: true });
      const progress = await progressOf(shy);
      expect(progress).toMatchObject({ points: 10, rankingOptOut: true });
      await shy.put('/api/v1/me/ranking', { optOut: false });
      expect((await board(other)).top.map((s) => s.member.id)).toContain(shy.id);
    });

    it('refuses the board of a circle the member cannot read, and bad periods', async () => {
      const m = await newcomer();
      const secret = await m.get<ErrorBody>('/api/v1/leaderboard?period=week&circleId=data-leaders');
      expect(secret.status).toBe(404);
      const bad = await m.get<ErrorBody>('/api/v1/leaderboard?period=decade');
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('REQUEST.INVALID');
    });

    it('starts a new season: season ranks restart, all-time ranks, balances and the ledger stay', async () => {
      const m = await newcomer();
      await publish(m);
      const before = await progressOf(m);
      expect((await board(m, 'period=season')).me.points).toBe(5);
      const member = await m.post<ErrorBody>('/api/v1/game/seasons', { name: { en: 'Spring' } });
      expect(member.status).toBe(403);
      const season = await admin.post<{ season: { id: string; name: { en: string } } }>(
        '/api/v1/game/seasons',
        {
          name: { en: 'Season 2', fr: 'Saison 2' },
        },
      );
      expect(season.status).toBe(201);
      expect(season.body.season).toMatchObject({ id: 'S2', name: { en: 'Season 2' } });
      const fresh = await board(m, 'period=season');
      expect(fresh.season.id).toBe('S2');
      expect(fresh.me.points).toBe(0);
      expect(fresh.top).toEqual([]);
      expect((await board(m, 'period=all')).me.points).toBe(5);
      const after = await progressOf(m);
      expect(after).toMatchObject({ points: before.points, balance: before.balance, season: { id: 'S2' } });
      expect(after.history.items).toEqual(before.history.items);
      await publish(m);
      expect((await board(m, 'period=season')).me.points).toBe(5);
    });
  });

  describe('kudos', () => {
    it('thanks a member for a charter value: a feed post, points for the receiver, one less in the allowance', async () => {
      const giver = await newcomer('giver');
      const receiver = await newcomer('receiver');
      const info = await giver.get<{
        values: { en?: string }[];
        allowance: { remaining: number; perWeek: number };
      }>('/api/v1/kudos');
      expect(info.body.values.map((v) => v.en)).toContain('Credit generously');
      expect(info.body.allowance).toMatchObject({ remaining: 5, perWeek: 5 });
      const res = await giver.post<{
        id: string;
        type: string;
        kudos: { to: { id: string }; value: string };
      }>('/api/v1/kudos', {
        toId: receiver.id,
        value: 'reconnaître généreusement', // the French title works too, case and accents aside
        message: 'Thanks for the review!',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        type: 'kudos',
        kudos: { to: { id: receiver.id }, value: 'Credit generously' },
      });
      expect((await progressOf(receiver)).points).toBe(8);
      expect((await progressOf(giver)).points).toBe(0);
      const after = await giver.get<{ allowance: { remaining: number }; recent: { id: string }[] }>(
        '/api/v1/kudos',
      );
      expect(after.body.allowance.remaining).toBe(4);
      expect(after.body.recent[0]?.id).toBe(res.body.id);
      // Whoever reads it, in the feed or on its own page, and after an edit, sees whom it thanks.
      const feed = await receiver.get<{ items: { post: { id: string; kudos?: { to: { id: string } } } }[] }>(
        '/api/v1/feed',
      );
      expect(feed.body.items.find((i) => i.post.id === res.body.id)?.post.kudos?.to.id).toBe(receiver.id);
      const edited = await giver.patch<{ kudos?: { to: { id: string }; value: string } }>(
        `/api/v1/posts/${res.body.id}`,
        { body: 'Thanks for the careful review!' },
      );
      expect(edited.status).toBe(200);
      expect(edited.body.kudos).toMatchObject({ to: { id: receiver.id }, value: 'Credit generously' });
      const page = await receiver.get<{ kudos?: { to: { id: string } } }>(`/api/v1/posts/${res.body.id}`);
      expect(page.body.kudos?.to.id).toBe(receiver.id);
      // Deleting it takes the receiver's points back.
      expect((await giver.del(`/api/v1/posts/${res.body.id}`)).status).toBe(204);
      expect((await progressOf(receiver)).points).toBe(0);
    });

    it('refuses kudos to yourself, unknown values, and beyond the weekly allowance until next week', async () => {
      const giver = await newcomer('giver');
      const receiver = await newcomer('receiver');
      const self = await giver.post<ErrorBody>('/api/v1/kudos', {
        toId: giver.id,
        value: 'Share early',
        message: 'Me!',
      });
      expect(self.status).toBe(400);
      expect(self.body.error.code).toBe('KUDOS.SELF');
      const value = await giver.post<ErrorBody>('/api/v1/kudos', {
        toId: receiver.id,
        value: 'Speed',
        message: 'Hi',
      });
      expect(value.body.error.code).toBe('KUDOS.UNKNOWN_VALUE');
      const nobody = await giver.post<ErrorBody>('/api/v1/kudos', {
        toId: 'nobody-here',
        value: 'Share early',
        message: 'Hi',
      });
      expect(nobody.status).toBe(404);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          giver.post<ErrorBody>('/api/v1/kudos', {
            toId: receiver.id,
            value: 'Share early',
            message: `Thanks #${n}`,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(5);
      const refused = results.filter((r) => r.status === 429);
      expect(refused).toHaveLength(3);
      expect(refused[0]!.body.error).toMatchObject({
        code: 'KUDOS.ALLOWANCE_REACHED',
        details: { perWeek: 5 },
      });
      // The receiver is paid at most the daily cap of kudos (5 × 8 points).
      expect((await progressOf(receiver)).points).toBe(40);
      clock.advance(7 * DAY);
      expect(
        (await giver.get<{ allowance: { remaining: number } }>('/api/v1/kudos')).body.allowance.remaining,
      ).toBe(5);
    });
  });

  describe('rewards', () => {
    const createReward = async (overrides: Record<string, unknown> = {}) => {
      const res = await admin.post<Reward>('/api/v1/rewards', {
        name: { en: `Reward ${randomUUID().slice(0, 4)}` },
        description: { en: 'Nice.' },
        type: 'object',
        cost: 30,
        stock: 10,
        perMemberLimit: 3,
        ...overrides,
      });
      expect(res.status).toBe(201);
      return res.body;
    };
    const redeem = (m: MemberClient, rewardId: string, requestKey: string = randomUUID()) =>
      m.post<Redemption & ErrorBody>(`/api/v1/rewards/${rewardId}/redemptions`, { requestKey });

    it('lets only admins manage the catalogue, and validates what they write', async () => {
      const m = await newcomer();
      const refused = await m.post<ErrorBody>('/api/v1/rewards', {
        name: { en: 'X' },
        description: { en: 'Y' },
        type: 'object',
        cost: 1,
        stock: null,
        perMemberLimit: 1,
      });
      expect(refused.status).toBe(403);
      const invalid = await admin.post<ErrorBody>('/api/v1/rewards', {
        name: {},
        description: { en: 'Y' },
        type: 'circle',
        cost: -1,
        stock: null,
        perMemberLimit: 0,
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.code).toBe('REQUEST.INVALID');
      expect(JSON.stringify(invalid.body.error.details)).toMatch(/cost/);
      expect((await m.get<ErrorBody>('/api/v1/rewards?all=true')).status).toBe(403);
    });

    it('spends points on a reward; the same request key twice redeems once; cancelling gives everything back', async () => {
      const m = await newcomer();
      await grant(m, 60);
      const reward = await createReward({ cost: 30, stock: 5 });
      const balance = (await progressOf(m)).balance;
      const key = randomUUID();
      const clicks = await Promise.all(Array.from({ length: 10 }, () => redeem(m, reward.id, key)));
      expect(new Set(clicks.map((r) => r.body.id)).size).toBe(1);
      expect(clicks.every((r) => r.status === 201)).toBe(true);
      expect((await progressOf(m)).balance).toBe(balance - 30);
      const catalogue = await m.get<{ items: Reward[]; balance: number }>('/api/v1/rewards');
      expect(catalogue.body.balance).toBe(balance - 30);
      expect(catalogue.body.items.find((r) => r.id === reward.id)).toMatchObject({ stock: 4, mine: 1 });
      const mine = await m.get<{ items: Redemption[] }>('/api/v1/me/redemptions');
      expect(mine.body.items).toEqual([
        expect.objectContaining({ id: clicks[0]!.body.id, status: 'requested', cost: 30 }),
      ]);
      const cancelled = await m.post<Redemption>(`/api/v1/redemptions/${clicks[0]!.body.id}/cancel`);
      expect(cancelled.body.status).toBe('cancelled');
      expect((await progressOf(m)).balance).toBe(balance);
      const again = await m.get<{ items: Reward[] }>('/api/v1/rewards');
      expect(again.body.items.find((r) => r.id === reward.id)).toMatchObject({ stock: 5, mine: 0 });
      // Cancelling twice changes nothing more.
      await m.post(`/api/v1/redemptions/${clicks[0]!.body.id}/cancel`);
      expect((await progressOf(m)).balance).toBe(balance);
    });

    it('the last item: two members redeem it at once, one wins, the other is told, nobody pays for nothing', async () => {
      for (let round = 0; round < 5; round++) {
        const [x, y] = [await newcomer('x'), await newcomer('y')];
        await grant(x, 45);
        await grant(y, 45);
        const reward = await createReward({ cost: 40, stock: 1, perMemberLimit: 1 });
        const [bx, by] = [(await progressOf(x)).balance, (await progressOf(y)).balance];
        const [rx, ry] = await Promise.all([redeem(x, reward.id), redeem(y, reward.id)]);
        const statuses = [rx.status, ry.status].sort();
        expect(statuses).toEqual([201, 409]);
        const loser = rx.status === 409 ? rx : ry;
        expect(loser.body.error.code).toBe('REWARD.OUT_OF_STOCK');
        expect(loser.body.error.message).toMatch(/out of stock/);
        const [ax, ay] = [(await progressOf(x)).balance, (await progressOf(y)).balance];
        expect(ax + ay).toBe(bx + by - 40);
        expect(Math.min(ax, ay)).toBeGreaterThanOrEqual(0);
        const after = await x.get<{ items: Reward[] }>('/api/v1/rewards');
        expect(after.body.items.find((r) => r.id === reward.id)?.stock).toBe(0);
      }
    });

    it('never lets a balance go negative: two rewards at once with points for one', async () => {
      const m = await newcomer();
      await grant(m, 45);
      const balance = (await progressOf(m)).balance;
      expect(balance).toBe(45);
      const [one, two] = [await createReward({ cost: 40 }), await createReward({ cost: 40 })];
      const results = await Promise.all([redeem(m, one.id), redeem(m, two.id)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const refused = results.find((r) => r.status === 409)!;
      expect(refused.body.error).toMatchObject({
        code: 'REWARD.NOT_ENOUGH_POINTS',
        details: { balance: 5, cost: 40 },
      });
      expect((await progressOf(m)).balance).toBe(5);
      // The refused reward's stock and the member's slot were given back.
      const catalogue = await m.get<{ items: Reward[] }>('/api/v1/rewards');
      const refusedId = results[0].status === 409 ? one.id : two.id;
      expect(catalogue.body.items.find((r) => r.id === refusedId)).toMatchObject({ stock: 10, mine: 0 });
    });

    it('enforces the per-member limit, hides inactive rewards, and lets admins fulfil requests', async () => {
      const m = await newcomer();
      await grant(m, 90);
      const reward = await createReward({ cost: 10, perMemberLimit: 2 });
      expect((await redeem(m, reward.id)).status).toBe(201);
      expect((await redeem(m, reward.id)).status).toBe(201);
      const third = await redeem(m, reward.id);
      expect(third.status).toBe(409);
      expect(third.body.error).toMatchObject({ code: 'REWARD.LIMIT_REACHED', details: { limit: 2 } });
      const requests = await admin.get<{ items: Redemption[] }>('/api/v1/redemptions?status=requested');
      const request = requests.body.items.find((r) => r.member.id === m.id && r.reward.id === reward.id)!;
      expect(request).toBeDefined();
      expect((await m.post<ErrorBody>(`/api/v1/redemptions/${request.id}/fulfil`)).status).toBe(403);
      const done = await admin.post<Redemption>(`/api/v1/redemptions/${request.id}/fulfil`);
      expect(done.body.status).toBe('fulfilled');
      const late = await m.post<ErrorBody>(`/api/v1/redemptions/${request.id}/cancel`);
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('REDEMPTION.BAD_STATE');
      // Someone else's redemption is not found for a member.
      const other = await newcomer();
      expect((await other.post<ErrorBody>(`/api/v1/redemptions/${request.id}/cancel`)).status).toBe(404);
      // Withdrawn rewards leave the members' catalogue and cannot be redeemed. (The admin edits the
      // current version: redemptions changed the stock since the reward was created.)
      const current = (await admin.get<{ items: Reward[] }>('/api/v1/rewards?all=true')).body.items.find(
        (r) => r.id === reward.id,
      )!;
      expect(current.stock).toBe(8);
      const edited = await admin.put<Reward>(`/api/v1/rewards/${reward.id}`, {
        name: { en: 'Old reward' },
        description: { en: 'Gone.' },
        type: 'object',
        cost: 10,
        stock: 10,
        perMemberLimit: 2,
        active: false,
        etag: current.etag,
      });
      expect(edited.status).toBe(200);
      expect((await m.get<{ items: Reward[] }>('/api/v1/rewards')).body.items.map((r) => r.id)).not.toContain(
        reward.id,
      );
      expect(
        (await admin.get<{ items: Reward[] }>('/api/v1/rewards?all=true')).body.items.map((r) => r.id),
      ).toContain(reward.id);
      expect((await redeem(other, reward.id)).body.error.code).toBe('REWARD.UNAVAILABLE');
      // An edit from a stale copy is refused rather than overwriting.
      const stale = await admin.put<ErrorBody>(`/api/v1/rewards/${reward.id}`, {
        name: { en: 'Stale' },
        description: { en: 'x' },
        type: 'object',
        cost: 1,
        stock: null,
        perMemberLimit: 1,
        etag: reward.etag,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('REWARD.CHANGED');
    });

    it('opens an exclusive circle: redeeming a circle reward makes the member a member of it', async () => {
      const m = await newcomer();
      await grant(m, 30);
      expect((await m.get('/api/v1/circles/data-leaders')).status).toBe(404);
      const reward = await createReward({
        type: 'circle',
        circleId: 'data-leaders',
        cost: 20,
        stock: null,
        perMemberLimit: 1,
      });
      const res = await redeem(m, reward.id);
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('fulfilled');
      const circle = await m.get<{ myStatus: string }>('/api/v1/circles/data-leaders');
      expect(circle.status).toBe(200);
      expect(circle.body.myStatus).toBe('active');
    });

    it('refuses malformed request keys and unknown rewards', async () => {
      const m = await newcomer();
      const bad = await m.post<ErrorBody>('/api/v1/rewards/reward-mug/redemptions', { requestKey: 'x' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('REQUEST.INVALID');
      const unknown = await redeem(m, 'no-such-reward');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('REWARD.NOT_FOUND');
      const poor = await redeem(m, 'reward-conference');
      expect(poor.body.error).toMatchObject({
        code: 'REWARD.NOT_ENOUGH_POINTS',
        details: { balance: 0, cost: 800 },
      });
      const fr = await asMember(t, m.id, 'fr').post<ErrorBody>(
        '/api/v1/rewards/reward-conference/redemptions',
        {
          requestKey: randomUUID(),
        },
      );
      expect(fr.body.error.message).toBe(
        'Cette récompense coûte 800 points et vous en avez 0. Continuez à contribuer !',
      );
    });
  });

  describe('rules and the rebuild', () => {
    it('lets admins change points, caps, levels and badges; refuses levels that do not rise', async () => {
      const m = await newcomer();
      expect((await m.put<ErrorBody>('/api/v1/game/rules', { kudosPerWeek: 9 })).status).toBe(403);
      const bad = await admin.put<ErrorBody>('/api/v1/game/rules', {
        levels: [
          { threshold: 0, name: { en: 'A' } },
          { threshold: 0, name: { en: 'B' } },
        ],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('GAME.BAD_LEVELS');
      const ok = await admin.put<{
        actions: Record<string, { points: number; dailyCap: number }>;
        kudosPerWeek: number;
      }>('/api/v1/game/rules', {
        actions: { 'comment.created': { points: 4, dailyCap: 2 } },
        kudosPerWeek: 6,
      });
      expect(ok.status).toBe(200);
      expect(ok.body.actions['comment.created']).toEqual({ points: 4, dailyCap: 2 });
      expect(ok.body.actions['post.published']).toEqual({ points: 5, dailyCap: 3 });
      expect(ok.body.kudosPerWeek).toBe(6);
      const postId = await publish(m);
      for (let n = 0; n < 3; n++) await m.post(`/api/v1/posts/${postId}/comments`, { body: `Comment ${n}` });
      expect((await progressOf(m)).points).toBe(5 + 4 + 4);
      await admin.put('/api/v1/game/rules', {
        actions: { 'comment.created': { points: 2, dailyCap: 10 } },
        kudosPerWeek: 5,
      });
    });

    it('rebuilds balances and boards from the ledger: equal to the live ones, and repairs a damaged total', async () => {
      const check = await admin.post<{ scores: number; mismatchCount: number; mismatches: string[] }>(
        '/api/v1/game/rebuild',
        {
          write: false,
        },
      );
      expect(check.status).toBe(200);
      expect(check.body.scores).toBeGreaterThan(100);
      expect(check.body.mismatches).toEqual([]);
      // Damage one total behind the service's back, as a crash between an entry and its totals would.
      const m = await newcomer();
      await publish(m);
      const scores = t.app.store.container<{ id: string; pk: string; tenantId: string; points: number }>(
        Containers.scores,
      );
      const key = { tenantId: TENANT, pk: pkOf(TENANT, 'all'), id: m.id };
      await scores.patch(key, [{ op: 'set', path: 'points', value: 500 }]);
      const damaged = await admin.post<{ mismatchCount: number; mismatches: string[] }>(
        '/api/v1/game/rebuild',
        { write: false },
      );
      expect(damaged.body.mismatchCount).toBe(1);
      expect(damaged.body.mismatches[0]).toContain(m.id);
      const repaired = await admin.post<{ repaired: boolean }>('/api/v1/game/rebuild', { write: true });
      expect(repaired.body.repaired).toBe(true);
      expect((await scores.read(key))?.points).toBe(5);
      expect((await board(m, 'period=all')).me.points).toBe(5);
      const clean = await admin.post<{ mismatchCount: number }>('/api/v1/game/rebuild', { write: false });
      expect(clean.body.mismatchCount).toBe(0);
      expect((await m.post<ErrorBody>('/api/v1/game/rebuild', { write: false })).status).toBe(403);
    });
  });
});
