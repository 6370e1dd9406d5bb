import { createHash } from 'node:crypto';
import { Containers } from '../shared/containers';
import {
  ConflictError,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
  type Filter,
  type Page,
  type Stored,
} from '../shared/document-store';
import type { LocalizedText } from '../shared/locale';
import type { DeliveryStatus, OutboxKind, Recipient } from './outbox';

/** A delivery: one message to one recipient, with where it stands. */
export interface DeliveryDoc extends BaseDoc {
  kind: 'delivery';
  campaignId: string;
  campaignKind: OutboxKind;
  recipient: Recipient;
  /** `member:<id>` or `conversation:<id>`: what the id is derived from. */
  recipientKey: string;
  activity: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  /** When the worker should look at it next. */
  dueAt: string;
  budget: 'counted' | 'exempt';
  overBudget: 'wait' | 'drop';
  expiresAt?: string;
  /** The worker holding it while `sending`, and until when. */
  leaseHolder?: string;
  leaseUntil?: string;
  /** The weekly budget counter this delivery took a unit from (refunded if it is not sent). */
  budgetWeek?: string;
  conversationId?: string;
  activityId?: string;
  reason?: string;
  lastStatusCode?: number;
  createdAt: string;
  updatedAt: string;
  sentAt?: string;
}

/** A campaign's description; its counts are counted from its deliveries when read. */
export interface CampaignDoc extends BaseDoc {
  kind: 'campaign';
  campaignId: string;
  campaignKind: OutboxKind;
  title: LocalizedText;
  createdBy?: string;
  total: number;
  createdAt: string;
  updatedAt: string;
}

export function recipientKeyOf(recipient: Recipient): string {
  return 'memberId' in recipient
    ? `member:${recipient.memberId}`
    : `conversation:${recipient.conversationId}`;
}

/** The delivery id: the idempotency key of (campaign, recipient), short and safe in any store. */
export function deliveryIdOf(campaignId: string, recipient: Recipient): string {
  return `d${createHash('sha256')
    .update(`${campaignId}\n${recipientKeyOf(recipient)}`)
    .digest('hex')
    .slice(0, 40)}`;
}

/** The campaign document id (campaign ids may hold characters a store id should not). */
export function campaignDocIdOf(campaignId: string): string {
  return `c${createHash('sha256').update(campaignId).digest('hex').slice(0, 40)}`;
}

/**
 * Containers `deliveries` and `campaigns`, both pk = tenantId. Reads: the due deliveries by
 * (status, dueAt) for the worker; a campaign's deliveries by (campaignId, status) and their counts
 * for the animator; campaigns newest first.
 */
export class OutboxRepository {
  private readonly deliveries: DocumentContainer<DeliveryDoc>;
  private readonly campaigns: DocumentContainer<CampaignDoc>;

  constructor(store: DocumentStore) {
    this.deliveries = store.container<DeliveryDoc>(Containers.deliveries);
    this.campaigns = store.container<CampaignDoc>(Containers.campaigns);
  }

  /** Creates the delivery; false when it already exists (the idempotency key at work). */
  async createDelivery(doc: DeliveryDoc): Promise<boolean> {
    try {
      await this.deliveries.create(doc);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  readDelivery(tenantId: string, id: string): Promise<Stored<DeliveryDoc> | undefined> {
    return this.deliveries.read({ tenantId, pk: tenantId, id });
  }

  /** Replaces under the etag (ConcurrencyError when someone else changed it). */
  replaceDelivery(doc: Stored<DeliveryDoc>): Promise<Stored<DeliveryDoc>> {
    return this.deliveries.replace(doc, { ifMatch: doc.etag });
  }

  /** Deliveries in one of `statuses` due by `now`, earliest first. */
  async due(
    tenantId: string,
    statuses: readonly DeliveryStatus[],
    now: string,
    limit: number,
  ): Promise<Stored<DeliveryDoc>[]> {
    const out: Stored<DeliveryDoc>[] = [];
    for (const status of statuses) {
      const page = await this.deliveries.query({
        tenantId,
        pk: tenantId,
        where: [
          { path: 'status', op: 'eq', value: status },
          { path: 'dueAt', op: 'lte', value: now },
        ],
        orderBy: [
          { path: 'status', direction: 'asc' },
          { path: 'dueAt', direction: 'asc' },
        ],
        limit,
      });
      out.push(...page.items);
    }
    return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt)).slice(0, limit);
  }

  /** Deliveries held under a lease that ran out (their worker died while sending). */
  async staleSending(tenantId: string, now: string, limit: number): Promise<Stored<DeliveryDoc>[]> {
    const page = await this.deliveries.query({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'status', op: 'eq', value: 'sending' },
        { path: 'leaseUntil', op: 'lt', value: now },
      ],
      limit,
    });
    return page.items;
  }

  async countByStatus(tenantId: string, campaignId: string, status: DeliveryStatus): Promise<number> {
    return this.deliveries.count({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'campaignId', op: 'eq', value: campaignId },
        { path: 'status', op: 'eq', value: status },
      ],
    });
  }

  campaignDeliveries(
    tenantId: string,
    campaignId: string,
    status: DeliveryStatus | undefined,
    limit: number,
    continuation?: string,
  ): Promise<Page<Stored<DeliveryDoc>>> {
    const where: Filter[] = [{ path: 'campaignId', op: 'eq', value: campaignId }];
    if (status) where.push({ path: 'status', op: 'eq', value: status });
    return this.deliveries.query({
      tenantId,
      pk: tenantId,
      where,
      orderBy: [
        { path: 'campaignId', direction: 'asc' },
        { path: 'status', direction: 'asc' },
      ],
      limit,
      ...(continuation ? { continuation } : {}),
    });
  }

  /** Creates the campaign, or returns the one already there. */
  async ensureCampaign(doc: CampaignDoc): Promise<Stored<CampaignDoc>> {
    try {
      return await this.campaigns.create(doc);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const existing = await this.campaigns.read({ tenantId: doc.tenantId, pk: doc.pk, id: doc.id });
      if (!existing) throw error;
      return existing;
    }
  }

  readCampaign(tenantId: string, campaignId: string): Promise<Stored<CampaignDoc> | undefined> {
    return this.campaigns.read({ tenantId, pk: tenantId, id: campaignDocIdOf(campaignId) });
  }

  async addToCampaignTotal(tenantId: string, campaignId: string, added: number): Promise<void> {
    if (added === 0) return;
    await this.campaigns.patch({ tenantId, pk: tenantId, id: campaignDocIdOf(campaignId) }, [
      { op: 'incr', path: 'total', value: added },
    ]);
  }

  listCampaigns(tenantId: string, limit: number, continuation?: string): Promise<Page<Stored<CampaignDoc>>> {
    return this.campaigns.query({
      tenantId,
      pk: tenantId,
      orderBy: [{ path: 'createdAt', direction: 'desc' }],
      limit,
      ...(continuation ? { continuation } : {}),
    });
  }
}
