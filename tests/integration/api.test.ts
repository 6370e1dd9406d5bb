import { DEMO_ADMIN, DEMO_MEMBER, DEMO_TENANT } from '../support/activities';
import { startTestApp, type TestApp } from '../support/test-app';

describe('HTTP API over real HTTP (dev mode, embedded store with demo data)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers /healthz and /readyz', async () => {
    await expect((await t.fetch('/healthz')).json()).resolves.toEqual({ status: 'ok' });
    const ready = await t.fetch('/readyz');
    expect(ready.status).toBe(200);
    await expect(ready.json()).resolves.toEqual({ status: 'ready', store: 'sqlite' });
  });

  it('acts as the demo admin by default in dev mode', async () => {
    const res = await t.fetch('/api/v1/me');
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toMatchObject({
      id: DEMO_ADMIN,
      tenantId: DEMO_TENANT,
      displayName: 'Camille Durand',
      roles: ['admin', 'animator'],
      devMode: true,
    });
  });

  it('acts as the member named by X-Dev-User, and creates a member seen for the first time', async () => {
    const seeded = await t.fetch('/api/v1/me', { headers: { 'x-dev-user': DEMO_MEMBER } });
    await expect(seeded.json()).resolves.toMatchObject({
      id: DEMO_MEMBER,
      displayName: 'Inès Benali',
      roles: [],
    });
    const fresh = await (await t.fetch('/api/v1/me', { headers: { 'x-dev-user': 'newcomer-42' } })).json();
    expect(fresh).toMatchObject({ id: 'newcomer-42', roles: [], charterAcknowledgedVersion: null });
    const again = await (await t.fetch('/api/v1/me', { headers: { 'x-dev-user': 'newcomer-42' } })).json();
    expect(again).toEqual(fresh);
  });

  it('refuses a malformed X-Dev-User with a 400 that says what to fix', async () => {
    const res = await t.fetch('/api/v1/me', { headers: { 'x-dev-user': 'not ok/../x' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('AUTH.BAD_DEV_USER');
    expect(body.error.message).toMatch(/X-Dev-User/);
  });

  it('serves the community and its bilingual charter', async () => {
    const res = await t.fetch('/api/v1/community');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      name: { en: string; fr: string };
      charter: {
        version: number;
        purpose: { en: string; fr: string };
        values: unknown[];
        rituals: unknown[];
      };
    };
    expect(body.name).toEqual({ en: 'Data & AI community', fr: 'Communauté Data & IA' });
    expect(body.charter.version).toBe(1);
    expect(body.charter.purpose.fr).toMatch(/Nous aidons/);
    expect(body.charter.values.length).toBeGreaterThanOrEqual(3);
    expect(body.charter.rituals.length).toBeGreaterThanOrEqual(1);
  });

  it('serves an OpenAPI 3.1 document generated from the contracts', async () => {
    const doc = (await (await t.fetch('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown }>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/me']?.['get']?.security).toEqual([{ teamsSso: [] }]);
    expect(doc.paths['/api/v1/community']?.['get']?.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Community' } } },
    });
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Me', 'Community', 'Charter', 'Error']),
    );
    expect(doc.paths['/readyz']).toBeDefined();
    // Every $ref points at a schema that exists.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined();
  });

  it('answers unknown routes with the API error shape, in the caller’s language', async () => {
    const res = await t.fetch('/api/v1/nothing-here', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe('ROUTE.NOT_FOUND');
    expect(body.error.message).toBe('Il n’y a rien à cette adresse.');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('refuses malformed JSON and bodies over the limit, and still answers afterwards', async () => {
    const bad = await t.fetch('/api/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message",',
    });
    expect(bad.status).toBe(400);
    await expect(bad.json()).resolves.toMatchObject({ error: { code: 'REQUEST.MALFORMED_JSON' } });

    const huge = await t.fetch('/api/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }),
    });
    expect(huge.status).toBe(413);
    await expect(huge.json()).resolves.toMatchObject({
      error: { code: 'REQUEST.TOO_LARGE', details: { limit: 262144 } },
    });
    expect((await t.fetch('/healthz')).status).toBe(200);
  });

  it('keeps a well-formed caller request id and mints one otherwise', async () => {
    const kept = await t.fetch('/healthz', { headers: { 'x-request-id': 'caller-id-12345' } });
    expect(kept.headers.get('x-request-id')).toBe('caller-id-12345');
    const minted = await t.fetch('/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(minted.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers: a CSP that lets Teams frame the tab, and no X-Frame-Options', async () => {
    const tab = await t.fetch('/tab/');
    const csp = tab.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/teams\.microsoft\.com/);
    expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/\*\.cloud\.microsoft/);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(tab.headers.get('x-frame-options')).toBeNull();
    expect(tab.headers.get('x-content-type-options')).toBe('nosniff');

    const api = await t.fetch('/api/v1/me');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers.get('x-frame-options')).toBeNull();
  });

  it('redirects / and /tab to the tab', async () => {
    const root = await t.fetch('/', { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/tab/');
  });
});
