import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, envSchema, loadConfig } from '../../bot/src/config';

const PROD_OK = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://guildhall.contoso.example',
  MICROSOFT_APP_ID: '7e1c5a10-2222-4333-8444-555566667777',
  MICROSOFT_APP_PASSWORD: 'secret',
  MICROSOFT_APP_TENANT_ID: 'a1b2c3d4-0000-4000-8000-00000000feed',
  AAD_CLIENT_ID: '6d5a9a2e-1111-4222-8333-444455556666',
  ALLOWED_TENANT_IDS: 'a1b2c3d4-0000-4000-8000-00000000feed',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs locally with nothing set: embedded store, demo data, dev mode on loopback', () => {
    const config = loadConfig({});
    expect(config.store).toMatchObject({ engine: 'sqlite' });
    expect(config.store.engine === 'sqlite' && config.store.path).toMatch(/\.data\/guildhall\.db$/);
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      seedDemo: true,
      devMode: true,
      bot: undefined,
      sso: undefined,
    });
  });

  it('refuses dev mode in production, listing every missing setting at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^MICROSOFT_APP_ID: required in production/),
        expect.stringMatching(/^AAD_CLIENT_ID: required in production/),
        expect.stringMatching(/^PUBLIC_URL: must be https in production/),
      ]),
    );
  });

  it('accepts a complete production configuration and listens on all interfaces', () => {
    const config = loadConfig(PROD_OK);
    expect(config.devMode).toBe(false);
    expect(config.host).toBe('0.0.0.0');
    expect(config.sso?.audiences).toEqual([
      PROD_OK.AAD_CLIENT_ID,
      `api://guildhall.contoso.example/${PROD_OK.AAD_CLIENT_ID}`,
    ]);
    expect(config.sso?.allowedTenants).toEqual([PROD_OK.ALLOWED_TENANT_IDS]);
  });

  it('reports type errors with the variable name', () => {
    const problems = problemsOf({ PORT: 'eighty', STORE: 'mongo', SEED_DEMO: 'maybe' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining(['PORT', 'STORE', 'SEED_DEMO']),
    );
  });

  it('needs an endpoint for Cosmos DB, and a tenant list with SSO', () => {
    expect(problemsOf({ STORE: 'cosmos' })).toEqual([expect.stringMatching(/^COSMOS_ENDPOINT/)]);
    expect(problemsOf({ AAD_CLIENT_ID: 'x' })).toEqual([expect.stringMatching(/^ALLOWED_TENANT_IDS/)]);
    expect(problemsOf({ AAD_CLIENT_ID: 'x', ALLOWED_TENANT_IDS: 'contoso' })).toEqual([
      expect.stringMatching(/^ALLOWED_TENANT_IDS: "contoso" is not a tenant id/),
    ]);
    expect(loadConfig({ AAD_CLIENT_ID: 'x', ALLOWED_TENANT_IDS: '*' }).sso?.allowedTenants).toBe('*');
  });

  it('reads nothing else from the environment', () => {
    const config = loadConfig({ PORT: '4000', SOMETHING_ELSE: 'ignored' });
    expect(JSON.stringify(config)).not.toContain('ignored');
  });

  it('documents every variable in the README configuration table, and nothing more', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const documented = [...table.matchAll(/^\|\s*`([A-Z_]+)`\s*\|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(envSchema.shape).sort());
  });
});
