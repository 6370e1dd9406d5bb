import { hasRole } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import type { Page, Stored } from '../shared/document-store';
import {
  DELIVERY_STATUSES,
  type CampaignRequest,
  type CampaignStatus,
  type DeliveryStatus,
  type DeliveryView,
  type Outbox,
  type OutboxMessage,
  type Recipient,
} from './outbox';
import {
  campaignDocIdOf,
  deliveryIdOf,
  recipientKeyOf,
  type CampaignDoc,
  type DeliveryDoc,
  type OutboxRepository,
} from './outbox-repository';

const CAMPAIGN_ID = /^[A-Za-z0-9_|:.@-]{1,200}$/;
/** A card in Teams must stay well under 100 KB; we refuse more than 80 KB up front. */
const MAX_ACTIVITY_BYTES = 80 * 1024;
/** Writes in flight while enqueueing a large campaign. */
const ENQUEUE_CONCURRENCY = 16;

/**
 * Writes deliveries (the outbox) and reads their status. Sending is the worker's job
 * (outbox-worker.ts); this only stores, so a crash right after `enqueue` resolves loses nothing.
 */
export class OutboxService implements Outbox {
  constructor(
    private readonly deps: { repository: OutboxRepository; clock: Clock; members: MemberRepository },
  ) {}

  /** Animators and administrators follow deliveries; others get OUTBOX.FORBIDDEN. */
  async requireAnimator(actor: Actor): Promise<void> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member || !hasRole(member, 'animator')) {
      throw new AppError('OUTBOX.FORBIDDEN', 403, {
        en: 'Only animators and administrators can follow deliveries.',
        fr: 'Seuls les animateurs et les administrateurs peuvent suivre les envois.',
      });
    }
  }

  /** The campaign, or OUTBOX.CAMPAIGN_NOT_FOUND. */
  async requireCampaign(tenantId: string, campaignId: string): Promise<CampaignStatus> {
    const found = await this.campaign(tenantId, campaignId);
    if (!found) {
      throw new AppError('OUTBOX.CAMPAIGN_NOT_FOUND', 404, {
        en: 'There is no such campaign.',
        fr: 'Cette campagne n’existe pas.',
      });
    }
    return found;
  }

  /** Display names of members, for the animator's list of deliveries. */
  async namesOf(tenantId: string, memberIds: readonly string[]): Promise<Map<string, string>> {
    const people = await this.deps.members.many(tenantId, [...new Set(memberIds)]);
    return new Map([...people].map(([id, member]) => [id, member.displayName]));
  }

  async enqueue(
    campaign: CampaignRequest,
    messages: readonly OutboxMessage[],
  ): Promise<{ queued: number; alreadyQueued: number }> {
    if (!CAMPAIGN_ID.test(campaign.campaignId)) {
      throw new AppError('OUTBOX.BAD_CAMPAIGN', 400, {
        en: `Invalid campaign id "${campaign.campaignId.slice(0, 60)}".`,
        fr: `Identifiant de campagne invalide « ${campaign.campaignId.slice(0, 60)} ».`,
      });
    }
    for (const message of messages) {
      const size = Buffer.byteLength(JSON.stringify(message.activity), 'utf8');
      if (size > MAX_ACTIVITY_BYTES) {
        throw new AppError('OUTBOX.TOO_LARGE', 400, {
          en: `A message of ${size} bytes is over the 80 KB a Teams message may hold.`,
          fr: `Un message de ${size} octets dépasse les 80 Ko qu’un message Teams peut contenir.`,
        });
      }
    }
    const now = this.deps.clock.now().toISOString();
    const { tenantId } = campaign;
    await this.deps.repository.ensureCampaign({
      id: campaignDocIdOf(campaign.campaignId),
      pk: tenantId,
      tenantId,
      kind: 'campaign',
      campaignId: campaign.campaignId,
      campaignKind: campaign.kind,
      title: campaign.title,
      ...(campaign.createdBy ? { createdBy: campaign.createdBy } : {}),
      total: 0,
      createdAt: now,
      updatedAt: now,
    });
    // One recipient once, even when the caller lists them twice.
    const unique = new Map<string, OutboxMessage>();
    for (const message of messages) unique.set(recipientKeyOf(message.recipient), message);
    let queued = 0;
    let alreadyQueued = 0;
    const items = [...unique.values()];
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const message = items[next++]!;
        const created = await this.deps.repository.createDelivery(this.deliveryOf(campaign, message, now));
        if (created) queued++;
        else alreadyQueued++;
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(ENQUEUE_CONCURRENCY, items.length) }, worker));
    } finally {
      // The total follows what was written, even when a write failed halfway (a retry adds the rest).
      await this.deps.repository.addToCampaignTotal(tenantId, campaign.campaignId, queued);
    }
    return { queued, alreadyQueued };
  }

  async campaign(tenantId: string, campaignId: string): Promise<CampaignStatus | undefined> {
    const doc = await this.deps.repository.readCampaign(tenantId, campaignId);
    return doc ? this.statusOf(doc) : undefined;
  }

  async delivery(
    tenantId: string,
    campaignId: string,
    recipient: Recipient,
  ): Promise<DeliveryView | undefined> {
    const doc = await this.deps.repository.readDelivery(tenantId, deliveryIdOf(campaignId, recipient));
    return doc ? deliveryView(doc) : undefined;
  }

  /** Campaigns newest first, with their counts. */
  async campaigns(
    tenantId: string,
    limit: number,
    continuation?: string,
  ): Promise<{ items: CampaignStatus[]; continuation?: string }> {
    const page = await this.deps.repository.listCampaigns(tenantId, limit, continuation);
    return {
      items: await Promise.all(page.items.map((doc) => this.statusOf(doc))),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  }

  /** One campaign's deliveries, optionally of one status. */
  async deliveries(
    tenantId: string,
    campaignId: string,
    status: DeliveryStatus | undefined,
    limit: number,
    continuation?: string,
  ): Promise<Page<DeliveryView>> {
    const page = await this.deps.repository.campaignDeliveries(
      tenantId,
      campaignId,
      status,
      limit,
      continuation,
    );
    return {
      items: page.items.map(deliveryView),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  }

  private async statusOf(doc: Stored<CampaignDoc>): Promise<CampaignStatus> {
    const counts = Object.fromEntries(
      await Promise.all(
        DELIVERY_STATUSES.map(
          async (status) =>
            [status, await this.deps.repository.countByStatus(doc.tenantId, doc.campaignId, status)] as const,
        ),
      ),
    ) as Record<DeliveryStatus, number>;
    return {
      tenantId: doc.tenantId,
      campaignId: doc.campaignId,
      kind: doc.campaignKind,
      title: doc.title,
      ...(doc.createdBy ? { createdBy: doc.createdBy } : {}),
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      counts,
    };
  }

  private deliveryOf(campaign: CampaignRequest, message: OutboxMessage, now: string): DeliveryDoc {
    return {
      id: deliveryIdOf(campaign.campaignId, message.recipient),
      pk: campaign.tenantId,
      tenantId: campaign.tenantId,
      kind: 'delivery',
      campaignId: campaign.campaignId,
      campaignKind: campaign.kind,
      recipient: message.recipient,
      recipientKey: recipientKeyOf(message.recipient),
      activity: message.activity,
      status: 'queued',
      attempts: 0,
      dueAt: message.notBefore && message.notBefore > now ? message.notBefore : now,
      budget: campaign.budget,
      overBudget: campaign.overBudget,
      ...(campaign.expiresAt ? { expiresAt: campaign.expiresAt } : {}),
      createdAt: now,
      updatedAt: now,
    };
  }
}

export function deliveryView(doc: Stored<DeliveryDoc> | DeliveryDoc): DeliveryView {
  return {
    id: doc.id,
    campaignId: doc.campaignId,
    recipient: doc.recipient,
    status: doc.status,
    attempts: doc.attempts,
    dueAt: doc.dueAt,
    ...(doc.activityId ? { activityId: doc.activityId } : {}),
    ...(doc.conversationId ? { conversationId: doc.conversationId } : {}),
    ...(doc.reason ? { reason: doc.reason } : {}),
    ...(doc.sentAt ? { sentAt: doc.sentAt } : {}),
  };
}
