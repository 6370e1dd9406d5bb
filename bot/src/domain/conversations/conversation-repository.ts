import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import { safeId } from '../shared/ids';
import type { ConversationRecord } from './conversation';

/**
 * Conversation references. Container `conversations`, pk = tenantId, id = safeId(conversation id).
 * Reads: point read by conversation id (install, proactive send); a member's personal chat by
 * memberId + type (nudges); the channels and group chats of a tenant by type (polls from the tab).
 */
export class ConversationRepository {
  private readonly container: DocumentContainer<ConversationRecord>;

  constructor(store: DocumentStore) {
    this.container = store.container<ConversationRecord>(Containers.conversations);
  }

  get(tenantId: string, conversationId: string): Promise<Stored<ConversationRecord> | undefined> {
    return this.container.read({ tenantId, pk: tenantId, id: safeId(conversationId) });
  }

  create(record: ConversationRecord): Promise<Stored<ConversationRecord>> {
    return this.container.create(record);
  }

  replace(record: Stored<ConversationRecord>): Promise<Stored<ConversationRecord>> {
    return this.container.replace(record, { ifMatch: record.etag });
  }

  /** Channels and group chats where the bot is installed (a few hundred at most), by type. */
  async shared(tenantId: string): Promise<Stored<ConversationRecord>[]> {
    const found: Stored<ConversationRecord>[] = [];
    for (const type of ['channel', 'groupChat'] as const) {
      let continuation: string | undefined;
      do {
        const page = await this.container.query({
          tenantId,
          pk: tenantId,
          where: [
            { path: 'type', op: 'eq', value: type },
            { path: 'removedAt', op: 'notExists' },
          ],
          orderBy: [{ path: 'type', direction: 'asc' }],
          limit: 500,
          ...(continuation ? { continuation } : {}),
        });
        found.push(...page.items);
        continuation = page.continuation;
      } while (continuation && found.length < 2000);
    }
    return found;
  }

  async personalChatOf(tenantId: string, memberId: string): Promise<Stored<ConversationRecord> | undefined> {
    const page = await this.container.query({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'memberId', op: 'eq', value: memberId },
        { path: 'type', op: 'eq', value: 'personal' },
        { path: 'removedAt', op: 'notExists' },
      ],
      limit: 1,
    });
    return page.items[0];
  }
}
