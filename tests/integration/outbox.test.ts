import { FakeBotConnector } from '../support/fake-bot-connector';
import { FakeClock } from '../support/fake-clock';
import { chatOf, messageFor, seedRecipients, TENANT } from '../support/outbox-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { MemberRepository } from '../../bot/src/domain/members/member-repository';
import type { CampaignRequest, CampaignStatus } from '../../bot/src/domain/outbox/outbox';

const campaign = (campaignId: string, extra: Partial<CampaignRequest> = {}): CampaignRequest => ({
  tenantId: TENANT,
  campaignId,
  kind: 'digest',
  title: { en: 'Weekly digest', fr: 'Résumé de la semaine' },
  budget: 'exempt',
  overBudget: 'wait',
  ...extra,
});

const done = (status: CampaignStatus | undefined) =>
  status !== undefined && status.counts.queued + status.counts.sending + status.counts.retrying === 0;

async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('The outbox delivers every message once, within Teams limits, through faults', () => {
  let connector: FakeBotConnector;
  let t: TestApp;
  let recipients: string[];
  const blocked = new Set<string>();

  beforeAll(async () => {
    connector = await new FakeBotConnector({
      limits: { perSecond: 50, perConversationPerSecond: 7 },
      faults: { throttle: 0.05, serverError: 0.03, retryAfterSeconds: 1 },
      blocked,
      seed: 7,
    }).start();
    t = await startTestApp({ env: { OUTBOX_CONCURRENCY: '8' } });
    recipients = await seedRecipients(t.app.store, { count: 240, connectorUrl: connector.url });
    for (const id of recipients.slice(0, 6)) blocked.add(chatOf(id));
    t.app.outboxWorker.start();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await connector?.stop();
  });

  it('ends every delivery sent or unreachable, none twice, paced under Teams limits, through 429s and 5xx', async () => {
    const { outbox } = t.app.services;
    const first = await outbox.enqueue(campaign('digest|w48'), recipients.map(messageFor));
    expect(first).toEqual({ queued: 240, alreadyQueued: 0 });
    const status = await until(() => outbox.campaign(TENANT, 'digest|w48'), done);
    expect(status?.counts).toMatchObject({ sent: 234, unreachable: 6, failed: 0, dropped: 0, queued: 0 });
    expect(status?.total).toBe(240);
    // Nobody got it twice; everyone reachable got it once.
    for (const id of recipients.slice(6)) expect(connector.stats.perConversation.get(chatOf(id))).toBe(1);
    for (const id of recipients.slice(0, 6))
      expect(connector.stats.perConversation.get(chatOf(id))).toBeUndefined();
    // The faults happened, and the sender stayed under Teams' limits (no 429 of its own making).
    expect(connector.stats.throttled).toBeGreaterThan(0);
    expect(connector.stats.serverErrors).toBeGreaterThan(0);
    // The sender paces 40 per second, under Teams' 50; a busy machine may bunch arrivals past a
    // limit now and then: the connector's 429 is then retried like any other (the fanout benchmark
    // reports how often).
    expect(connector.stats.overLimit).toBeLessThanOrEqual(connector.stats.requests * 0.02);
    // The sender paces 40 per second; network jitter may bunch a few arrivals, never past Teams' 50.
    expect(connector.stats.peakPerSecond).toBeLessThanOrEqual(50);
    // What was sent is the message, in the member's conversation, from the bot.
    const call = connector.calls.find((c) => c.conversationId === chatOf(recipients[10]!));
    expect(call?.activity).toMatchObject({ type: 'message', text: `Hello ${recipients[10]}` });
    // The unreachable are said so, with why.
    const unreachable = await outbox.deliveries(TENANT, 'digest|w48', 'unreachable', 50);
    expect(unreachable.items.map((d) => d.reason)).toEqual(Array(6).fill('connector.403'));
  }, 90_000);

  it('adds nothing when the same campaign is enqueued again, and stops writing to a member after a 403', async () => {
    const { outbox } = t.app.services;
    const before = connector.stats.requests;
    const again = await outbox.enqueue(campaign('digest|w48'), recipients.map(messageFor));
    expect(again).toEqual({ queued: 0, alreadyQueued: 240 });
    // A new campaign to someone who blocked the bot is not even attempted.
    await outbox.enqueue(campaign('digest|w49'), [messageFor(recipients[0]!)]);
    const status = await until(() => outbox.campaign(TENANT, 'digest|w49'), done);
    expect(status?.counts.unreachable).toBe(1);
    const [delivery] = (await outbox.deliveries(TENANT, 'digest|w49', undefined, 10)).items;
    expect(delivery?.reason).toBe('noConversation');
    expect(connector.stats.requests).toBe(before);
  }, 30_000);

  it('drops a message that expired before it could go', async () => {
    const { outbox } = t.app.services;
    await outbox.enqueue(campaign('digest|late', { expiresAt: '2020-01-01T00:00:00.000Z' }), [
      messageFor(recipients[20]!),
    ]);
    const status = await until(() => outbox.campaign(TENANT, 'digest|late'), done);
    expect(status?.counts.dropped).toBe(1);
    const [delivery] = (await outbox.deliveries(TENANT, 'digest|late', undefined, 10)).items;
    expect(delivery?.reason).toBe('expired');
  }, 30_000);

  it('refuses a campaign id it cannot key on and a message over 80 KB, before writing anything', async () => {
    const { outbox } = t.app.services;
    await expect(
      outbox.enqueue(campaign('bad id with spaces'), [messageFor(recipients[1]!)]),
    ).rejects.toMatchObject({
      code: 'OUTBOX.BAD_CAMPAIGN',
    });
    await expect(
      outbox.enqueue(campaign('digest|huge'), [
        { recipient: { memberId: recipients[1]! }, activity: { type: 'message', text: 'x'.repeat(90_000) } },
      ]),
    ).rejects.toMatchObject({ code: 'OUTBOX.TOO_LARGE' });
    expect(await outbox.campaign(TENANT, 'digest|huge')).toBeUndefined();
  });

  it('shows animators the campaigns and their deliveries over the API, and no one else', async () => {
    const CAMILLE = 'c0ffee00-0000-4000-8000-0000000000a1';
    const JULIEN = 'c0ffee00-0000-4000-8000-0000000000a5';
    const get = (as: string, path: string) => t.fetch(path, { headers: { 'x-dev-user': as } });
    const list = await get(CAMILLE, '/api/v1/campaigns');
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: { id: string; counts: Record<string, number> }[] };
    expect(body.items.find((c) => c.id === 'digest|w48')?.counts).toMatchObject({
      sent: 234,
      unreachable: 6,
    });
    const deliveries = await get(
      CAMILLE,
      `/api/v1/campaigns/${encodeURIComponent('digest|w48')}/deliveries?status=unreachable`,
    );
    const page = (await deliveries.json()) as { items: { recipientName?: string; reason?: string }[] };
    expect(page.items).toHaveLength(6);
    expect(page.items.map((d) => d.recipientName).sort()).toEqual([
      'Recipient 0',
      'Recipient 1',
      'Recipient 2',
      'Recipient 3',
      'Recipient 4',
      'Recipient 5',
    ]);
    expect(new Set(page.items.map((d) => d.reason))).toEqual(new Set(['connector.403']));
    expect((await get(JULIEN, '/api/v1/campaigns')).status).toBe(403);
    expect((await get(CAMILLE, '/api/v1/campaigns/no-such-campaign')).status).toBe(404);
    expect((await get(CAMILLE, '/api/v1/campaigns/digest%7Cw48/deliveries?status=lost')).status).toBe(400);
  });
});

describe('The notification budget: opt-outs, quiet hours in the member’s time zone, a weekly cap', () => {
  let connector: FakeBotConnector;
  let t: TestApp;
  const clock = new FakeClock('2026-11-25T21:30:00.000Z'); // a Wednesday: 22:30 in Paris, 16:30 in New York
  let paris: string;
  let newYork: string;
  let muted: string;
  const failing = new Set<string>();

  beforeAll(async () => {
    connector = await new FakeBotConnector({ failing }).start();
    t = await startTestApp({ clock, env: { OUTBOX_CONCURRENCY: '4', OUTBOX_MAX_ATTEMPTS: '3' } });
    const quiet = { mutedKinds: [], quietHours: { start: '22:00', end: '07:30' }, weeklyCap: 2 };
    [paris, newYork, muted] = (await seedRecipients(t.app.store, {
      count: 3,
      connectorUrl: connector.url,
      prefix: 'budget',
      member: (i) =>
        i === 0
          ? { timeZone: 'Europe/Paris', notifications: quiet }
          : i === 1
            ? { timeZone: 'America/New_York', notifications: quiet }
            : { timeZone: 'Europe/Paris', notifications: { mutedKinds: ['digest'] } },
    })) as [string, string, string];
  }, 30_000);

  afterAll(async () => {
    await t?.close();
    await connector?.stop();
  });

  const pass = async () => {
    await t.app.outboxWorker.tick();
    await t.app.outboxWorker.drain();
  };
  const deliveryOf = (campaignId: string, memberId: string) =>
    t.app.services.outbox.delivery(TENANT, campaignId, { memberId });

  it('waits for the end of quiet hours where the member is, drops what they switched off', async () => {
    const { outbox } = t.app.services;
    await outbox.enqueue(campaign('digest|quiet', { budget: 'counted', overBudget: 'wait' }), [
      messageFor(paris),
      messageFor(newYork),
      messageFor(muted),
    ]);
    await pass();
    // New York is awake (16:30): sent. Paris sleeps (22:30): waits until 07:30 Paris = 06:30 UTC.
    expect(await deliveryOf('digest|quiet', newYork)).toMatchObject({ status: 'sent' });
    expect(await deliveryOf('digest|quiet', paris)).toMatchObject({
      status: 'queued',
      reason: 'budget.quietHours',
      dueAt: '2026-11-26T06:30:00.000Z',
    });
    expect(await deliveryOf('digest|quiet', muted)).toMatchObject({
      status: 'dropped',
      reason: 'budget.optedOut',
    });
    expect(connector.stats.perConversation.get(chatOf(paris))).toBeUndefined();

    // Still night in Paris an hour later: nothing goes.
    clock.advance(60 * 60_000);
    await pass();
    expect(await deliveryOf('digest|quiet', paris)).toMatchObject({ status: 'queued' });
    // Morning in Paris.
    clock.set('2026-11-26T06:31:00.000Z');
    await pass();
    expect(await deliveryOf('digest|quiet', paris)).toMatchObject({ status: 'sent' });
    expect(connector.stats.perConversation.get(chatOf(paris))).toBe(1);
  });

  it('drops instead of waiting when the campaign says so', async () => {
    clock.set('2026-11-26T22:00:00.000Z'); // 23:00 in Paris
    await t.app.services.outbox.enqueue(
      campaign('circlePosts|night', { kind: 'circlePosts', budget: 'counted', overBudget: 'drop' }),
      [messageFor(paris)],
    );
    await pass();
    expect(await deliveryOf('circlePosts|night', paris)).toMatchObject({
      status: 'dropped',
      reason: 'budget.quietHours',
    });
  });

  it('holds the weekly cap in the member’s week, then sends on Monday; exempt messages do not count', async () => {
    const { outbox } = t.app.services;
    clock.set('2026-11-27T15:00:00.000Z'); // Friday afternoon in New York; they already had 1 this week
    for (const n of [1, 2]) {
      await outbox.enqueue(
        campaign(`replies|cap-${n}`, { kind: 'replies', budget: 'counted', overBudget: 'wait' }),
        [messageFor(newYork)],
      );
    }
    await outbox.enqueue(campaign('poll|exempt', { kind: 'poll', budget: 'exempt' }), [messageFor(newYork)]);
    await pass();
    const statuses = await Promise.all(
      ['replies|cap-1', 'replies|cap-2'].map((id) => deliveryOf(id, newYork)),
    );
    expect(statuses.map((d) => d?.status).sort()).toEqual(['queued', 'sent']);
    const waiting = statuses.find((d) => d?.status === 'queued');
    // Monday 00:00 in New York is 05:00 UTC.
    expect(waiting).toMatchObject({ reason: 'budget.weeklyCap', dueAt: '2026-11-30T05:00:00.000Z' });
    expect(await deliveryOf('poll|exempt', newYork)).toMatchObject({ status: 'sent' });
    // Monday 00:01 in New York is inside their quiet hours: the new week's budget waits for 07:30.
    clock.set('2026-11-30T05:01:00.000Z');
    await pass();
    expect(await deliveryOf(waiting!.campaignId, newYork)).toMatchObject({
      status: 'queued',
      reason: 'budget.quietHours',
      dueAt: '2026-11-30T12:30:00.000Z',
    });
    clock.set('2026-11-30T12:31:00.000Z');
    await pass();
    expect(await deliveryOf(waiting!.campaignId, newYork)).toMatchObject({ status: 'sent' });
  });

  it('counts the cap exactly when many nudges compete for the last units', async () => {
    const { outbox } = t.app.services;
    const members = new MemberRepository(t.app.store);
    const member = (await members.get(TENANT, muted))!;
    await members.upsert({ ...member, notifications: { mutedKinds: [], weeklyCap: 3 } });
    clock.set('2026-12-02T12:00:00.000Z');
    for (let n = 0; n < 12; n++) {
      await outbox.enqueue(
        campaign(`quiet|race-${n}`, { kind: 'quiet', budget: 'counted', overBudget: 'drop' }),
        [messageFor(muted)],
      );
    }
    await pass();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, n) => deliveryOf(`quiet|race-${n}`, muted)),
    );
    expect(outcomes.filter((d) => d?.status === 'sent')).toHaveLength(3);
    expect(outcomes.filter((d) => d?.status === 'dropped' && d.reason === 'budget.weeklyCap')).toHaveLength(
      9,
    );
  });

  it('retries a message that keeps failing with growing waits, then gives it up as failed', async () => {
    const [stuck] = await seedRecipients(t.app.store, {
      count: 1,
      connectorUrl: connector.url,
      prefix: 'stuck',
    });
    failing.add(chatOf(stuck!));
    clock.set('2026-12-03T12:00:00.000Z');
    await t.app.services.outbox.enqueue(campaign('digest|stuck'), [messageFor(stuck!)]);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await pass();
      const delivery = await deliveryOf('digest|stuck', stuck!);
      expect(delivery?.attempts).toBe(attempt);
      if (attempt < 3) {
        expect(delivery).toMatchObject({ status: 'retrying', reason: 'connector.503' });
        waits.push(Date.parse(delivery!.dueAt) - clock.now().getTime());
        clock.set(delivery!.dueAt);
      } else {
        expect(delivery).toMatchObject({ status: 'failed', reason: 'connector.503' });
      }
    }
    // Jittered exponential backoff: about 1 s, then about 2 s.
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThanOrEqual(1000);
    expect(waits[1]).toBeGreaterThanOrEqual(1000);
    expect(waits[1]).toBeLessThanOrEqual(2000);
    expect(connector.stats.perConversation.get(chatOf(stuck!))).toBeUndefined();
  });

  it('applies the community defaults the animator set (weekly cap, quiet hours) to members who set none', async () => {
    const CAMILLE = 'c0ffee00-0000-4000-8000-0000000000a1';
    const headers = { 'x-dev-user': CAMILLE, 'content-type': 'application/json' };
    const rules = (await (await t.fetch('/api/v1/nudges/rules', { headers })).json()) as { etag: string };
    const put = await t.fetch('/api/v1/nudges/rules', {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        defaults: { weeklyCap: 1, quietHours: { start: '12:00', end: '13:00' } },
        etag: rules.etag,
      }),
    });
    expect(put.status).toBe(200);
    const [plain] = await seedRecipients(t.app.store, {
      count: 1,
      connectorUrl: connector.url,
      prefix: 'plain',
    });
    clock.set('2026-12-09T12:30:00.000Z'); // a Wednesday, inside the community's quiet hours (UTC)
    const { outbox } = t.app.services;
    for (const n of [1, 2]) {
      await outbox.enqueue(
        campaign(`quiet|default-${n}`, { kind: 'quiet', budget: 'counted', overBudget: 'wait' }),
        [messageFor(plain!)],
      );
    }
    await pass();
    expect(await deliveryOf('quiet|default-1', plain!)).toMatchObject({
      status: 'queued',
      reason: 'budget.quietHours',
      dueAt: '2026-12-09T13:00:00.000Z',
    });
    clock.set('2026-12-09T13:01:00.000Z');
    await pass();
    const outcomes = await Promise.all([1, 2].map((n) => deliveryOf(`quiet|default-${n}`, plain!)));
    // A cap of one a week: one goes, the other waits for Monday.
    expect(outcomes.map((d) => d?.status).sort()).toEqual(['queued', 'sent']);
    expect(outcomes.find((d) => d?.status === 'queued')).toMatchObject({
      reason: 'budget.weeklyCap',
      dueAt: '2026-12-14T00:00:00.000Z',
    });
  });
});
