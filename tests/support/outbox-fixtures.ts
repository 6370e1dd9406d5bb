import { ConversationRepository } from '../../bot/src/domain/conversations/conversation-repository';
import type { DocumentStore } from '../../bot/src/domain/shared/document-store';
import { safeId } from '../../bot/src/domain/shared/ids';
import { MemberRepository } from '../../bot/src/domain/members/member-repository';
import type { Member } from '../../bot/src/domain/members/member';

export const TENANT = 'c0ffee00-0000-4000-8000-000000000001';

/** The personal chat id of a test member (what Teams would give on install). */
export const chatOf = (memberId: string) => `a:chat-${memberId}`;

/**
 * Members with a personal chat whose conversation reference points at the fake connector, written
 * straight to the store (as the bot's install handler and sign-in would have).
 */
export async function seedRecipients(
  store: DocumentStore,
  options: {
    count: number;
    connectorUrl: string;
    prefix?: string;
    tenantId?: string;
    member?: (index: number) => Partial<Member>;
    at?: string;
  },
): Promise<string[]> {
  const tenantId = options.tenantId ?? TENANT;
  const members = new MemberRepository(store);
  const conversations = new ConversationRepository(store);
  const at = options.at ?? new Date().toISOString();
  const ids: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const id = `${options.prefix ?? 'r'}-${String(i).padStart(5, '0')}`;
    const name = `Recipient ${i}`;
    await members.create({
      id,
      pk: tenantId,
      tenantId,
      kind: 'member',
      displayName: name,
      roles: [],
      segments: { interests: [] },
      followedTags: [],
      searchName: name.toLowerCase(),
      joinedAt: at,
      lastSeenAt: at,
      source: 'dev',
      ...options.member?.(i),
    });
    const conversationId = chatOf(id);
    await conversations.create({
      id: safeId(conversationId),
      pk: tenantId,
      tenantId,
      kind: 'conversation',
      conversationId,
      type: 'personal',
      memberId: id,
      reference: {
        serviceUrl: options.connectorUrl,
        channelId: 'msteams',
        conversation: { id: conversationId, conversationType: 'personal', tenantId },
        bot: { id: '28:guildhall', name: 'Guildhall' },
        user: { id: `29:${id}`, aadObjectId: id },
      },
      installedAt: at,
      updatedAt: at,
    });
    ids.push(id);
  }
  return ids;
}

/** A small message card, like a nudge. */
export const messageFor = (memberId: string) => ({
  recipient: { memberId },
  activity: { type: 'message', text: `Hello ${memberId}` },
});
