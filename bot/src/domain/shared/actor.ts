/**
 * Who is acting: a member of a tenant, from a validated SSO token, a validated Bot Framework
 * activity, or (dev mode only) the X-Dev-User header. Services authorise from it.
 */
export interface Actor {
  tenantId: string;
  /** The member's Entra object id (oid), or the dev id in dev mode. */
  memberId: string;
  /** Name the identity provider gave; used when the member is first seen. */
  displayName?: string;
  /** Preferred language hint from the client (Teams locale). */
  locale?: string;
}
