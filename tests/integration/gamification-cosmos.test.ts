import { randomUUID } from 'node:crypto';
import { allContainers } from '../../bot/src/domain/shared/containers';
import { CosmosDocumentStore } from '../../bot/src/store/cosmos/cosmos-document-store';
import { asMember, type MemberClient } from '../support/api-client';
import { startCosmosEmulator, type CosmosEmulator } from '../support/cosmos-emulator';
import { FakeClock } from '../support/fake-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const TENANT = 'c0ffee00-0000-4000-8000-000000000001';
const CAMILLE = 'c0ffee00-0000-4000-8000-0000000000a1';

interface ErrorBody {
  error: { code: string };
}

/**
 * Two server instances on one Cosmos DB (the real SDK over HTTP, the in-process emulator): what
 * must hold when Teams retries a delivery to another instance, or two members click at once on
 * different instances.
 */
describe('Gamification on Cosmos DB with two server instances', () => {
  let emulator: CosmosEmulator;
  let clock: FakeClock;
  let one: TestApp;
  let two: TestApp;

  const connect = () =>
    CosmosDocumentStore.connect({
      client: emulator.client(),
      databaseId: 'guildhall-game',
      containers: allContainers,
    });

  beforeAll(async () => {
    emulator = await startCosmosEmulator();
    clock = new FakeClock('2026-11-25T09:00:00.000Z');
    one = await startTestApp({ store: await connect(), clock });
    two = await startTestApp({ store: await connect(), clock, env: { SEED_DEMO: 'false' } });
  });

  afterAll(async () => {
    await one.close();
    await two.close();
    await emulator.stop();
  });

  const newcomer = async (): Promise<[MemberClient, MemberClient]> => {
    const id = `cosmos-${randomUUID().slice(0, 8)}`;
    const [a, b] = [asMember(one, id), asMember(two, id)];
    await a.get('/api/v1/me');
    await a.put('/api/v1/charter/acknowledgement', { version: 1 });
    return [a, b];
  };
  const points = async (m: MemberClient) =>
    (await m.get<{ points: number; balance: number }>('/api/v1/me/progress')).body;

  it('pays an award once when both instances receive it 50 times at once', async () => {
    const [m] = await newcomer();
    const key = `delivery:${randomUUID()}`;
    const award = (app: TestApp) =>
      app.app.services.gamification.award({
        tenantId: TENANT,
        memberId: m.id,
        action: 'comment.created',
        key,
        source: 'post:x',
      });
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, n) => award(n % 2 === 0 ? one : two)));
    expect(outcomes.filter((o) => o.status === 'paid')).toHaveLength(1);
    expect(await points(m)).toEqual(expect.objectContaining({ points: 2, balance: 2 }));
  });

  it('lets one of two members on two instances take the last item, and shows the other instance’s awards on its board', async () => {
    const [x] = await newcomer();
    const [, y] = await newcomer();
    for (const [m, app] of [
      [x, one],
      [y, two],
    ] as const) {
      for (let n = 0; n < 3; n++) {
        await app.app.services.gamification.award({
          tenantId: TENANT,
          memberId: m.id,
          actorId: CAMILLE,
          action: 'answer.accepted',
          key: `grant:${m.id}:${n}`,
          source: 'test:grant',
        });
      }
    }
    const reward = await asMember(one, CAMILLE).post<{ id: string }>('/api/v1/rewards', {
      name: { en: 'Last one' },
      description: { en: 'Only one.' },
      type: 'object',
      cost: 40,
      stock: 1,
      perMemberLimit: 1,
    });
    expect(reward.status).toBe(201);
    const results = await Promise.all([
      x.post<ErrorBody>(`/api/v1/rewards/${reward.body.id}/redemptions`, { requestKey: randomUUID() }),
      y.post<ErrorBody>(`/api/v1/rewards/${reward.body.id}/redemptions`, { requestKey: randomUUID() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('REWARD.OUT_OF_STOCK');
    const balances = [(await points(x)).balance, (await points(y)).balance].sort((a, b) => a - b);
    expect(balances).toEqual([5, 45]);

    // Instance one's board learns of instance two's awards within its refresh interval.
    const seen = asMember(one, y.id);
    const before = await seen.get<{ me: { points: number } }>('/api/v1/leaderboard?period=all');
    expect(before.body.me.points).toBe(45);
    await two.app.services.gamification.award({
      tenantId: TENANT,
      memberId: y.id,
      action: 'post.published',
      key: `late:${y.id}`,
      source: 'post:late',
    });
    clock.advance(6_000);
    const after = await seen.get<{ me: { points: number } }>('/api/v1/leaderboard?period=all');
    expect(after.body.me.points).toBe(50);
  });

  it('rebuilds from the ledger to exactly the live totals', async () => {
    const result = await asMember(two, CAMILLE).post<{ mismatches: string[]; scores: number }>(
      '/api/v1/game/rebuild',
      {
        write: false,
      },
    );
    expect(result.status).toBe(200);
    expect(result.body.scores).toBeGreaterThan(0);
    expect(result.body.mismatches).toEqual([]);
  });
});
