import type { BaseDoc } from '../shared/document-store';
import type { LocalizedText } from '../shared/locale';

/** A value the community holds. */
export interface CharterValue {
  title: LocalizedText;
  description: LocalizedText;
}

/** A recurring moment of community life ("Friday show-and-tell"). */
export interface Ritual {
  title: LocalizedText;
  description: LocalizedText;
  /** When it happens, in words ("every other Friday at 11:00"). */
  cadence: LocalizedText;
}

/**
 * One version of the community charter (DESIGN.md key 1). Versions are immutable: an edit
 * publishes version n+1, and members acknowledge a version.
 */
export interface CharterVersion extends BaseDoc {
  kind: 'charter';
  version: number;
  purpose: LocalizedText;
  values: CharterValue[];
  /** Markdown. */
  codeOfConduct: LocalizedText;
  rituals: Ritual[];
  publishedAt: string;
  publishedBy: string;
}

/** The community's identity and house rules: one per tenant. */
export interface CommunitySettings extends BaseDoc {
  kind: 'settings';
  name: LocalizedText;
  tagline: LocalizedText;
  createdAt: string;
  /** Editorial cadence the content stock is measured against (DESIGN.md key 6). */
  targetPostsPerWeek: number;
  /** The stock meter warns when the stock covers fewer days than this. */
  stockWarningDays: number;
  /** Per-member publishing limits (spam and flood protection). */
  rateLimits: { postsPerHour: number; commentsPerHour: number };
  /** Words that hold a post or comment for a moderator (DESIGN.md key 5). */
  watchedWords: string[];
}

/** Settings of a community created before a setting existed. */
export const DEFAULT_SETTINGS = {
  targetPostsPerWeek: 3,
  stockWarningDays: 7,
  rateLimits: { postsPerHour: 10, commentsPerHour: 60 },
  watchedWords: [] as string[],
} as const;

/** What a goal counts. `manual`: an admin sets the progress. */
export type GoalMetric = 'manual' | 'members' | 'posts' | 'answeredQuestions';

/** A community goal with a target ("50 answered questions this quarter"). id = goal-<uuid>. */
export interface Goal extends BaseDoc {
  kind: 'goal';
  title: LocalizedText;
  metric: GoalMetric;
  target: number;
  /** Progress of a manual goal. */
  current: number;
  /** Counted metrics count from this day. */
  startsOn: string;
  dueOn?: string;
  createdAt: string;
}

/** Document id of a charter version. */
export function charterVersionId(version: number): string {
  return `charter-v${version}`;
}
