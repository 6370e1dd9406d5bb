import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, type JWTPayload } from 'jose';

/**
 * A local stand-in for Entra ID and the Bot Framework token service: it publishes signing keys
 * over HTTP (a JWKS for SSO tokens, OpenID metadata + keys for Bot Connector tokens) and signs
 * tokens the tests choose, so the real validation code runs against real signatures.
 */
export class LocalIdentityProvider {
  readonly kid = `test-key-${randomUUID().slice(0, 8)}`;
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  /** A key nobody published: tokens signed with it must be refused. */
  private readonly rogueKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server: Server | undefined;
  url = '';
  /** How many times the keys were fetched. */
  keyFetches = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const jwk = {
        ...this.key.publicKey.export({ format: 'jwk' }),
        kid: this.kid,
        use: 'sig',
        alg: 'RS256',
      };
      res.setHeader('content-type', 'application/json');
      if (req.url === '/aad/keys') {
        this.keyFetches++;
        res.end(JSON.stringify({ keys: [jwk] }));
      } else if (req.url === '/bot/.well-known/openidconfiguration') {
        res.end(
          JSON.stringify({
            issuer: 'https://api.botframework.com',
            jwks_uri: `${this.url}/bot/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_methods_supported: ['private_key_jwt'],
          }),
        );
      } else if (req.url === '/bot/keys') {
        this.keyFetches++;
        res.end(JSON.stringify({ keys: [{ ...jwk, endorsements: ['msteams'] }] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get ssoJwksUrl(): string {
    return `${this.url}/aad/keys`;
  }

  get botMetadataUrl(): string {
    return `${this.url}/bot/.well-known/openidconfiguration`;
  }

  /**
   * A Teams SSO access token (v2 by default) for `oid` in `tid`, valid for an hour.
   * `overrides` replaces any claim; `options` changes how it is signed.
   */
  async ssoToken(
    claims: { tid: string; oid: string; aud: string; name?: string } & JWTPayload,
    options: { expiresIn?: string | number; rogue?: boolean; issuer?: string; version?: '1.0' | '2.0' } = {},
  ): Promise<string> {
    const version = options.version ?? '2.0';
    const issuer =
      options.issuer ??
      (version === '1.0'
        ? `https://sts.windows.net/${claims.tid}/`
        : `https://login.microsoftonline.com/${claims.tid}/v2.0`);
    return this.sign({ scp: 'access_as_user', ver: version, ...claims }, issuer, claims.aud, options);
  }

  /** A Bot Connector token for our bot app id, bound to the activity's service URL. */
  async botToken(
    appId: string,
    serviceUrl: string,
    options: { expiresIn?: string | number; rogue?: boolean; issuer?: string } = {},
  ): Promise<string> {
    return this.sign(
      { serviceurl: serviceUrl },
      options.issuer ?? 'https://api.botframework.com',
      appId,
      options,
    );
  }

  /** An unsigned token (`alg: none`): every validator must refuse it. */
  unsignedToken(claims: JWTPayload): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iat: now, exp: now + 3600, ...claims })}.`;
  }

  private async sign(
    claims: JWTPayload,
    issuer: string,
    audience: string,
    options: { expiresIn?: string | number; rogue?: boolean },
  ): Promise<string> {
    const key: KeyObject = options.rogue ? this.rogueKey.privateKey : this.key.privateKey;
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60);
    if (typeof options.expiresIn === 'number') jwt.setExpirationTime(now + options.expiresIn);
    else jwt.setExpirationTime(options.expiresIn ?? '1h');
    return jwt.sign(key);
  }
}
