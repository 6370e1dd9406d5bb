import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ConversationRepository } from '../domain/conversations/conversation-repository';
import type { PollMessages } from '../domain/polls/poll-service';

/**
 * Updates a poll's message in place (PUT /v3/conversations/{id}/activities/{activityId}), outside
 * any turn: the closing job and the tab close polls long after the message was sent. Uses the
 * conversation reference captured when the bot was installed or last spoken to there.
 */
export class BotPollMessages implements PollMessages {
  constructor(
    private readonly deps: {
      adapter: CloudAdapter;
      conversations: ConversationRepository;
      /** The bot's app id ('' in dev mode, where outgoing calls carry no token). */
      appId: string;
    },
  ) {}

  async update(input: {
    tenantId: string;
    conversationId: string;
    activityId: string;
    activity: Record<string, unknown>;
  }): Promise<'updated' | 'gone'> {
    const record = await this.deps.conversations.get(input.tenantId, input.conversationId);
    if (!record || record.removedAt) return 'gone';
    const { activityId: _activityId, ...reference } = record.reference as Partial<ConversationReference>;
    // The poll may live in a channel thread: the message is addressed in the poll's conversation.
    const conversation = {
      ...reference.conversation,
      id: input.conversationId,
    } as ConversationReference['conversation'];
    try {
      await this.deps.adapter.continueConversationAsync(
        this.deps.appId,
        { ...reference, conversation },
        async (context) => {
          await context.updateActivity({ ...input.activity, type: 'message', id: input.activityId });
        },
      );
      return 'updated';
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      // The message or the bot's place in the conversation is gone: nothing left to update.
      if (status === 403 || status === 404) return 'gone';
      throw error;
    }
  }
}
