import { randomUUID } from 'node:crypto';

/** The demo tenant and members (same ids as the seed). */
export const DEMO_TENANT = 'c0ffee00-0000-4000-8000-000000000001';
export const DEMO_ADMIN = 'c0ffee00-0000-4000-8000-0000000000a1';
export const DEMO_MEMBER = 'c0ffee00-0000-4000-8000-0000000000a3';
export const BOT_ID = '28:guildhall-bot';

interface ActivityOptions {
  serviceUrl: string;
  tenantId?: string;
  aadObjectId?: string;
  name?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  locale?: string;
}

function base(type: string, o: ActivityOptions): Record<string, unknown> {
  const tenantId = o.tenantId ?? DEMO_TENANT;
  const aadObjectId = o.aadObjectId ?? DEMO_ADMIN;
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: { id: `29:${aadObjectId}`, aadObjectId, name: o.name ?? 'Camille Durand' },
    recipient: { id: BOT_ID, name: 'Guildhall' },
    conversation: {
      id: o.conversationId ?? `a:personal-${aadObjectId}`,
      conversationType: o.conversationType ?? 'personal',
      tenantId,
      ...(o.conversationType && o.conversationType !== 'personal' ? { isGroup: true } : {}),
    },
    channelData: { tenant: { id: tenantId } },
    locale: o.locale ?? 'en-US',
  };
}

/** A Teams message, as the Bot Connector posts it. In channels the bot is @mentioned. */
export function messageActivity(text: string, o: ActivityOptions): Record<string, unknown> {
  const activity = base('message', o);
  if (o.conversationType && o.conversationType !== 'personal') {
    return {
      ...activity,
      text: `<at>Guildhall</at> ${text}`,
      entities: [
        { type: 'mention', text: '<at>Guildhall</at>', mentioned: { id: BOT_ID, name: 'Guildhall' } },
      ],
    };
  }
  return { ...activity, text };
}

/** The bot was installed (personal, team or group chat). */
export function installActivity(o: ActivityOptions): Record<string, unknown> {
  return { ...base('installationUpdate', o), action: 'add' };
}

/** The bot was added to the conversation's members (Teams sends this beside installationUpdate). */
export function botAddedActivity(o: ActivityOptions): Record<string, unknown> {
  return { ...base('conversationUpdate', o), membersAdded: [{ id: BOT_ID }] };
}

/** Posts an activity to /api/messages, optionally with a Bot Connector token. */
export function postActivity(baseUrl: string, activity: object, token?: string): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(activity),
  });
}
