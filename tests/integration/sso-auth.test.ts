import { LocalIdentityProvider } from '../support/local-identity-provider';
import { startTestApp, type TestApp } from '../support/test-app';

const CLIENT_ID = '6d5a9a2e-1111-4222-8333-444455556666';
const TENANT = 'a1b2c3d4-0000-4000-8000-00000000feed';
const OTHER_TENANT = 'a1b2c3d4-0000-4000-8000-00000000beef';
const OID = 'b0b0b0b0-0000-4000-8000-000000000001';

describe('API identity: Teams SSO tokens validated with jose against a local JWKS', () => {
  let idp: LocalIdentityProvider;
  let t: TestApp;

  beforeAll(async () => {
    idp = await new LocalIdentityProvider().start();
    t = await startTestApp({
      env: {
        PUBLIC_URL: 'https://guildhall.contoso.example',
        AAD_CLIENT_ID: CLIENT_ID,
        ALLOWED_TENANT_IDS: TENANT,
        AAD_JWKS_URL: idp.ssoJwksUrl,
        SEED_DEMO: 'true',
      },
    });
  });

  afterAll(async () => {
    await t.close();
    await idp.stop();
  });

  const me = (token?: string) =>
    t.fetch('/api/v1/me', { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  /** The member a rejected token named must not have been created. */
  const expectNoMemberCreated = async (oid: string) => {
    const members = await t.app.store
      .container<{ id: string; pk: string; tenantId: string }>({
        name: 'members',
        partitionKey: 'tenantId',
        indexes: [],
      })
      .read({ tenantId: TENANT, pk: TENANT, id: oid });
    expect(members).toBeUndefined();
  };

  it('accepts a good v2 token and identifies the member by tid + oid', async () => {
    const token = await idp.ssoToken({ tid: TENANT, oid: OID, aud: CLIENT_ID, name: 'Robin Sso' });
    const res = await me(token);
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toMatchObject({
      id: OID,
      tenantId: TENANT,
      displayName: 'Robin Sso',
      devMode: false,
    });
  });

  it('accepts a good v1 token whose audience is the Application ID URI', async () => {
    const oid = 'b0b0b0b0-0000-4000-8000-000000000002';
    const token = await idp.ssoToken(
      { tid: TENANT, oid, aud: `api://guildhall.contoso.example/${CLIENT_ID}` },
      { version: '1.0' },
    );
    const res = await me(token);
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toMatchObject({ id: oid });
  });

  it('ignores X-Dev-User when SSO is configured', async () => {
    const res = await t.fetch('/api/v1/me', {
      headers: { 'x-dev-user': 'c0ffee00-0000-4000-8000-0000000000a1' },
    });
    expect(res.status).toBe(401);
  });

  const rejected: [string, () => Promise<string | undefined>][] = [
    ['no token', () => Promise.resolve(undefined)],
    ['a token that is not a JWT', () => Promise.resolve('not-a-jwt')],
    [
      'an expired token',
      () =>
        idp.ssoToken(
          { tid: TENANT, oid: 'b0b0b0b0-0000-4000-8000-0000000000e1', aud: CLIENT_ID },
          { expiresIn: -600 },
        ),
    ],
    [
      'the wrong audience',
      () => idp.ssoToken({ tid: TENANT, oid: 'b0b0b0b0-0000-4000-8000-0000000000e2', aud: 'someone-else' }),
    ],
    [
      'the wrong issuer',
      () =>
        idp.ssoToken(
          { tid: TENANT, oid: 'b0b0b0b0-0000-4000-8000-0000000000e3', aud: CLIENT_ID },
          { issuer: 'https://evil.example/v2.0' },
        ),
    ],
    [
      'an issuer of another tenant',
      () =>
        idp.ssoToken(
          { tid: TENANT, oid: 'b0b0b0b0-0000-4000-8000-0000000000e4', aud: CLIENT_ID },
          { issuer: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` },
        ),
    ],
    [
      'a key nobody published',
      () =>
        idp.ssoToken(
          { tid: TENANT, oid: 'b0b0b0b0-0000-4000-8000-0000000000e5', aud: CLIENT_ID },
          { rogue: true },
        ),
    ],
    [
      'alg: none',
      () =>
        Promise.resolve(
          idp.unsignedToken({
            tid: TENANT,
            oid: 'b0b0b0b0-0000-4000-8000-0000000000e6',
            aud: CLIENT_ID,
            iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
            scp: 'access_as_user',
          }),
        ),
    ],
    [
      'no access_as_user scope',
      () =>
        idp.ssoToken({
          tid: TENANT,
          oid: 'b0b0b0b0-0000-4000-8000-0000000000e7',
          aud: CLIENT_ID,
          scp: 'User.Read',
        }),
    ],
  ];

  it.each(rejected)('answers 401 and touches nothing for %s', async (_case, makeToken) => {
    const token = await makeToken();
    const res = await me(token);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string; message: string; details?: unknown } };
    expect(body.error.code).toBe('AUTH.UNAUTHENTICATED');
    // The reason stays in the server log; the client only learns to sign in again.
    expect(body.error.details).toBeUndefined();
    expect(body.error.message).toMatch(/sign in again/i);
    for (const n of [1, 2, 3, 4, 5, 6, 7])
      await expectNoMemberCreated(`b0b0b0b0-0000-4000-8000-0000000000e${n}`);
  });

  it('answers 401 for a valid token from a tenant that is not allowed, and creates nothing', async () => {
    const oid = 'b0b0b0b0-0000-4000-8000-0000000000f1';
    const token = await idp.ssoToken({ tid: OTHER_TENANT, oid, aud: CLIENT_ID });
    const res = await me(token);
    expect(res.status).toBe(401);
    await expect(res.json()).resolves.toMatchObject({ error: { code: 'AUTH.TENANT_NOT_ALLOWED' } });
    const created = await t.app.store
      .container<{ id: string; pk: string; tenantId: string }>({
        name: 'members',
        partitionKey: 'tenantId',
        indexes: [],
      })
      .read({ tenantId: OTHER_TENANT, pk: OTHER_TENANT, id: oid });
    expect(created).toBeUndefined();
  });

  it('protects every API route, not only /me', async () => {
    expect((await t.fetch('/api/v1/community')).status).toBe(401);
    // The operational routes and the API description stay public.
    expect((await t.fetch('/healthz')).status).toBe(200);
    expect((await t.fetch('/api/v1/openapi.json')).status).toBe(200);
  });
});
