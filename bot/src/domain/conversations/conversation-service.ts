import type { Clock } from '../shared/clock';
import { ConcurrencyError, ConflictError } from '../shared/document-store';
import { safeId } from '../shared/ids';
import type { ConversationRecord, ConversationType } from './conversation';
import type { ConversationRepository } from './conversation-repository';

/** What the bot learnt about a conversation from an incoming activity. */
export interface ConversationSighting {
  tenantId: string;
  conversationId: string;
  type: ConversationType;
  memberId?: string;
  teamId?: string;
  reference: Record<string, unknown>;
}

/** Conversation references: captured on install and on every message, so proactive sends can reach people. */
export class ConversationService {
  constructor(private readonly deps: { conversations: ConversationRepository; clock: Clock }) {}

  /**
   * Stores the latest reference. With `claimGreeting`, also claims the welcome message: exactly one
   * caller ever gets `greet: true` for a conversation, even when Teams sends installationUpdate and
   * conversationUpdate together, or retries them.
   */
  async record(
    sighting: ConversationSighting,
    options: { claimGreeting: boolean },
  ): Promise<{ greet: boolean }> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = this.deps.clock.now().toISOString();
      const existing = await this.deps.conversations.get(sighting.tenantId, sighting.conversationId);
      try {
        if (!existing) {
          const record: ConversationRecord = {
            id: safeId(sighting.conversationId),
            pk: sighting.tenantId,
            tenantId: sighting.tenantId,
            kind: 'conversation',
            conversationId: sighting.conversationId,
            type: sighting.type,
            ...(sighting.memberId ? { memberId: sighting.memberId } : {}),
            ...(sighting.teamId ? { teamId: sighting.teamId } : {}),
            reference: sighting.reference,
            installedAt: now,
            updatedAt: now,
            ...(options.claimGreeting ? { greetedAt: now } : {}),
          };
          await this.deps.conversations.create(record);
          return { greet: options.claimGreeting };
        }
        const greet = options.claimGreeting && existing.greetedAt === undefined;
        const { removedAt: _removed, ...rest } = existing;
        await this.deps.conversations.replace({
          ...rest,
          reference: sighting.reference,
          updatedAt: now,
          ...(greet ? { greetedAt: now } : {}),
        });
        return { greet };
      } catch (error) {
        // Another delivery of the same install won the write; read again and decide with its result.
        if (error instanceof ConflictError || error instanceof ConcurrencyError) continue;
        throw error;
      }
    }
    return { greet: false };
  }

  /** The bot was removed from the conversation: stop writing there. */
  async markRemoved(tenantId: string, conversationId: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = await this.deps.conversations.get(tenantId, conversationId);
      if (!existing || existing.removedAt) return;
      try {
        await this.deps.conversations.replace({
          ...existing,
          removedAt: this.deps.clock.now().toISOString(),
        });
        return;
      } catch (error) {
        if (error instanceof ConcurrencyError) continue;
        throw error;
      }
    }
  }
}
