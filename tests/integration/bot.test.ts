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
const textsOf = (call: ConnectorCall) =>
  (cardOf(call)?.body ?? []).flatMap((b) => [
    b.text ?? '',
    ...(b.facts ?? []).flatMap((f) => [f.title, f.value]),
  ]);

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
});
