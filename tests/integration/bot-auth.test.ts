import { randomUUID } from 'node:crypto';
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import { DEMO_TENANT, messageActivity, postActivity } from '../support/activities';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { LocalIdentityProvider } from '../support/local-identity-provider';
import { startTestApp, type TestApp } from '../support/test-app';

const BOT_APP_ID = '7e1c5a10-2222-4333-8444-555566667777';
const CLIENT_ID = '6d5a9a2e-1111-4222-8333-444455556666';
const OTHER_TENANT = 'a1b2c3d4-0000-4000-8000-00000000beef';

/**
 * Outgoing calls need an Entra token for the Bot Connector; there is no Entra here, so the
 * connector receives a fixed test token instead. Incoming validation is the real one.
 */
class TestCredentialsFactory extends ServiceClientCredentialsFactory {
  override isValidAppId(appId: string): Promise<boolean> {
    return Promise.resolve(appId === BOT_APP_ID);
  }
  override isAuthenticationDisabled(): Promise<boolean> {
    return Promise.resolve(false);
  }
  override createCredentials(): Promise<never> {
    return Promise.resolve({
      signRequest: (request: { headers: { set(name: string, value: string): void } }) => {
        request.headers.set('authorization', 'Bearer outbound-test-token');
        return Promise.resolve(request);
      },
    } as never);
  }
}

describe('The bot endpoint validates Bot Connector tokens (local OpenID metadata, signed tokens)', () => {
  let idp: LocalIdentityProvider;
  let connector: FakeBotConnector;
  let t: TestApp;

  beforeAll(async () => {
    idp = await new LocalIdentityProvider().start();
    connector = await new FakeBotConnector().start();
    t = await startTestApp({
      env: {
        PUBLIC_URL: 'https://guildhall.contoso.example',
        MICROSOFT_APP_ID: BOT_APP_ID,
        MICROSOFT_APP_PASSWORD: 'not-used-by-the-test-credentials',
        MICROSOFT_APP_TYPE: 'SingleTenant',
        MICROSOFT_APP_TENANT_ID: DEMO_TENANT,
        BOT_OPENID_METADATA_URL: idp.botMetadataUrl,
        AAD_CLIENT_ID: CLIENT_ID,
        ALLOWED_TENANT_IDS: DEMO_TENANT,
        AAD_JWKS_URL: idp.ssoJwksUrl,
      },
      botCredentialsFactory: new TestCredentialsFactory(),
    });
  });

  afterAll(async () => {
    await t.close();
    await connector.stop();
    await idp.stop();
  });

  const conversationsStored = () =>
    t.app.store
      .container<{ id: string; pk: string; tenantId: string }>({
        name: 'conversations',
        partitionKey: 'tenantId',
        indexes: [],
      })
      .count({ tenantId: DEMO_TENANT });

  it('processes an activity with a good token and replies with the bot’s own credentials', async () => {
    const before = connector.calls.length;
    const activity = messageActivity('help', { serviceUrl: connector.url, aadObjectId: randomUUID() });
    const res = await postActivity(t.baseUrl, activity, await idp.botToken(BOT_APP_ID, connector.url));
    expect(res.status).toBe(200);
    const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
    expect(reply!.authorization).toBe('Bearer outbound-test-token');
    expect(reply!.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  // Every row has three cells: jest would take a missing third argument for a `done` callback.
  const rejected: [string, (serviceUrl: string) => Promise<string | undefined>, Record<string, string>][] = [
    ['no token', () => Promise.resolve(undefined), {}],
    ['an expired token', (url) => idp.botToken(BOT_APP_ID, url, { expiresIn: -600 }), {}],
    ['the wrong audience', (url) => idp.botToken('some-other-bot', url), {}],
    ['the wrong issuer', (url) => idp.botToken(BOT_APP_ID, url, { issuer: 'https://evil.example' }), {}],
    ['a key nobody published', (url) => idp.botToken(BOT_APP_ID, url, { rogue: true }), {}],
    [
      'alg: none',
      (url) =>
        Promise.resolve(
          idp.unsignedToken({ iss: 'https://api.botframework.com', aud: BOT_APP_ID, serviceurl: url }),
        ),
      {},
    ],
    [
      'a token minted for another service URL',
      () => idp.botToken(BOT_APP_ID, 'https://smba.example/elsewhere/'),
      {},
    ],
    [
      'a good token from a tenant that is not allowed',
      (url) => idp.botToken(BOT_APP_ID, url),
      { tenantId: OTHER_TENANT },
    ],
  ];

  it.each(rejected)(
    'answers 401 to %s, and neither replies nor stores anything',
    async (_case, makeToken, extra) => {
      const storedBefore = await conversationsStored();
      const callsBefore = connector.calls.length;
      const activity = messageActivity('help', {
        serviceUrl: connector.url,
        aadObjectId: randomUUID(),
        conversationId: `a:${randomUUID()}`,
        ...extra,
      });
      const res = await postActivity(t.baseUrl, activity, await makeToken(connector.url));
      expect(res.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(connector.calls.length).toBe(callsBefore);
      await expect(conversationsStored()).resolves.toBe(storedBefore);
    },
  );
});
