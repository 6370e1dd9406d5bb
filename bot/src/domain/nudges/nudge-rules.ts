import type { BaseDoc } from '../shared/document-store';
import type { NudgeKind } from '../outbox/outbox';

/** Days of the week, Monday first (ISO). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A span of local time (`HH:MM`) in which nothing is sent. */
export interface QuietHours {
  start: string;
  end: string;
}

/**
 * The animator's rules for personal nudges (DESIGN.md keys 3, 7 and 9): each kind switched on or
 * off and tuned, and the notification budget of members who set none. One per tenant, in the
 * `community` container (id `nudge-rules`).
 */
export interface NudgeRules extends BaseDoc {
  kind: 'nudgeRules';
  /** New members who have not acknowledged the charter this long after joining. */
  welcome: { enabled: boolean; afterHours: number };
  /** Members not seen for this many weeks get the best recent post of their circles. */
  quiet: { enabled: boolean; afterWeeks: number };
  /** New posts in a member's circles, batched: at most one message per window. */
  circlePosts: { enabled: boolean; windowHours: number; maxPosts: number };
  /** Replies to a member's post or comment, batched per post and window. */
  replies: { enabled: boolean; windowHours: number };
  /** Event reminders (the product has no events yet: nothing to remind of). */
  events: { enabled: boolean; hoursBefore: number };
  /** The weekly digest: the best of the week in the member's circles, on a day at a local time. */
  digest: { enabled: boolean; day: Weekday; time: string; maxPosts: number; expiresAfterDays: number };
  /** A card when a member earns a badge. */
  badges: { enabled: boolean };
  /** The budget of members who did not set their own. */
  defaults: { weeklyCap: number; quietHours: QuietHours | null };
  updatedAt?: string;
  updatedBy?: string;
}

/** The sections an animator edits. */
export type NudgeRuleSections = Omit<NudgeRules, keyof BaseDoc | 'kind' | 'updatedAt' | 'updatedBy'>;

export const NUDGE_RULES_ID = 'nudge-rules';

/** The rules of a community that never set any: gentle, and every kind on. */
export const DEFAULT_NUDGE_RULES: NudgeRuleSections = {
  welcome: { enabled: true, afterHours: 24 },
  quiet: { enabled: true, afterWeeks: 3 },
  circlePosts: { enabled: true, windowHours: 24, maxPosts: 5 },
  replies: { enabled: true, windowHours: 2 },
  events: { enabled: true, hoursBefore: 24 },
  digest: { enabled: true, day: 'monday', time: '09:00', maxPosts: 5, expiresAfterDays: 3 },
  badges: { enabled: true },
  // No default quiet hours: a member without a time zone is on UTC, whose night is not theirs.
  defaults: { weeklyCap: 5, quietHours: null },
};

/** The rules with defaults for any section an older document lacks. */
export function withDefaults(doc: Partial<NudgeRuleSections>): NudgeRuleSections {
  return {
    welcome: { ...DEFAULT_NUDGE_RULES.welcome, ...doc.welcome },
    quiet: { ...DEFAULT_NUDGE_RULES.quiet, ...doc.quiet },
    circlePosts: { ...DEFAULT_NUDGE_RULES.circlePosts, ...doc.circlePosts },
    replies: { ...DEFAULT_NUDGE_RULES.replies, ...doc.replies },
    events: { ...DEFAULT_NUDGE_RULES.events, ...doc.events },
    digest: { ...DEFAULT_NUDGE_RULES.digest, ...doc.digest },
    badges: { ...DEFAULT_NUDGE_RULES.badges, ...doc.badges },
    defaults: { ...DEFAULT_NUDGE_RULES.defaults, ...doc.defaults },
  };
}

/** Kinds the community sends at all. Quizzes are the quiz feature's own switch. */
export function activeKinds(rules: NudgeRuleSections): NudgeKind[] {
  const kinds: NudgeKind[] = [];
  if (rules.welcome.enabled) kinds.push('welcome');
  if (rules.quiet.enabled) kinds.push('quiet');
  if (rules.circlePosts.enabled) kinds.push('circlePosts');
  if (rules.replies.enabled) kinds.push('replies');
  if (rules.events.enabled) kinds.push('events');
  if (rules.digest.enabled) kinds.push('digest');
  if (rules.badges.enabled) kinds.push('badges');
  kinds.push('quizzes');
  return kinds;
}

/** True for `HH:MM`-spans that cover something (a start equal to its end covers nothing). */
export function isQuietSpan(quiet: QuietHours): boolean {
  return quiet.start !== quiet.end;
}

/** True when `zone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false; // RangeError: an unknown zone
  }
}
