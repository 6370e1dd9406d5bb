import type { Actor } from '../domain/shared/actor';

/** The parts of an incoming activity that say who and where (Teams shapes). */
export interface ActivityIdentity {
  conversation?: { tenantId?: string | undefined } | undefined;
  channelData?: unknown;
  from?: { id?: string | undefined; aadObjectId?: string | undefined; name?: string | undefined } | undefined;
  locale?: string | undefined;
}

/** The tenant of an activity: conversation.tenantId, else channelData.tenant.id, lower-cased. */
export function tenantOfActivity(activity: ActivityIdentity): string | undefined {
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenant =
    activity.conversation?.tenantId ?? (typeof channelTenant === 'string' ? channelTenant : undefined);
  return tenant?.toLowerCase();
}

/** The member behind an activity: tenant + Entra object id (the channel user id outside Teams). */
export function actorOfActivity(activity: ActivityIdentity, tenantId: string): Actor | undefined {
  const memberId = (activity.from?.aadObjectId ?? activity.from?.id)?.toLowerCase();
  if (!memberId) return undefined;
  return {
    tenantId,
    memberId,
    ...(activity.from?.name ? { displayName: activity.from.name } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}
