import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Logger } from 'pino';
import { tenantOfActivity, type ActivityIdentity } from './activity-identity';

/** Why a request to /api/messages was turned away. */
export type GateVerdict = { ok: true } | { ok: false; reason: string };

/**
 * The door of /api/messages, in front of the Bot Framework adapter. It refuses, with 401 and
 * before any bot code runs: a missing or invalid Bot Connector token (signature by a published
 * key, issuer, audience = our bot id, expiry, and the serviceurl claim matching the activity),
 * and an activity from a tenant this Guildhall does not serve. The adapter then validates the
 * token again its own way (endorsements included); this gate gives every bad token the same
 * clean 401 (botbuilder answers 500 to a wrong signature).
 */
export class BotRequestGate {
  private jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(
    private readonly settings: {
      /** Bot app id and OpenID metadata URL; undefined in dev mode (tokens are not checked). */
      auth: { appId: string; openIdMetadataUrl: string } | undefined;
      allowedTenants: string[] | '*';
      /** Dev mode: tenant assumed when an activity has none (Bot Framework Emulator). */
      devTenantId: string | undefined;
      logger: Logger;
    },
  ) {}

  async check(
    authorization: string | undefined,
    activity: ActivityIdentity & { serviceUrl?: string },
  ): Promise<GateVerdict> {
    const { auth } = this.settings;
    if (auth) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (!token) return { ok: false, reason: 'no bearer token' };
      try {
        const { payload } = await jwtVerify(token, await this.keys(auth.openIdMetadataUrl), {
          algorithms: ['RS256', 'RS384', 'RS512'],
          issuer: 'https://api.botframework.com',
          audience: auth.appId,
          clockTolerance: 300,
          requiredClaims: ['exp'],
        });
        const serviceUrl = payload['serviceurl'];
        if (typeof serviceUrl === 'string' && serviceUrl !== activity.serviceUrl) {
          return { ok: false, reason: 'serviceurl claim does not match the activity' };
        }
      } catch (error) {
        return {
          ok: false,
          reason: `token rejected: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    }
    const tenantId = tenantOfActivity(activity) ?? this.settings.devTenantId;
    const allowed = this.settings.allowedTenants;
    if (!tenantId) return { ok: false, reason: 'activity has no tenant' };
    if (allowed !== '*' && !allowed.includes(tenantId))
      return { ok: false, reason: `tenant ${tenantId} not allowed` };
    return { ok: true };
  }

  /** The Bot Framework signing keys, found through the OpenID metadata (cached, refreshed on an unknown kid). */
  private async keys(metadataUrl: string): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (!this.jwks) {
      const response = await fetch(metadataUrl, { signal: AbortSignal.timeout(5000) });
      if (!response.ok) throw new Error(`OpenID metadata answered ${response.status}`);
      const metadata = (await response.json()) as { jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== 'string') throw new Error('OpenID metadata has no jwks_uri');
      this.jwks = createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: 5000 });
    }
    return this.jwks;
  }
}
