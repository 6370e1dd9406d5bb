import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { ConversationRepository } from '../domain/conversations/conversation-repository';

/**
 * Sends a message to a member's personal chat with the bot, outside any turn (a badge earned).
 * Uses the conversation reference captured when the bot was installed or last spoken to; members
 * who never installed the bot are not reachable, and that is not an error.
 */
export class ProactiveSender {
  constructor(
    private readonly deps: {
      adapter: CloudAdapter;
      conversations: ConversationRepository;
      /** The bot's app id ('' in dev mode, where outgoing calls carry no token). */
      appId: string;
    },
  ) {}

  /** True when the message was handed to the Bot Connector. */
  async sendToMember(tenantId: string, memberId: string, activity: Partial<Activity>): Promise<boolean> {
    const chat = await this.deps.conversations.personalChatOf(tenantId, memberId);
    if (!chat) return false;
    const { activityId: _activityId, ...reference } = chat.reference as Partial<ConversationReference>;
    await this.deps.adapter.continueConversationAsync(this.deps.appId, reference, async (context) => {
      // A new message in the chat (sendToConversation), not a reply to the message the reference
      // was captured from: context.sendActivity would reply to the continuation activity.
      const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
      const message = TurnContext.applyConversationReference({ type: 'message', ...activity }, reference);
      await client.conversations.sendToConversation(reference.conversation!.id, message);
    });
    return true;
  }
}
