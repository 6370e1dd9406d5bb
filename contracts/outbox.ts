import { z } from 'zod';
import { Continuation, LocalizedText } from './schemas';

/** Proactive deliveries (DESIGN.md §4) and the member's notification settings. */

export const NudgeKind = z
  .enum(['welcome', 'quiet', 'circlePosts', 'replies', 'events', 'digest', 'badges', 'quizzes'])
  .meta({ id: 'NudgeKind', description: 'A kind of personal nudge a member can switch off.' });

export const DeliveryStatus = z
  .enum(['queued', 'sending', 'sent', 'retrying', 'unreachable', 'failed', 'dropped'])
  .meta({ id: 'DeliveryStatus' });

export const Campaign = z
  .object({
    id: z.string(),
    kind: z.union([NudgeKind, z.literal('poll')]),
    title: LocalizedText,
    createdBy: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    total: z.number().int(),
    counts: z.record(DeliveryStatus, z.number().int()),
  })
  .meta({ id: 'Campaign', description: 'A batch of proactive messages with counts per delivery status.' });

export const CampaignPage = z
  .object({ items: z.array(Campaign), continuation: Continuation.optional() })
  .meta({ id: 'CampaignPage' });

export const Delivery = z
  .object({
    id: z.string(),
    recipient: z.object({ memberId: z.string().optional(), conversationId: z.string().optional() }),
    recipientName: z.string().optional(),
    status: DeliveryStatus,
    attempts: z.number().int(),
    reason: z.string().optional(),
    dueAt: z.string(),
    sentAt: z.string().optional(),
  })
  .meta({ id: 'Delivery' });

export const DeliveryPage = z
  .object({ items: z.array(Delivery), continuation: Continuation.optional() })
  .meta({ id: 'DeliveryPage' });

export const CampaignParams = z.object({ campaignId: z.string().min(1).max(200) });

export const CampaignsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  continuation: Continuation.optional(),
});

export const DeliveriesQuery = z.object({
  status: DeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  continuation: Continuation.optional(),
});

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 24-hour.');

export const NotificationSettings = z
  .object({
    language: z.enum(['en', 'fr']).optional(),
    timeZone: z.string().min(1).max(64).optional(),
    quietHours: z.object({ start: HHMM, end: HHMM }).nullable().optional(),
    weeklyCap: z.number().int().min(0).max(50).optional(),
    mutedKinds: z.array(NudgeKind).max(8).optional(),
  })
  .meta({
    id: 'NotificationSettings',
    description: 'Language, time zone, quiet hours, weekly cap and the nudges a member switched off.',
  });

export type CampaignDto = z.infer<typeof Campaign>;
export type DeliveryDto = z.infer<typeof Delivery>;
export type NotificationSettingsDto = z.infer<typeof NotificationSettings>;
