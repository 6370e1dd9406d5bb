import type { BaseDoc } from '../shared/document-store';
import type { Language } from '../shared/locale';
import type { NudgeKind } from '../outbox/outbox';

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
  /** How much the bot may write to the member, and when (DESIGN.md §4: the notification budget). */
  notifications?: NotificationSettings;
  /** When the member last opened the home feed: what is "new" is what came after. */
  lastFeedVisitAt?: string;
  joinedAt: string;
  lastSeenAt: string;
  /** How the member first arrived. */
  source: 'demo' | 'sso' | 'bot' | 'dev';
}

/**
 * The member's notification budget. Absent fields take the community's defaults. The outbox
 * worker applies it at send time: a personal nudge over budget waits or is dropped, never sent.
 */
export interface NotificationSettings {
  /** Kinds of nudges the member switched off. */
  mutedKinds: NudgeKind[];
  /** Local times `HH:MM` in the member's time zone; nothing is sent from `start` to `end`. */
  quietHours?: { start: string; end: string };
  /** At most this many personal nudges per week (Monday to Sunday in their time zone). */
  weeklyCap?: number;
}

/** True when the member holds the role (admins hold every community role). */
export function hasRole(member: Pick<Member, 'roles'>, role: Role): boolean {
  return member.roles.includes('admin') || member.roles.includes(role);
}
