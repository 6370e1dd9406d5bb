import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import type { CampaignDto, DeliveryDto } from '../../../../contracts/outbox';
import type { CampaignStatus, DeliveryView } from '../../domain/outbox/outbox';
import { registerRoute, type RouteOptions } from '../api-route';
import type { Services } from '../services';

/** Proactive deliveries for animators: /api/v1/campaigns, /campaigns/{id}, /campaigns/{id}/deliveries. */
export function registerCampaignRoutes(server: Server, options: RouteOptions, services: Services): void {
  const { outbox } = services;

  registerRoute(server, api.getCampaigns, options, async ({ actor, query }) => {
    await outbox.requireAnimator(actor);
    const page = await outbox.campaigns(actor.tenantId, query.limit, query.continuation);
    return {
      items: page.items.map(campaignDto),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.getCampaign, options, async ({ actor, params }) => {
    await outbox.requireAnimator(actor);
    return campaignDto(await outbox.requireCampaign(actor.tenantId, params.campaignId));
  });

  registerRoute(server, api.getCampaignDeliveries, options, async ({ actor, params, query }) => {
    await outbox.requireAnimator(actor);
    await outbox.requireCampaign(actor.tenantId, params.campaignId);
    const page = await outbox.deliveries(
      actor.tenantId,
      params.campaignId,
      query.status,
      query.limit,
      query.continuation,
    );
    const names = await outbox.namesOf(
      actor.tenantId,
      page.items.flatMap((d) => ('memberId' in d.recipient ? [d.recipient.memberId] : [])),
    );
    return {
      items: page.items.map((d) => deliveryDto(d, names)),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });
}

function campaignDto(campaign: CampaignStatus): CampaignDto {
  return {
    id: campaign.campaignId,
    kind: campaign.kind,
    title: campaign.title,
    ...(campaign.createdBy ? { createdBy: campaign.createdBy } : {}),
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
    total: campaign.total,
    counts: campaign.counts,
  };
}

function deliveryDto(delivery: DeliveryView, names: Map<string, string>): DeliveryDto {
  const name = 'memberId' in delivery.recipient ? names.get(delivery.recipient.memberId) : undefined;
  return {
    id: delivery.id,
    recipient: delivery.recipient,
    ...(name ? { recipientName: name } : {}),
    status: delivery.status,
    attempts: delivery.attempts,
    ...(delivery.reason ? { reason: delivery.reason } : {}),
    dueAt: delivery.dueAt,
    ...(delivery.sentAt ? { sentAt: delivery.sentAt } : {}),
  };
}
