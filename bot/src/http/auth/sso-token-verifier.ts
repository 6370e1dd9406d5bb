import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { Actor } from '../../domain/shared/actor';
import { AppError } from '../../domain/shared/app-error';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Settings for validating Teams SSO access tokens (Entra ID, v1 or v2). */
export interface SsoSettings {
  /** Accepted `aud` values: the client id (v2 tokens) and the Application ID URI (v1 tokens). */
  audiences: string[];
  /** Tenants admitted, or `'*'`. */
  allowedTenants: string[] | '*';
  jwksUrl: string;
}

/**
 * Validates the bearer token the tab obtains with `authentication.getAuthToken()`: signature by a
 * key of the JWKS, RS256 only (so `alg: none` and HMAC tricks fail), expiry with 5 minutes of
 * skew, audience, issuer matching the token's version and tenant, an admitted tenant, and the
 * `access_as_user` scope. The member is identified by `tid` + `oid`, never by name or e-mail.
 */
export class SsoTokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: SsoSettings) {
    // jose caches the key set and refetches when it meets an unknown `kid` (key rotation).
    this.jwks = createRemoteJWKSet(new URL(settings.jwksUrl), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
  }

  async verify(token: string): Promise<Actor> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        algorithms: ['RS256'],
        audience: this.settings.audiences,
        clockTolerance: 300,
        requiredClaims: ['exp', 'iss', 'aud'],
      }));
    } catch (cause) {
      throw unauthenticated(describe(cause), cause);
    }
    const tid = typeof payload['tid'] === 'string' ? payload['tid'].toLowerCase() : '';
    const oid = typeof payload['oid'] === 'string' ? payload['oid'].toLowerCase() : '';
    if (!GUID.test(tid) || !GUID.test(oid)) throw unauthenticated('token has no valid tid/oid');

    const expectedIssuer =
      payload['ver'] === '1.0'
        ? `https://sts.windows.net/${tid}/`
        : `https://login.microsoftonline.com/${tid}/v2.0`;
    if (payload.iss?.toLowerCase() !== expectedIssuer)
      throw unauthenticated('issuer does not match the tenant');

    const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
    if (!scopes.includes('access_as_user')) throw unauthenticated('token lacks the access_as_user scope');

    const allowed = this.settings.allowedTenants;
    if (allowed !== '*' && !allowed.includes(tid)) {
      // 401 like any other identity this Guildhall does not accept; the code says why.
      throw new AppError(
        'AUTH.TENANT_NOT_ALLOWED',
        401,
        'Your organisation is not enabled for this Guildhall.',
      );
    }
    const name = typeof payload['name'] === 'string' ? payload['name'] : undefined;
    return { tenantId: tid, memberId: oid, ...(name ? { displayName: name } : {}) };
  }
}

function unauthenticated(reason: string, cause?: unknown): AppError {
  // The reason goes to the log through `cause`, never to the client, who only learns to sign in again.
  return new AppError('AUTH.UNAUTHENTICATED', 401, 'Sign-in required.', {
    cause: new Error(`SSO token rejected: ${reason}`, cause === undefined ? undefined : { cause }),
  });
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `claim "${error.claim}" invalid`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature invalid';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no matching signing key';
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid)
    return 'malformed token';
  return 'token could not be verified';
}
