import { randomUUID } from 'node:crypto';
import {
  botAddedActivity,
  DEMO_MEMBER,
  installActivity,
  messageActivity,
  postActivity,
} from '../support/activities';
import { FakeBotConnector, type ConnectorCall } from '../support/fake-bot-connector';
import { startTestApp, type TestApp } from '../support/test-app';

const cardOf = (call: ConnectorCall) =>
  call.activity.attachments?.[0]?.content as
    | {
        type: string;
        version: string;
        body: { type: string; text?: string; facts?: { title: string; value: string }[] }[];
        actions?: { type: string; url?: string }[];
      }
    | undefined;
/** Every text of a card, depth first (containers included), and the facts of its fact sets. */
const textsOf = (call: ConnectorCall): string[] => {
  const walk = (elements: unknown[]): string[] =>
    elements.flatMap((element) => {
      const e = element as { text?: string; facts?: { title: string; value: string }[]; items?: unknown[] };
      return [
        ...(e.text !== undefined ? [e.text] : []),
        ...(e.facts ?? []).flatMap((f) => [f.title, f.value]),
        ...walk(e.items ?? []),
      ];
    });
  return walk(cardOf(call)?.body ?? []);
};

describe('The bot over real HTTP, replying through a fake Bot Connector (dev mode)', () => {
  let connector: FakeBotConnector;
  let t: TestApp;

  beforeAll(async () => {
    connector = await new FakeBotConnector().start();
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
    await connector.stop();
  });

  const send = async (activity: Record<string, unknown>) => {
    const before = connector.calls.length;
    const res = await postActivity(t.baseUrl, activity);
    expect(res.status).toBe(200);
    return before;
  };

  /** A member seen for the first time has no language preference: the Teams locale decides. */
  const newcomer = () => ({ aadObjectId: randomUUID(), name: 'Sam Newcomer' });

  it('answers "help" with a card listing the commands, as a reply in the same conversation', async () => {
    const conversationId = `a:${randomUUID()}`;
    const activity = messageActivity('help', { serviceUrl: connector.url, conversationId, ...newcomer() });
    const before = await send(activity);
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    expect(reply!.conversationId).toBe(conversationId);
    expect(reply!.replyToId).toBe(activity['id']);
    const card = cardOf(reply!)!;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(textsOf(reply!)).toEqual(expect.arrayContaining(['What I can do', 'help', 'charter']));
    expect(card.actions?.[0]?.type).toBe('Action.OpenUrl');
    expect(card.actions?.[0]?.url).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
  });

  it('answers "aide" in French when the member’s Teams locale is French', async () => {
    const before = await send(
      messageActivity('Aide !', { serviceUrl: connector.url, locale: 'fr-FR', ...newcomer() }),
    );
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    expect(textsOf(reply!)).toEqual(expect.arrayContaining(['Ce que je sais faire', 'aide', 'charte']));
  });

  it('answers in the language a member chose, whatever their Teams locale', async () => {
    // Inès chose French in the demo data; her Teams client is in English.
    const before = await send(
      messageActivity('help', {
        serviceUrl: connector.url,
        aadObjectId: DEMO_MEMBER,
        name: 'Inès Benali',
        locale: 'en-US',
      }),
    );
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    expect(textsOf(reply!)[0]).toBe('Ce que je sais faire');
  });

  it('reads a command after its @mention in a channel', async () => {
    const before = await send(
      messageActivity('charter', {
        serviceUrl: connector.url,
        conversationType: 'channel',
        conversationId: '19:general@thread.tacv2',
        ...newcomer(),
      }),
    );
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    expect(textsOf(reply!).join(' ')).toMatch(/Our charter \(version 1\)/);
    expect(textsOf(reply!)).toEqual(expect.arrayContaining(['Share early', 'Show & tell']));
  });

  it('gives a friendly hint for text it does not understand, in the member’s language', async () => {
    const before = await send(
      messageActivity('quelle heure est-il', { serviceUrl: connector.url, locale: 'fr-CA', ...newcomer() }),
    );
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    expect(reply!.activity.text).toBe(
      'Je n’ai pas compris « quelle heure est-il ». Écrivez **aide** pour voir ce que je sais faire.',
    );
  });

  it('greets once on install with the community purpose and a button to the tab, even when Teams sends two events', async () => {
    const conversationId = `a:install-${randomUUID()}`;
    const options = {
      serviceUrl: connector.url,
      conversationId,
      aadObjectId: DEMO_MEMBER,
      name: 'Inès Benali',
      locale: 'fr-FR',
    };
    const before = connector.calls.length;
    const responses = await Promise.all([
      postActivity(t.baseUrl, installActivity(options)),
      postActivity(t.baseUrl, botAddedActivity(options)),
      postActivity(t.baseUrl, installActivity(options)), // a retried delivery
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    await connector.waitForCalls(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 200)); // room for a (wrong) second greeting
    const greetings = connector.to(conversationId);
    expect(greetings).toHaveLength(1);
    const texts = textsOf(greetings[0]!);
    expect(texts[0]).toBe('Bienvenue dans Communauté Data & IA');
    expect(texts.join(' ')).toMatch(/Nous aidons toutes celles et ceux/);
    expect(cardOf(greetings[0]!)?.actions?.[0]).toMatchObject({
      type: 'Action.OpenUrl',
      title: 'Ouvrir Guildhall',
    });
  });

  it('stores the conversation reference on install, for proactive messages later', async () => {
    const conversationId = `a:ref-${randomUUID()}`;
    await send(installActivity({ serviceUrl: connector.url, conversationId }));
    const record = await t.app.store
      .container<{
        id: string;
        pk: string;
        tenantId: string;
        reference: { serviceUrl: string; conversation: { id: string } };
      }>({
        name: 'conversations',
        partitionKey: 'tenantId',
        indexes: [],
      })
      .read({
        tenantId: 'c0ffee00-0000-4000-8000-000000000001',
        pk: 'c0ffee00-0000-4000-8000-000000000001',
        id: conversationId,
      });
    expect(record?.reference.serviceUrl).toBe(connector.url);
    expect(record?.reference.conversation.id).toBe(conversationId);
  });

  it('refuses a malformed activity without crashing', async () => {
    const res = await postActivity(t.baseUrl, { hello: 'world' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const ok = await send(messageActivity('help', { serviceUrl: connector.url }));
    await connector.waitForCalls(ok + 1);
  });

  it('answers "fil" with what is new in the member’s circles, each post opening in Guildhall', async () => {
    // Inès is in "MLOps & plateformes" and the Lyon pod (private), not in "Data leaders".
    const before = await send(
      messageActivity('fil', { serviceUrl: connector.url, aadObjectId: DEMO_MEMBER, locale: 'fr-FR' }),
    );
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    const texts = textsOf(reply!);
    expect(texts[0]).toBe('Nouveautés dans vos cercles');
    expect(texts).toContain('Bienvenue dans la communauté Data & IA !');
    expect(texts).toContain('Feature store maison ou solution managée ?');
    expect(texts).not.toContain('Budget season: how we justified our GPU spend');
    const json = JSON.stringify(cardOf(reply!));
    expect(json).toContain(encodeURIComponent(JSON.stringify({ subEntityId: 'post:welcome-announcement' })));
  });

  it('asks a newcomer to accept the charter in the welcome card, and updates the card in place when they do', async () => {
    const aadObjectId = randomUUID();
    const conversationId = `a:accept-${randomUUID()}`;
    const before = await send(
      installActivity({ serviceUrl: connector.url, conversationId, aadObjectId, name: 'Noa Newcomer' }),
    );
    const [welcome] = (await connector.waitForCalls(before + 1)).slice(before);
    const accept = cardOf(welcome!)?.actions?.find((a) => a.type === 'Action.Execute') as
      { verb: string; data: { version: number }; title: string } | undefined;
    expect(accept).toMatchObject({
      verb: 'charter.accept',
      data: { version: 1 },
      title: 'I accept the charter',
    });

    const invoke = {
      ...messageActivity('', {
        serviceUrl: connector.url,
        conversationId,
        aadObjectId,
        name: 'Noa Newcomer',
      }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: accept!.verb, data: accept!.data } },
    };
    const res = await postActivity(t.baseUrl, invoke);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as {
      statusCode: number;
      value: { body: { text?: string }[]; actions: { type: string }[] };
    };
    expect(answer.statusCode).toBe(200);
    expect(answer.value.body[0]?.text).toMatch(
      /^Thank you, Noa Newcomer: you accepted the charter \(version 1\)/,
    );
    expect(answer.value.actions.map((a) => a.type)).toEqual(['Action.OpenUrl']);
    const me = await (await t.fetch('/api/v1/me', { headers: { 'x-dev-user': aadObjectId } })).json();
    expect(me).toMatchObject({ charterAcknowledgedVersion: 1 });

    // A second click (or a retried delivery) changes nothing and says so.
    const again = (await (await postActivity(t.baseUrl, invoke)).json()) as {
      value: { body: { text?: string }[] };
    };
    expect(again.value.body[0]?.text).toBe('You already accepted the current charter.');
    // Tampered card data gets a clean 400, not a crash.
    const bad = await postActivity(t.baseUrl, {
      ...invoke,
      value: { action: { type: 'Action.Execute', verb: 'charter.accept', data: { version: 'x' } } },
    });
    expect(((await bad.json()) as { statusCode: number }).statusCode).toBe(400);
  });

  it('shares posts through the message extension, searching only what the member may see', async () => {
    const query = (aadObjectId: string, text: string) =>
      postActivity(t.baseUrl, {
        ...messageActivity('', { serviceUrl: connector.url, aadObjectId }),
        type: 'invoke',
        name: 'composeExtension/query',
        value: { commandId: 'searchPosts', parameters: [{ name: 'query', value: text }] },
      });
    const member = (await (await query('c0ffee00-0000-4000-8000-0000000000a2', 'budget')).json()) as {
      composeExtension: {
        type: string;
        attachments: { content: { body: unknown[] }; preview: { content: { title: string } } }[];
      };
    };
    expect(member.composeExtension.type).toBe('result');
    expect(member.composeExtension.attachments.map((a) => a.preview.content.title)).toEqual([
      'Budget season: how we justified our GPU spend',
    ]);
    const outsider = (await (await query(DEMO_MEMBER, 'budget')).json()) as {
      composeExtension: { type: string; text: string };
    };
    expect(outsider.composeExtension).toEqual({
      type: 'message',
      text: 'Aucune publication ne correspond à « budget ».',
    });
  });

  it('answers "points" with the member’s level, points, streak and badges, opening My progress', async () => {
    const before = await send(messageActivity('points', { serviceUrl: connector.url }));
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    const texts = textsOf(reply!);
    // The demo admin (Camille, French) earned points, badges and a streak in the demo data.
    expect(texts[0]).toBe('Votre progression, Camille Durand');
    expect(texts).toEqual(expect.arrayContaining(['Points', 'À dépenser', 'Série hebdomadaire']));
    expect(texts.some((text) => /^Niveau \d+ : /.test(text))).toBe(true);
    expect(texts.join(' ')).toMatch(/Membre d’un petit groupe/);
    const action = cardOf(reply!)?.actions?.[0];
    expect(action?.url).toContain(encodeURIComponent(JSON.stringify({ subEntityId: 'progress' })));
  });

  it('answers "classement" with this week’s top and the member’s rank; "leaderboard" in English', async () => {
    const before = await send(messageActivity('Classement', { serviceUrl: connector.url }));
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    const texts = textsOf(reply!);
    expect(texts[0]).toBe('Classement : cette semaine');
    expect(texts.some((text) => text.startsWith('🥇'))).toBe(true);
    expect(texts.join(' ')).toMatch(/Vous : rang \d+ avec \d+ points/);
    const newcomer = { aadObjectId: randomUUID(), name: 'Lee Newcomer' };
    const again = await send(messageActivity('leaderboard', { serviceUrl: connector.url, ...newcomer }));
    const [english] = (await connector.waitForCalls(again + 1)).slice(again);
    expect(textsOf(english!)).toEqual(
      expect.arrayContaining(['Leaderboard: this week', 'You have no points in this period yet.']),
    );
  });

  it('sends a personal card when a member earns a badge, in their personal chat with the bot', async () => {
    const aadObjectId = randomUUID();
    const conversationId = `a:badge-${randomUUID()}`;
    await send(
      installActivity({ serviceUrl: connector.url, conversationId, aadObjectId, name: 'Kim Badger' }),
    );
    await connector.waitForCalls(connector.calls.length); // the welcome card
    const welcomed = connector.to(conversationId).length;
    const kim = await t.fetch('/api/v1/charter/acknowledgement', {
      method: 'PUT',
      headers: { 'x-dev-user': aadObjectId, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1 }),
    });
    expect(kim.status).toBe(200);
    const post = await t.fetch('/api/v1/posts', {
      method: 'POST',
      headers: { 'x-dev-user': aadObjectId, 'content-type': 'application/json' },
      body: JSON.stringify({
        circleId: 'community',
        type: 'article',
        title: 'My first post',
        body: 'Hello!',
      }),
    });
    expect(post.status).toBe(201);
    const deadline = Date.now() + 5000;
    while (connector.to(conversationId).length === welcomed && Date.now() < deadline) {
      // Badge cards go through the outbox: its worker sends them.
      await t.app.outboxWorker.tick();
      await t.app.outboxWorker.drain();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const cards = connector.to(conversationId).slice(welcomed);
    expect(cards).toHaveLength(1);
    expect(textsOf(cards[0]!)).toEqual(
      expect.arrayContaining([
        'New badge: First post',
        'Congratulations, Kim Badger! Shared something with the community.',
      ]),
    );
    expect(cards[0]!.replyToId).toBeUndefined(); // a new message, not a reply
  });
});
