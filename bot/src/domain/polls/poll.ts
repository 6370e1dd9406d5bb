import type { ConversationType } from '../conversations/conversation';
import type { BaseDoc } from '../shared/document-store';
import type { Language } from '../shared/locale';

/** Limits of a poll (DESIGN.md keys 4 and 5). */
export const POLL_LIMITS = {
  minOptions: 2,
  maxOptions: 6,
  questionLength: 200,
  optionLength: 80,
  /** A poll stays open at least this long... */
  minDurationMs: 5 * 60_000,
  /** ...and at most this long. */
  maxDurationMs: 30 * 24 * 3_600_000,
  /** Open this long when nobody says otherwise. */
  defaultDurationMs: 24 * 3_600_000,
} as const;

/**
 * Teams refreshes a card automatically for at most 60 listed users (`refresh.userIds`); in larger
 * chats and channels everyone else refreshes by hand.
 */
export const MAX_REFRESH_USERS = 60;

/** One answer or several. */
export type PollChoice = 'single' | 'multiple';
/** When members see the counts: as votes come in, or once the poll is closed. */
export type PollResultsVisibility = 'live' | 'afterClose';
export type PollStatus = 'open' | 'closed' | 'deleted';

/** An option; ids are `o1`..`o6` (stable, and valid as patch paths for the counts). */
export interface PollOption {
  id: string;
  label: string;
}

/** Counts by option id and how many members voted. */
export interface PollTally {
  counts: Record<string, number>;
  voters: number;
}

/**
 * A poll. Container `polls`, pk = tenantId, id = pollId. `counts`/`voters` are kept live by atomic
 * increments as votes change; `final` is recounted from the votes when the poll closes (exact even
 * if a live increment was lost to a crash).
 */
export interface Poll extends BaseDoc {
  kind: 'poll';
  question: string;
  options: PollOption[];
  choice: PollChoice;
  anonymous: boolean;
  results: PollResultsVisibility;
  /** The language the shared card is written in (the creator's). */
  language: Language;
  closesAt: string;
  status: PollStatus;
  createdBy: string;
  createdByName?: string;
  /** The creator's Teams user id (MRI), when created from Teams: the card refreshes for them. */
  createdByMri?: string;
  createdAt: string;
  updatedAt: string;
  /** Where it was posted. */
  conversationId: string;
  conversationType: ConversationType;
  /** How it was posted: a command in the conversation, or from the tab through the outbox. */
  origin: 'command' | 'tab';
  /** The id Teams gave the poll's message, so it can be updated in place. */
  activityId?: string;
  counts: Record<string, number>;
  voters: number;
  final?: PollTally;
  closedAt?: string;
  closedBy?: string;
  deletedAt?: string;
  /** Set while the message in Teams still shows an open poll that was closed or deleted. */
  cardPending?: true;
  cardAttempts?: number;
}

/**
 * A member's vote. Container `poll_votes`, pk = tenantId|pollId, id = pollId|memberId: one per
 * member and poll, replaced (with its etag) when the member changes their mind.
 */
export interface PollVote extends BaseDoc {
  kind: 'vote';
  pollId: string;
  memberId: string;
  memberName?: string;
  /** The voter's Teams user id (MRI): the card refreshes automatically for them. */
  mri?: string;
  optionIds: string[];
  /** First vote (stable order of voters). */
  at: string;
  updatedAt: string;
}

/** The option ids a poll has, in order. */
export function optionIdsOf(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `o${i + 1}`);
}

/** Zero for every option. */
export function emptyCounts(options: readonly PollOption[]): Record<string, number> {
  return Object.fromEntries(options.map((o) => [o.id, 0]));
}
