import type { BaseDoc } from '../shared/document-store';
import type { Language } from '../shared/locale';

/** Community-wide roles. Circle roles (owner, animator) live on memberships. */
export type Role = 'admin' | 'animator';

/** Attributes publications and nudges can target (DESIGN.md key 7). */
export interface Segments {
  department?: string;
  location?: string;
  jobRole?: string;
  interests: string[];
}

/** A member of a tenant's community. id = Entra object id. */
export interface Member extends BaseDoc {
  kind: 'member';
  displayName: string;
  email?: string;
  /** Chosen language; when absent, the member's Teams locale decides. */
  language?: Language;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone?: string;
  roles: Role[];
  segments: Segments;
  /** Charter version the member acknowledged, if any. */
  charterAcknowledgedVersion?: number;
  /** Tags whose posts come to the member's home feed. */
  followedTags: string[];
  /** Normalized display name, for member search. */
  searchName: string;
  /** Present (true) when the member keeps off public leaderboards; they still see their own progress and rank. */
  rankingOptOut?: true;
  /** When the member last opened the home feed: what is "new" is what came after. */
  lastFeedVisitAt?: string;
  joinedAt: string;
  lastSeenAt: string;
  /** How the member first arrived. */
  source: 'demo' | 'sso' | 'bot' | 'dev';
}

/** True when the member holds the role (admins hold every community role). */
export function hasRole(member: Pick<Member, 'roles'>, role: Role): boolean {
  return member.roles.includes('admin') || member.roles.includes(role);
}
