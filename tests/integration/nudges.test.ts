import { randomUUID } from 'node:crypto';
import { ApiPaths } from '../../contracts/routes';
import { isoWeekOf } from '../../bot/src/domain/nudges/nudge-planner';
import { DEMO_ADMIN, DEMO_TENANT, installActivity, postActivity } from '../support/activities';
import { asMember, type MemberClient } from '../support/api-client';
import { FakeBotConnector, type ConnectorCall } from '../support/fake-bot-connector';
import { FakeClock } from '../support/fake-clock';
import { startTestApp, type TestApp } from '../support/test-app';

interface Rules {
  welcome: { enabled: boolean; afterHours: number };
  digest: { enabled: boolean; day: string; time: string; maxPosts: number; expiresAfterDays: number };
  defaults: { weeklyCap: number; quietHours: { start: string; end: string } | null };
  etag: string;
  updatedAt: string | null;
}
interface ApiError {
  error: { code: string; message: string };
}
interface CardElement {
  type: string;
  text?: string;
  verb?: string;
  title?: string;
  data?: unknown;
  items?: CardElement[];
}

const ALEX = 'c0ffee00-0000-4000-8000-0000000000a2'; // animator (not admin)
const INES = 'c0ffee00-0000-4000-8000-0000000000a3'; // member

/** A linked item's label: `[Title](deep link)` → `Title`, markdown escapes undone. */
const plain = (text: string) =>
  text.replace(/^\[(.*)\]\(https:\/\/teams\.microsoft\.com\/[^)]*\)$/, '$1').replace(/\\(.)/g, '$1');

/** Every text of a card, depth first (containers included), links read as their labels. */
const textsOf = (call: ConnectorCall): string[] => {
  const card = call.activity.attachments?.[0]?.content as unknown as { body: CardElement[] };
  const walk = (elements: CardElement[]): string[] =>
    elements.flatMap((e) => [...(e.text !== undefined ? [plain(e.text)] : []), ...walk(e.items ?? [])]);
  return walk(card.body);
};
const actionsOf = (call: ConnectorCall) =>
  (call.activity.attachments?.[0]?.content as unknown as { actions: CardElement[] }).actions;

describe('Nudge rules over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets animators read the rules (defaults until changed) and keeps them from members', async () => {
    const rules = await asMember(t, ALEX).get<Rules>(ApiPaths.nudgeRules);
    expect(rules.status).toBe(200);
    expect(rules.body).toMatchObject({
      welcome: { enabled: true, afterHours: 24 },
      digest: { enabled: true, day: 'monday', time: '09:00' },
      defaults: { weeklyCap: 5, quietHours: null },
      etag: 'defaults',
      updatedAt: null,
    });
    const member = await asMember(t, INES, 'fr').get<ApiError>(ApiPaths.nudgeRules);
    expect(member.status).toBe(403);
    expect(member.body.error).toEqual(
      expect.objectContaining({
        code: 'NUDGES.FORBIDDEN',
        message:
          'Seuls les animateurs et administrateurs de la communauté peuvent voir et modifier les règles des rappels.',
      }),
    );
    expect((await asMember(t, INES).put(ApiPaths.nudgeRules, { etag: 'defaults' })).status).toBe(403);
  });

  it('saves a change with the etag read, and refuses a stale etag with NUDGES.CHANGED', async () => {
    const alex = asMember(t, ALEX);
    const camille = asMember(t, DEMO_ADMIN);
    const first = await alex.put<Rules>(ApiPaths.nudgeRules, {
      digest: { enabled: true, day: 'friday', time: '16:30', maxPosts: 3, expiresAfterDays: 2 },
      etag: 'defaults',
    });
    expect(first.status).toBe(200);
    expect(first.body.digest).toEqual({
      enabled: true,
      day: 'friday',
      time: '16:30',
      maxPosts: 3,
      expiresAfterDays: 2,
    });
    expect(first.body.welcome).toEqual({ enabled: true, afterHours: 24 }); // untouched sections stay
    expect(first.body.etag).not.toBe('defaults');

    // The admin still holds the defaults' etag: their save would overwrite Alex's.
    const stale = await camille.put<ApiError>(ApiPaths.nudgeRules, {
      welcome: { enabled: false, afterHours: 48 },
      etag: 'defaults',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('NUDGES.CHANGED');

    const fresh = await camille.put<Rules>(ApiPaths.nudgeRules, {
      welcome: { enabled: false, afterHours: 48 },
      defaults: { weeklyCap: 3, quietHours: { start: '21:00', end: '07:00' } },
      etag: first.body.etag,
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({
      welcome: { enabled: false, afterHours: 48 },
      digest: { day: 'friday' },
      defaults: { weeklyCap: 3, quietHours: { start: '21:00', end: '07:00' } },
    });
    expect((await alex.get<Rules>(ApiPaths.nudgeRules)).body.etag).toBe(fresh.body.etag);
    // A member's settings show the community's new defaults, and welcome off for everyone.
    const settings = await asMember(t, INES).get<{ defaults: unknown; activeKinds: string[] }>(
      ApiPaths.mySettings,
    );
    expect(settings.body.defaults).toEqual({ weeklyCap: 3, quietHours: { start: '21:00', end: '07:00' } });
    expect(settings.body.activeKinds).not.toContain('welcome');
  });

  it.each([
    [
      { digest: { enabled: true, day: 'someday', time: '09:00', maxPosts: 3, expiresAfterDays: 2 } },
      /digest\.day/,
    ],
    [
      { digest: { enabled: true, day: 'monday', time: '9am', maxPosts: 3, expiresAfterDays: 2 } },
      /digest\.time/,
    ],
    [{ circlePosts: { enabled: true, windowHours: 0, maxPosts: 3 } }, /circlePosts\.windowHours/],
    [{ quiet: { enabled: 'yes', afterWeeks: 3 } }, /quiet\.enabled/],
    [{ defaults: { weeklyCap: 99, quietHours: null } }, /defaults\.weeklyCap/],
    [{ welcome: { enabled: true, afterHours: 24 } }, /etag/],
  ])('answers %j with 400 REQUEST.INVALID naming the field', async (body, field) => {
    const rules = await asMember(t, ALEX).get<Rules>(ApiPaths.nudgeRules);
    const withEtag = 'welcome' in body ? body : { ...body, etag: rules.body.etag };
    const res = await asMember(t, ALEX).put<ApiError>(ApiPaths.nudgeRules, withEtag);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('REQUEST.INVALID');
    expect(res.body.error.message).toMatch(field);
  });

  it('refuses default quiet hours that start when they end', async () => {
    const rules = await asMember(t, ALEX).get<Rules>(ApiPaths.nudgeRules);
    const res = await asMember(t, ALEX).put<ApiError>(ApiPaths.nudgeRules, {
      defaults: { weeklyCap: 3, quietHours: { start: '08:00', end: '08:00' } },
      etag: rules.body.etag,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('NUDGES.BAD_QUIET_HOURS');
  });

  it('previews every nudge in English and French for animators', async () => {
    const res = await asMember(t, ALEX).get<{
      items: { kind: string; en: { title: string }; fr: { title: string } }[];
    }>(ApiPaths.nudgePreviews);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.kind)).toEqual([
      'welcome',
      'quiet',
      'circlePosts',
      'replies',
      'events',
      'digest',
      'badges',
    ]);
    const digest = res.body.items.find((i) => i.kind === 'digest')!;
    expect(digest.en.title).toBe('Your week in Data & AI Community');
    expect(digest.fr.title).toBe('Votre semaine dans Communauté Data & IA');
    expect((await asMember(t, INES).get(ApiPaths.nudgePreviews)).status).toBe(403);
  });
});

describe('The nudge planner: who gets which nudge, personalised, in their language, once', () => {
  // Monday 23 November 2026, 07:00 UTC: 08:00 in Paris, 02:00 in New York, 07:00 in London.
  const clock = new FakeClock('2026-11-23T07:00:00.000Z');
  let connector: FakeBotConnector;
  let t: TestApp;
  const chatOf = (id: string) => `a:nudge-${id}`;
  const ids = { ines: randomUUID(), bob: randomUUID(), chloe: randomUUID(), dan: randomUUID() };
  let as: Record<keyof typeof ids, MemberClient>;
  let chloePost: string;

  beforeAll(async () => {
    connector = await new FakeBotConnector().start();
    t = await startTestApp({ clock });
    const people: [keyof typeof ids, string, string][] = [
      ['ines', 'Inès Nouvelle', 'fr-FR'],
      ['bob', 'Bob Newton', 'en-US'],
      ['chloe', 'Chloé Author', 'en-GB'],
      ['dan', 'Dan Muted', 'en-US'],
    ];
    for (const [key, name, locale] of people) {
      // Installing the bot makes the member and their personal chat (nudges go there).
      const res = await postActivity(
        t.baseUrl,
        installActivity({
          serviceUrl: connector.url,
          aadObjectId: ids[key],
          name,
          locale,
          conversationId: chatOf(ids[key]),
        }),
      );
      expect(res.status).toBe(200);
    }
    as = {
      ines: asMember(t, ids.ines, 'fr'),
      bob: asMember(t, ids.bob),
      chloe: asMember(t, ids.chloe),
      dan: asMember(t, ids.dan),
    };
    const put = async (m: MemberClient, path: string, body: unknown) =>
      expect((await m.put(path, body)).status).toBe(200);
    await put(as.ines, ApiPaths.mySettings, { language: 'fr', timeZone: 'Europe/Paris' });
    await put(as.ines, ApiPaths.mySegments, { department: 'Data', location: 'Lyon', interests: [] });
    await put(as.bob, ApiPaths.mySettings, { language: 'en', timeZone: 'America/New_York' });
    await put(as.chloe, ApiPaths.mySettings, { language: 'en', timeZone: 'Europe/London' });
    await put(as.dan, ApiPaths.mySettings, {
      language: 'en',
      timeZone: 'UTC',
      mutedKinds: ['welcome', 'digest', 'circlePosts'],
    });
    // Bob and Chloé accepted the charter; Inès and Dan did not.
    await put(as.bob, ApiPaths.charterAcknowledgement, { version: 1 });
    await put(as.chloe, ApiPaths.charterAcknowledgement, { version: 1 });

    const publish = async (m: MemberClient, title: string) => {
      const res = await m.post<{ id: string }>(ApiPaths.posts, {
        circleId: 'community',
        type: 'article',
        title,
        body: 'Worth reading.',
      });
      expect(res.status).toBe(201);
      return res.body.id;
    };
    await publish(asMember(t, DEMO_ADMIN), 'Our roadmap for the winter');
    chloePost = await publish(as.chloe, 'How I cut our pipeline costs by half');
    // Bob comments on Chloé's post; a minute later Chloé answers Bob's comment.
    const comment = await as.bob.post<{ id: string }>(ApiPaths.postComments(chloePost), {
      body: 'Great write-up, thanks!',
    });
    expect(comment.status).toBe(201);
    clock.advance(60_000);
    const reply = await as.chloe.post(ApiPaths.postComments(chloePost), {
      body: 'Thanks Bob, happy to share the scripts.',
      parentId: comment.body.id,
    });
    expect(reply.status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await connector?.stop();
  });

  const tick = () => t.app.nudgePlanner.tick();
  const deliveryOf = (campaignId: string, memberId: string) =>
    t.app.services.outbox.delivery(DEMO_TENANT, campaignId, { memberId });
  const send = async () => {
    await t.app.outboxWorker.tick();
    await t.app.outboxWorker.drain();
  };
  const week = isoWeekOf({ year: 2026, month: 11, day: 23 });
  const digestId = `digest|${DEMO_TENANT}|${week}`;

  it('names ISO weeks the way calendars do', () => {
    expect(week).toBe('2026-W48');
    expect(isoWeekOf({ year: 2027, month: 1, day: 1 })).toBe('2026-W53');
    expect(isoWeekOf({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
  });

  it('sends the digest at 09:00 where each member is, personalised and in their language, once', async () => {
    clock.set('2026-11-23T08:30:00.000Z'); // 09:30 in Paris, 03:30 in New York, 08:30 in London
    const first = await tick();
    expect(first.digest).toBe(1);
    expect(await deliveryOf(digestId, ids.ines)).toMatchObject({ status: 'queued' });
    expect(await deliveryOf(digestId, ids.bob)).toBeUndefined(); // not 09:00 in New York yet
    expect(await deliveryOf(digestId, ids.chloe)).toBeUndefined(); // 08:30 in London
    expect(await deliveryOf(digestId, ids.dan)).toBeUndefined(); // switched off

    // Run again (a second instance, a retry): nothing new is enqueued.
    const again = await tick();
    expect(again.digest ?? 0).toBe(0);
    expect((await t.app.services.outbox.campaign(DEMO_TENANT, digestId))?.total).toBe(1);

    await send();
    const [card] = connector.to(chatOf(ids.ines)).slice(-1);
    const texts = textsOf(card!);
    expect(texts[0]).toBe('Votre semaine dans Communauté Data & IA');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Le meilleur de la semaine dans vos cercles, Inès :',
        'Choisi pour vous (Data, Lyon).',
        'Our roadmap for the winter',
        'How I cut our pipeline costs by half',
      ]),
    );
    expect(actionsOf(card!).map((a) => a.title)).toEqual(['Ouvrir le fil', 'Choisir ce que je reçois']);

    // Later that day it is 09:30 in New York (14:30 in London): Bob's and Chloé's digests join
    // the same campaign; Inès's is not written again.
    clock.set('2026-11-23T14:30:00.000Z');
    expect((await tick()).digest).toBe(2);
    expect(await deliveryOf(digestId, ids.bob)).toMatchObject({ status: 'queued' });
    expect((await t.app.services.outbox.campaign(DEMO_TENANT, digestId))?.total).toBe(3);
    await send();
    expect(textsOf(connector.to(chatOf(ids.bob)).slice(-1)[0]!)[0]).toBe('Your week in Data & AI community');
  });

  it('batches replies per post: the author hears of the comment, the commenter of the answer', async () => {
    // The replies of 07:00–07:01 fall in the 06:00–08:00 window, complete since 08:00.
    const window = '2026-11-23T06:00:00.000Z';
    const campaignId = `replies|${chloePost}|${window}`;
    const chloe = await deliveryOf(campaignId, ids.chloe);
    const bob = await deliveryOf(campaignId, ids.bob);
    expect(chloe?.status).toBe('sent');
    expect(bob?.status).toBe('sent');
    const toChloe = connector.to(chatOf(ids.chloe)).find((c) => textsOf(c)[0]?.startsWith('New replies to'));
    expect(textsOf(toChloe!)).toEqual(
      expect.arrayContaining([
        'New replies to “How I cut our pipeline costs by half”',
        'Bob Newton replied to your post.',
        'Great write-up, thanks!',
      ]),
    );
    const toBob = connector.to(chatOf(ids.bob)).find((c) => textsOf(c)[0]?.startsWith('New replies to'));
    expect(textsOf(toBob!)).toEqual(expect.arrayContaining(['Chloé Author replied to your comment.']));
    // Nobody hears of their own words.
    expect(
      connector.to(chatOf(ids.chloe)).filter((c) => textsOf(c)[0]?.startsWith('New replies to')),
    ).toHaveLength(1);
  });

  it('welcomes new members who have not accepted the charter a day later, with the accept button', async () => {
    clock.set('2026-11-24T07:30:00.000Z');
    const report = await tick();
    expect(report.welcome).toBe(1);
    expect(await deliveryOf('welcome|v1', ids.ines)).toBeDefined();
    expect(await deliveryOf('welcome|v1', ids.dan)).toBeUndefined(); // switched off
    expect(await deliveryOf('welcome|v1', ids.bob)).toBeUndefined(); // already accepted
    expect((await tick()).welcome ?? 0).toBe(0);
    await send();
    const card = connector.to(chatOf(ids.ines)).find((c) => textsOf(c)[0] === 'Bienvenue, Inès !');
    expect(textsOf(card!).join(' ')).toMatch(/Vous avez rejoint Communauté Data & IA le 23 novembre/);
    expect(actionsOf(card!)[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'charter.accept',
      data: { version: 1 },
      title: 'J’accepte la charte',
    });
  });

  it('lists the new posts of the last window in each member’s circles, without their own, once', async () => {
    // Same tick as above: Monday's window (00:00–24:00 UTC) is complete.
    const campaignId = 'circlePosts|2026-11-23T00:00:00.000Z';
    expect(await deliveryOf(campaignId, ids.dan)).toBeUndefined(); // switched off
    const toChloe = connector.to(chatOf(ids.chloe)).find((c) => textsOf(c)[0] === 'New in your circles');
    const chloeTexts = textsOf(toChloe!);
    expect(chloeTexts).toContain('Our roadmap for the winter');
    expect(chloeTexts).not.toContain('How I cut our pipeline costs by half');
    const toInes = connector
      .to(chatOf(ids.ines))
      .find((c) => textsOf(c)[0] === 'Nouveautés dans vos cercles');
    expect(textsOf(toInes!)).toEqual(
      expect.arrayContaining(['Our roadmap for the winter', 'How I cut our pipeline costs by half']),
    );
    expect((await t.app.services.outbox.campaign(DEMO_TENANT, campaignId))?.total).toBe(3);
  });

  it('brings quiet members back with the best post they missed, once per quiet spell', async () => {
    clock.set('2026-12-15T10:00:00.000Z'); // three weeks and a day later
    const report = await tick();
    expect(report.quiet).toBeGreaterThanOrEqual(1);
    const dan = await deliveryOf(`quiet|${ids.dan}|2026-11-23`, ids.dan);
    expect(dan).toBeDefined();
    expect((await tick()).quiet ?? 0).toBe(0);
    await send();
    const card = connector.to(chatOf(ids.dan)).find((c) => textsOf(c)[0] === 'We miss you, Dan');
    expect(textsOf(card!)).toEqual(
      expect.arrayContaining(['It has been 3 weeks. Here is something from your circles worth your time:']),
    );
  });

  it('sends nothing a community switched off', async () => {
    const rules = await asMember(t, ALEX).get<Rules>(ApiPaths.nudgeRules);
    const off = await asMember(t, ALEX).put(ApiPaths.nudgeRules, {
      digest: { ...rules.body.digest, enabled: false },
      etag: rules.body.etag,
    });
    expect(off.status).toBe(200);
    clock.set('2026-12-21T10:00:00.000Z'); // a Monday, after 09:00 everywhere in Europe
    await tick();
    const nextWeek = `digest|${DEMO_TENANT}|2026-W52`;
    expect(await t.app.services.outbox.campaign(DEMO_TENANT, nextWeek)).toBeUndefined();
  });
});
