import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every variable is documented here and in the README table
 * (a test keeps the two in step). Defaults run locally with nothing configured: the embedded
 * store, demo data and dev mode. Start-up fails listing every problem at once.
 */

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each variable, its rule and its default. The doc comment is the README's description. */
export const envSchema = z.object({
  /** `production` refuses dev mode and requires the Entra and bot settings. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Port for the one HTTP server (bot, API, tab, health). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Interface to listen on. Defaults to loopback in development, all interfaces in production. */
  HOST: optionalString,
  /** Public https origin of this server (used in cards, the app package and SSO audience). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3978'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted request body, in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(262_144),
  /** `sqlite` (embedded file) or `cosmos` (Azure Cosmos DB). */
  STORE: z.enum(['sqlite', 'cosmos']).default('sqlite'),
  /** SQLite file for the embedded store. */
  SQLITE_PATH: z.string().default('./.data/guildhall.db'),
  /** Cosmos DB account endpoint, e.g. https://contoso.documents.azure.com:443/. */
  COSMOS_ENDPOINT: optionalString,
  /** Cosmos DB key. Leave empty to use managed identity (DefaultAzureCredential). */
  COSMOS_KEY: optionalString,
  /** Cosmos DB database name (created if missing, with its containers). */
  COSMOS_DATABASE: z.string().min(1).default('guildhall'),
  /** Seed the bilingual demo community on first start. */
  SEED_DEMO: bool(true),
  /** Bot (Entra app) id. Empty: bot authentication is off (dev mode). */
  MICROSOFT_APP_ID: optionalString,
  /** Bot client secret (with MultiTenant or SingleTenant). */
  MICROSOFT_APP_PASSWORD: optionalString,
  /** `MultiTenant`, `SingleTenant` or `UserAssignedMSI`. */
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  /** Tenant of the bot app (SingleTenant and UserAssignedMSI). */
  MICROSOFT_APP_TENANT_ID: optionalString,
  /** OpenID metadata for Bot Connector tokens; override only for sovereign clouds or tests. */
  BOT_OPENID_METADATA_URL: z
    .url()
    .default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  /** Entra app (client) id the tab's SSO token is issued for. Empty: API dev identity (dev mode). */
  AAD_CLIENT_ID: optionalString,
  /** Application ID URI of that app. Default: api://<PUBLIC_URL host>/<AAD_CLIENT_ID>. */
  AAD_APP_ID_URI: optionalString,
  /** Tenants whose members may use the API, comma-separated, or `*` for any tenant. */
  ALLOWED_TENANT_IDS: z.string().default(''),
  /** Where Entra ID publishes its signing keys. */
  AAD_JWKS_URL: z.url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  /** Teams app id (the manifest `id`), used in deep links and the app package. */
  TEAMS_APP_ID: z.string().regex(GUID, 'must be a GUID').default('5c1d6c0e-6b7a-4c55-9a43-67756c646861'),
  /** Fetch a preview (title, description, image) of shared links, server-side. `false`: links only. */
  LINK_PREVIEWS: bool(true),
  /** Longest a link preview may take, redirects included, in milliseconds. */
  LINK_PREVIEW_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2500),
  /** Most bytes of a page read for its preview; the rest is never downloaded. */
  LINK_PREVIEW_MAX_BYTES: z.coerce.number().int().min(4096).max(10_485_760).default(524_288),
  /** Let link previews reach loopback, private and link-local addresses (local testing only; refused in production). */
  LINK_PREVIEW_ALLOW_PRIVATE: bool(false),
  /** How often the scheduler looks for posts due to be published, in milliseconds. */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(15_000),
  /** Proactive messages per second per tenant (Teams allows 50 per bot and tenant). */
  OUTBOX_RATE_PER_SECOND: z.coerce.number().int().min(1).max(50).default(40),
  /** Proactive messages per second per conversation (Teams allows 7). */
  OUTBOX_CONVERSATION_RATE_PER_SECOND: z.coerce.number().int().min(1).max(7).default(7),
  /** Proactive sends in flight at once. */
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /** How long a worker holds a tenant's sending and a delivery in flight. */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  /** Attempts before a delivery that keeps failing (429, 5xx) is given up. */
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** Dev mode only: tenant of the demo community and of every dev-mode request. */
  DEV_TENANT_ID: z.string().regex(GUID, 'must be a GUID').default('c0ffee00-0000-4000-8000-000000000001'),
  /** Dev mode only: member acting when a request has no X-Dev-User header. */
  DEV_USER: z.string().default('c0ffee00-0000-4000-8000-0000000000a1'),
});

export type Env = z.input<typeof envSchema>;

/** The validated, derived configuration every part of the server reads. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: URL;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  bodyLimitBytes: number;
  store:
    | { engine: 'sqlite'; path: string }
    | { engine: 'cosmos'; endpoint: string; key: string | undefined; database: string };
  seedDemo: boolean;
  schedulerIntervalMs: number;
  outbox: {
    ratePerSecond: number;
    conversationRatePerSecond: number;
    concurrency: number;
    leaseMs: number;
    maxAttempts: number;
  };
  teamsAppId: string;
  /** Bot Framework authentication; `undefined` in dev mode (auth off). */
  bot:
    | {
        appId: string;
        appPassword: string | undefined;
        appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
        appTenantId: string | undefined;
        openIdMetadataUrl: string;
      }
    | undefined;
  /** Teams SSO for the API; `undefined` in dev mode (X-Dev-User identity). */
  sso:
    | {
        clientId: string;
        audiences: string[];
        /** `'*'` admits any tenant. */
        allowedTenants: string[] | '*';
        jwksUrl: string;
      }
    | undefined;
  dev: { tenantId: string; defaultUser: string };
  /** Server-side link previews (SafeLinkPreviewer); `enabled: false` means noLinkPreviews. */
  linkPreview: {
    enabled: boolean;
    timeoutMs: number;
    maxBytes: number;
    /** Never true in production: previews would be a way into the private network (SSRF). */
    allowPrivateNetworks: boolean;
  };
  /** True when any part runs without authentication. */
  devMode: boolean;
}

/** Thrown with every problem found, so one start-up shows them all. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and checks the environment. */
export function loadConfig(
  env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env,
): Config {
  const parsed = envSchema.safeParse(pickKnown(env));
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const publicUrl = new URL(e.PUBLIC_URL);

  if (e.STORE === 'cosmos' && !e.COSMOS_ENDPOINT)
    problems.push('COSMOS_ENDPOINT: required when STORE=cosmos');

  const bot = e.MICROSOFT_APP_ID
    ? {
        appId: e.MICROSOFT_APP_ID,
        appPassword: e.MICROSOFT_APP_PASSWORD,
        appType: e.MICROSOFT_APP_TYPE,
        appTenantId: e.MICROSOFT_APP_TENANT_ID,
        openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
      }
    : undefined;
  if (bot && bot.appType !== 'UserAssignedMSI' && !bot.appPassword) {
    problems.push('MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_TYPE=' + bot.appType);
  }
  if (bot && bot.appType !== 'MultiTenant' && !bot.appTenantId) {
    problems.push('MICROSOFT_APP_TENANT_ID: required with MICROSOFT_APP_TYPE=' + bot.appType);
  }

  let sso: Config['sso'];
  if (e.AAD_CLIENT_ID) {
    const allowed = e.ALLOWED_TENANT_IDS.split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    if (allowed.length === 0) {
      problems.push(
        'ALLOWED_TENANT_IDS: required with AAD_CLIENT_ID (a comma-separated list of tenant ids, or *)',
      );
    }
    const badTenant = allowed.find((t) => t !== '*' && !GUID.test(t));
    if (badTenant) problems.push(`ALLOWED_TENANT_IDS: "${badTenant}" is not a tenant id (GUID)`);
    sso = {
      clientId: e.AAD_CLIENT_ID,
      audiences: [e.AAD_CLIENT_ID, e.AAD_APP_ID_URI ?? `api://${publicUrl.host}/${e.AAD_CLIENT_ID}`],
      allowedTenants: allowed.includes('*') ? '*' : allowed,
      jwksUrl: e.AAD_JWKS_URL,
    };
  }

  const devMode = !bot || !sso;
  if (production) {
    if (!bot) problems.push('MICROSOFT_APP_ID: required in production (dev mode is never allowed there)');
    if (!sso) problems.push('AAD_CLIENT_ID: required in production (dev mode is never allowed there)');
    if (publicUrl.protocol !== 'https:') problems.push('PUBLIC_URL: must be https in production');
    if (e.LINK_PREVIEW_ALLOW_PRIVATE) {
      problems.push(
        'LINK_PREVIEW_ALLOW_PRIVATE: must be false in production (previews would let members make the server call private and cloud metadata addresses)',
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    publicUrl,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    store:
      e.STORE === 'cosmos'
        ? { engine: 'cosmos', endpoint: e.COSMOS_ENDPOINT!, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE }
        : { engine: 'sqlite', path: resolve(e.SQLITE_PATH) },
    seedDemo: e.SEED_DEMO,
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_MS,
    outbox: {
      ratePerSecond: e.OUTBOX_RATE_PER_SECOND,
      conversationRatePerSecond: e.OUTBOX_CONVERSATION_RATE_PER_SECOND,
      concurrency: e.OUTBOX_CONCURRENCY,
      leaseMs: e.OUTBOX_LEASE_MS,
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
    },
    teamsAppId: e.TEAMS_APP_ID,
    bot,
    sso,
    dev: { tenantId: e.DEV_TENANT_ID.toLowerCase(), defaultUser: e.DEV_USER },
    linkPreview: {
      enabled: e.LINK_PREVIEWS,
      timeoutMs: e.LINK_PREVIEW_TIMEOUT_MS,
      maxBytes: e.LINK_PREVIEW_MAX_BYTES,
      allowPrivateNetworks: e.LINK_PREVIEW_ALLOW_PRIVATE,
    },
    devMode,
  };
}

/** Only the variables this module knows: nothing else from the environment leaks into config. */
function pickKnown(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const known: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined) known[key] = value;
  }
  return known;
}
