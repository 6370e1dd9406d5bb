import type { CampaignDto } from '../../../../contracts/outbox';
import type { MessageKey } from '../../i18n/messages';

/** A delivery's status, in the order the bar and its legend show them. */
export const STATUS_ORDER = [
  'sent',
  'queued',
  'sending',
  'retrying',
  'unreachable',
  'failed',
  'dropped',
] as const;
export type DeliveryStatusName = (typeof STATUS_ORDER)[number];

/** Statuses that may still change: a campaign with any of them is in progress. */
const PENDING: readonly DeliveryStatusName[] = ['queued', 'sending', 'retrying'];

/** How often an in-progress campaign is read again. */
export const POLL_MS = 4000;

export const STATUS_LABEL: Record<DeliveryStatusName, MessageKey> = {
  sent: 'deliveries.status.sent',
  queued: 'deliveries.status.queued',
  sending: 'deliveries.status.sending',
  retrying: 'deliveries.status.retrying',
  unreachable: 'deliveries.status.unreachable',
  failed: 'deliveries.status.failed',
  dropped: 'deliveries.status.dropped',
};

const KIND_LABEL: Record<CampaignDto['kind'], MessageKey> = {
  welcome: 'deliveries.kind.welcome',
  quiet: 'deliveries.kind.quiet',
  circlePosts: 'deliveries.kind.circlePosts',
  replies: 'deliveries.kind.replies',
  events: 'deliveries.kind.events',
  digest: 'deliveries.kind.digest',
  badges: 'deliveries.kind.badges',
  quizzes: 'deliveries.kind.quizzes',
  poll: 'deliveries.kind.poll',
};

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The kind in the reader's words (an unknown kind, from a newer server, shows as is). */
export function kindLabel(kind: string, t: T): string {
  const key = (KIND_LABEL as Record<string, MessageKey | undefined>)[kind];
  return key ? t(key) : kind;
}

/** Reads a status from the address (`?status=failed`); anything else is "all". */
export function statusOf(value: string | null | undefined): DeliveryStatusName | undefined {
  return (STATUS_ORDER as readonly string[]).includes(value ?? '')
    ? (value as DeliveryStatusName)
    : undefined;
}

/** One part of the stacked bar. */
export interface Segment {
  status: DeliveryStatusName;
  count: number;
  /** Share of the bar, 0..100. */
  percent: number;
}

/** The non-empty parts of the bar, in STATUS_ORDER, sized by share of all counted messages. */
export function segmentsOf(counts: Partial<Record<string, number>>): Segment[] {
  const total = STATUS_ORDER.reduce((sum, s) => sum + Math.max(0, counts[s] ?? 0), 0);
  if (total === 0) return [];
  return STATUS_ORDER.flatMap((status) => {
    const count = Math.max(0, counts[status] ?? 0);
    return count > 0 ? [{ status, count, percent: (count / total) * 100 }] : [];
  });
}

/** Something may still move: queued, sending or retrying messages remain. */
export function isInProgress(counts: Partial<Record<string, number>>): boolean {
  return PENDING.some((s) => (counts[s] ?? 0) > 0);
}

const REASONS: Record<string, MessageKey> = {
  'budget.optedOut': 'deliveries.reason.budget.optedOut',
  'budget.weeklyCap': 'deliveries.reason.budget.weeklyCap',
  'budget.quietHours': 'deliveries.reason.budget.quietHours',
  expired: 'deliveries.reason.expired',
  interrupted: 'deliveries.reason.interrupted',
  'member.gone': 'deliveries.reason.member.gone',
  noConversation: 'deliveries.reason.noConversation',
  'conversation.removed': 'deliveries.reason.conversation.removed',
  'connector.403': 'deliveries.reason.connector.403',
  'connector.404': 'deliveries.reason.connector.404',
  'connector.429': 'deliveries.reason.connector.429',
};

/**
 * Why a message is where it is, in plain words. Reason codes come from the outbox
 * (`budget.*`, `connector.<HTTP status>`, `expired`...); an unknown one shows its code.
 */
export function reasonText(reason: string, t: T): string {
  const known = REASONS[reason];
  if (known) return t(known);
  const connector = /^connector\.(\d{3})$/.exec(reason);
  if (connector) {
    const code = connector[1]!;
    return t(code.startsWith('5') ? 'deliveries.reason.connector.5xx' : 'deliveries.reason.connector.other', {
      code,
    });
  }
  return t('deliveries.reason.other', { code: reason });
}
