import { DEV_USER_HEADER } from '../../../../contracts/routes';
import type { Actor } from '../../domain/shared/actor';
import { AppError, Errors } from '../../domain/shared/app-error';
import type { SsoTokenVerifier } from './sso-token-verifier';

/** The request headers authentication looks at. */
export type Headers = Record<string, string | string[] | undefined>;

/** Turns a request into the acting member, or throws AUTH.* errors. Every API route calls it. */
export interface Authenticator {
  readonly mode: 'sso' | 'dev';
  authenticate(headers: Headers): Promise<Actor>;
}

/** Production: a Teams SSO bearer token on every request. */
export class SsoAuthenticator implements Authenticator {
  readonly mode = 'sso' as const;

  constructor(private readonly verifier: SsoTokenVerifier) {}

  authenticate(headers: Headers): Promise<Actor> {
    const header = single(headers['authorization']);
    const match = header ? /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim()) : null;
    if (!match?.[1]) return Promise.reject(Errors.unauthenticated());
    return this.verifier.verify(match[1]);
  }
}

const DEV_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Dev mode (no Entra app configured, refused in production by config): the acting member is named
 * by the X-Dev-User header, or is the demo member. Never combined with SSO.
 */
export class DevAuthenticator implements Authenticator {
  readonly mode = 'dev' as const;

  constructor(private readonly settings: { tenantId: string; defaultUser: string }) {}

  authenticate(headers: Headers): Promise<Actor> {
    const requested = single(headers[DEV_USER_HEADER])?.trim();
    const memberId = requested || this.settings.defaultUser;
    if (!DEV_ID.test(memberId)) {
      return Promise.reject(
        new AppError('AUTH.BAD_DEV_USER', 400, 'X-Dev-User must be a member id (letters, digits, - and _).'),
      );
    }
    return Promise.resolve({
      tenantId: this.settings.tenantId,
      memberId,
      displayName: `Dev ${memberId.slice(0, 8)}`,
    });
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
