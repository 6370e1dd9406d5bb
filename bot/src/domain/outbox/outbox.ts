import type { LocalizedText } from '../shared/locale';

/**
 * The outbox (DESIGN.md §4): every proactive message the bot sends (nudges, quizzes, polls posted to
 * a channel, badge cards) is a delivery document written here first, then sent by workers that hold
 * a lease on it, within a token bucket per tenant and per conversation, with retries. One delivery
 * per recipient and campaign: its id is the idempotency key, so enqueueing the same campaign twice
 * (a retried job, two instances) adds nothing.
 */

/** Personal nudges a member can switch off, one by one (DESIGN.md keys 3, 7 and 9). */
export const NUDGE_KINDS = [
  'welcome',
  'quiet',
  'circlePosts',
  'replies',
  'events',
  'digest',
  'badges',
  'quizzes',
] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** What a campaign sends: a kind of nudge, or a poll posted to a channel or group chat. */
export type OutboxKind = NudgeKind | 'poll';

/**
 * Where a delivery goes: a member's personal chat with the bot (found from the conversation
 * reference stored on install), or a known conversation (a channel or group chat, for polls).
 */
export type Recipient = { memberId: string } | { conversationId: string };

/** The life of a delivery. `sending` is held under a lease; the others are resting states. */
export const DELIVERY_STATUSES = [
  'queued',
  'sending',
  'sent',
  'retrying',
  'unreachable',
  'failed',
  'dropped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One message of a campaign, already written in its recipient's language. */
export interface OutboxMessage {
  recipient: Recipient;
  /**
   * The Bot Framework activity to send (`type: 'message'`, text and/or Adaptive Card attachments),
   * as plain JSON. The domain holds no botbuilder types; the worker adds the conversation.
   */
  activity: Record<string, unknown>;
  /** Not before this time (ISO 8601), e.g. a quiz scheduled for Monday 9:00. */
  notBefore?: string;
}

/** A batch of messages sent for one reason, that the animator follows as one line. */
export interface CampaignRequest {
  tenantId: string;
  /**
   * Stable id chosen by the caller (`quiz|<quizId>|<date>`, `badge|<memberId>|<badgeId>`...):
   * enqueueing it again adds only the recipients not there yet. [A-Za-z0-9_|:.-], at most 200.
   */
  campaignId: string;
  kind: OutboxKind;
  /** What the animator reads in the delivery status list. */
  title: LocalizedText;
  /** The member who started it (an animator), if a person did. */
  createdBy?: string;
  /**
   * Personal nudges count against the member's notification budget (weekly cap, quiet hours,
   * opt-out of this kind). `exempt`: polls posted to a channel (nobody's personal budget).
   */
  budget: 'counted' | 'exempt';
  /**
   * When the budget says "not now": `wait` until the next allowed time (quiet hours end, the next
   * week), or `drop` the delivery. An opted-out kind is always dropped. Never sent anyway.
   */
  overBudget: 'wait' | 'drop';
  /** After this time an undelivered message is dropped (last week's digest is pointless later). */
  expiresAt?: string;
}

/** Counts per status of a campaign, for the animator. */
export interface CampaignStatus {
  tenantId: string;
  campaignId: string;
  kind: OutboxKind;
  title: LocalizedText;
  createdBy?: string;
  createdAt: string;
  updatedAt: string;
  total: number;
  counts: Record<DeliveryStatus, number>;
}

/** One delivery as the animator (or a poll, to update its card later) reads it. */
export interface DeliveryView {
  id: string;
  campaignId: string;
  recipient: Recipient;
  status: DeliveryStatus;
  attempts: number;
  /** The id Teams gave the sent message: a poll's card is updated in place with it. */
  activityId?: string;
  /** The conversation it went to (known once sent). */
  conversationId?: string;
  /** Why it is not sent (unreachable, failed, dropped): a stable code such as `budget.optedOut`. */
  reason?: string;
  /** When it is due next (queued, retrying, waiting for the budget). */
  dueAt: string;
  sentAt?: string;
}

/** The port the domain uses to send proactive messages; the worker sends them. */
export interface Outbox {
  /**
   * Writes one delivery per message (id = campaign + recipient), idempotently, and the campaign's
   * status document. Resolves once everything is stored: a crash afterwards loses nothing.
   */
  enqueue(
    campaign: CampaignRequest,
    messages: readonly OutboxMessage[],
  ): Promise<{ queued: number; alreadyQueued: number }>;
  /** A campaign's counts per status, or undefined. */
  campaign(tenantId: string, campaignId: string): Promise<CampaignStatus | undefined>;
  /** The delivery of one recipient of a campaign, or undefined. */
  delivery(tenantId: string, campaignId: string, recipient: Recipient): Promise<DeliveryView | undefined>;
}
