import { useEffect, useRef } from 'react';
import type { CampaignDto, DeliveryDto } from '../../../contracts/outbox';
import { ApiPaths } from '../../../contracts/routes';
import { usePaged } from './usePaged';
import { useResource } from './useResource';
import { useSession } from './useSession';

const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const qs = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return qs ? `${path}?${qs}` : path;
};

/** The campaigns of the tenant, newest first, page by page (animators). */
export function useCampaigns() {
  const { api } = useSession();
  return usePaged<CampaignDto>('campaigns', (continuation, signal) =>
    api.get(withQuery(ApiPaths.campaigns, { continuation }), signal),
  );
}

/** One campaign and its counts per status. */
export function useCampaign(campaignId: string) {
  const { api } = useSession();
  return useResource<CampaignDto>(`campaign:${campaignId}`, (signal) =>
    api.get(ApiPaths.campaign(campaignId), signal),
  );
}

/** A campaign's deliveries, all or those of one status, page by page. */
export function useCampaignDeliveries(campaignId: string, status: string | undefined) {
  const { api } = useSession();
  return usePaged<DeliveryDto>(`deliveries:${campaignId}:${status ?? ''}`, (continuation, signal) =>
    api.get(withQuery(ApiPaths.campaignDeliveries(campaignId), { status, continuation }), signal),
  );
}

/**
 * Calls `tick` every `intervalMs` while `active` (a campaign still sending), and not while the page
 * is hidden (Teams keeps tabs alive in the background).
 */
export function usePolling(active: boolean, intervalMs: number, tick: () => void): void {
  const tickRef = useRef(tick);
  useEffect(() => {
    tickRef.current = tick;
  });
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') tickRef.current();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
}
