import { allContainers } from '../../bot/src/domain/shared/containers';
import { CosmosDocumentStore } from '../../bot/src/store/cosmos/cosmos-document-store';
import { messageActivity, postActivity } from '../support/activities';
import { startCosmosEmulator, type CosmosEmulator } from '../support/cosmos-emulator';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { startTestApp, type TestApp } from '../support/test-app';

describe('The same server on Cosmos DB (real SDK over HTTP, in-process emulator)', () => {
  let emulator: CosmosEmulator;
  let connector: FakeBotConnector;
  let t: TestApp;

  beforeAll(async () => {
    emulator = await startCosmosEmulator();
    connector = await new FakeBotConnector().start();
    const store = await CosmosDocumentStore.connect({
      client: emulator.client(),
      databaseId: 'guildhall',
      containers: allContainers,
    });
    t = await startTestApp({ store });
  });

  afterAll(async () => {
    await t.close();
    await connector.stop();
    await emulator.stop();
  });

  it('creates every container and seeds the demo community', async () => {
    const { resources } = await emulator.client().database('guildhall').containers.readAll().fetchAll();
    expect(resources.map((c) => c.id).sort()).toEqual(allContainers.map((c) => c.name).sort());
    expect(resources.every((c) => c.partitionKey?.paths?.[0] === '/pk')).toBe(true);
    const community = (await (await t.fetch('/api/v1/community')).json()) as { charter: { version: number } };
    expect(community.charter.version).toBe(1);
  });

  it('reports ready with the cosmos engine', async () => {
    await expect((await t.fetch('/readyz')).json()).resolves.toEqual({ status: 'ready', store: 'cosmos' });
  });

  it('creates a member on first sight and answers the bot', async () => {
    const me = await (await t.fetch('/api/v1/me', { headers: { 'x-dev-user': 'cosmos-newcomer' } })).json();
    expect(me).toMatchObject({ id: 'cosmos-newcomer', roles: [] });
    const res = await postActivity(t.baseUrl, messageActivity('help', { serviceUrl: connector.url }));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitForCalls(1);
    expect(reply!.activity.attachments?.[0]?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });
});
