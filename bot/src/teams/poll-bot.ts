import { TurnContext, type AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ConversationType } from '../domain/conversations/conversation';
import type { PollInput, PollService, PollView, VoteOutcome } from '../domain/polls/poll-service';
import type { Actor } from '../domain/shared/actor';
import type { Clock } from '../domain/shared/clock';
import { AppError } from '../domain/shared/app-error';
import { localizedMessage } from '../domain/shared/error-messages';
import type { Language } from '../domain/shared/locale';
import {
  FORM_DURATIONS,
  pollCard,
  pollCardModelOf,
  pollFormCard,
  pollCardRenderer,
  pollHelpCard,
  type PollCardModel,
  type PollFormValues,
} from './cards/poll-cards';
import { adaptiveCard, textBlock } from './cards/adaptive-card';
import { parsePollCommand, utcOffsetOf } from './poll-command';
import { pt } from './poll-text';

/** The card actions of a poll (validated: cards come back from the client). */
const PollAction = z.object({ pollId: z.string().min(1).max(100) });
const VoteAction = PollAction.extend({ choice: z.string().max(200).optional() });
const FormAction = z.object({
  question: z.string().max(1000).optional(),
  option1: z.string().max(500).optional(),
  option2: z.string().max(500).optional(),
  option3: z.string().max(500).optional(),
  option4: z.string().max(500).optional(),
  option5: z.string().max(500).optional(),
  option6: z.string().max(500).optional(),
  choice: z.enum(['single', 'multiple']).optional(),
  visibility: z.enum(['named', 'anonymous']).optional(),
  results: z.enum(['live', 'afterClose']).optional(),
  duration: z.enum(['1h', '4h', '1d', '3d', '7d']).optional(),
});

/** The card action verbs polls answer. */
export const POLL_VERBS = ['poll.vote', 'poll.refresh', 'poll.close', 'poll.create'] as const;

/**
 * The `poll` command and the poll card's actions. Each handler parses, calls PollService once (or
 * twice: create, then remember the message), and answers with a card; rules live in the domain.
 */
export class PollBot {
  constructor(private readonly deps: { polls: PollService; clock: Clock; logger: Logger }) {}

  /** `poll …` / `sondage …` in a channel, group chat or personal chat. */
  async onCommand(context: TurnContext, actor: Actor, language: Language): Promise<void> {
    const activity = context.activity;
    const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    // Drop the command word; keep line breaks (one option per line works too).
    const rest = text.replace(/^\S+/, '');
    const command = parsePollCommand(rest, {
      now: this.deps.clock.now(),
      // botbuilder keeps Teams' original text (with the writer's offset) beside the parsed date.
      utcOffsetMinutes: utcOffsetOf((activity as { rawLocalTimestamp?: unknown }).rawLocalTimestamp),
    });
    if (command.kind === 'form') {
      await context.sendActivity({
        attachments: [pollFormCard({ language })],
        summary: pt(language, 'formTitle'),
      });
      return;
    }
    if (command.kind === 'help') {
      await context.sendActivity({
        attachments: [pollHelpCard({ language, problem: command.problem })],
        summary: pt(language, 'helpTitle'),
      });
      return;
    }
    let view: PollView;
    try {
      view = await this.deps.polls.create({
        actor,
        poll: command.input,
        place: placeOf(context),
        origin: 'command',
        language,
        creatorMri: activity.from.id,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'POLL.INVALID') {
        await context.sendActivity({
          attachments: [pollHelpCard({ language, message: localizedMessage(error, language) })],
          summary: pt(language, 'helpTitle'),
        });
        return;
      }
      throw error;
    }
    // Everyone sees this message: no viewer-specific parts (its creator gets theirs on refresh).
    const sent = await context.sendActivity(
      pollCardRenderer.sharedMessage({ ...view, myVote: undefined, canManage: false }),
    );
    if (sent?.id) await this.deps.polls.setActivityId(actor.tenantId, view.poll.id, sent.id);
  }

  /** A poll card's Universal Action. Bad input and closed or deleted polls get a card, not an error. */
  async onAction(
    context: TurnContext,
    verb: (typeof POLL_VERBS)[number],
    data: unknown,
    actor: Actor,
    language: Language,
  ): Promise<AdaptiveCardInvokeResponse> {
    if (verb === 'poll.create') return this.create(context, data, actor, language);
    const parsed = (verb === 'poll.vote' ? VoteAction : PollAction).safeParse(data);
    if (!parsed.success) return invokeError(400, 'The card sent unexpected data.');
    const { pollId } = parsed.data;
    try {
      switch (verb) {
        case 'poll.vote': {
          const choice = (parsed.data as z.infer<typeof VoteAction>).choice ?? '';
          const optionIds = choice
            .split(',')
            .map((c) => c.trim())
            .filter((c) => c.length > 0);
          const { view, outcome } = await this.deps.polls.vote({
            actor,
            pollId,
            optionIds,
            mri: context.activity.from.id,
          });
          return this.card(view, language, { text: pt(language, outcomeKey(outcome)), tone: 'good' });
        }
        case 'poll.refresh': {
          const view = await this.deps.polls.get({ actor, pollId });
          // A poll posted from the tab learns its message id the first time someone refreshes it.
          const replyTo = context.activity.replyToId;
          if (!view.poll.activityId && replyTo)
            await this.deps.polls.setActivityId(actor.tenantId, pollId, replyTo);
          return this.card(view, language);
        }
        case 'poll.close': {
          const view = await this.deps.polls.close({ actor, pollId });
          await this.pushToEveryone(actor.tenantId, pollId);
          return this.card(view, language);
        }
      }
    } catch (error) {
      if (!(error instanceof AppError) || error.httpStatus >= 500) throw error;
      return this.problemCard(error, actor, pollId, language);
    }
  }

  private async create(
    context: TurnContext,
    data: unknown,
    actor: Actor,
    language: Language,
  ): Promise<AdaptiveCardInvokeResponse> {
    const parsed = FormAction.safeParse(data);
    if (!parsed.success) return invokeError(400, 'The card sent unexpected data.');
    const form = parsed.data;
    const options = [form.option1, form.option2, form.option3, form.option4, form.option5, form.option6];
    const input: PollInput = {
      question: form.question ?? '',
      options: options.filter((o): o is string => typeof o === 'string'),
      choice: form.choice ?? 'single',
      anonymous: form.visibility === 'anonymous',
      results: form.results ?? 'live',
      durationMs: FORM_DURATIONS[form.duration ?? '1d'],
    };
    const values: PollFormValues = { ...form, options };
    try {
      const view = await this.deps.polls.create({
        actor,
        poll: input,
        place: placeOf(context),
        origin: 'command',
        language,
        creatorMri: context.activity.from.id,
        // The form's message becomes the poll's message.
        ...(context.activity.replyToId ? { activityId: context.activity.replyToId } : {}),
      });
      // Everyone in the conversation sees the poll in place of the form, not only its creator.
      await this.show(actor.tenantId, view.poll.id);
      return this.card(view, language);
    } catch (error) {
      if (!(error instanceof AppError) || error.httpStatus >= 500) throw error;
      return cardResponse(
        pollFormCard({ language, values, problem: localizedMessage(error, language) }).content,
      );
    }
  }

  /** What a refused action shows: the poll as it is, with a line saying why. */
  private async problemCard(
    error: AppError,
    actor: Actor,
    pollId: string,
    language: Language,
  ): Promise<AdaptiveCardInvokeResponse> {
    if (error.code === 'POLL.NOT_FOUND' || error.code === 'POLL.DELETED') {
      return cardResponse(
        adaptiveCard([
          textBlock(pt(language, 'label'), { size: 'Small', isSubtle: true }),
          textBlock(localizedMessage(error, language), { weight: 'Bolder', color: 'Attention' }),
        ]),
      );
    }
    const view = await this.deps.polls.get({ actor, pollId });
    const text =
      error.code === 'POLL.CLOSED' ? pt(language, 'closedNote') : localizedMessage(error, language);
    return this.card(view, language, { text, tone: 'attention' });
  }

  private async show(tenantId: string, pollId: string): Promise<void> {
    try {
      await this.deps.polls.showInConversation(tenantId, pollId);
    } catch (error) {
      // Its creator sees the poll; the others see it at their next refresh.
      this.deps.logger.warn({ err: error, pollId }, 'poll message not updated after the form');
    }
  }

  /** Closing from the card: everyone's copy of the message shows the final results too. */
  private async pushToEveryone(tenantId: string, pollId: string): Promise<void> {
    try {
      await this.deps.polls.pushCard(tenantId, pollId);
    } catch (error) {
      // The closing job tries again; the person who closed it already sees the final card.
      this.deps.logger.warn({ err: error, pollId }, 'poll message not updated; the closing job will retry');
    }
  }

  private card(view: PollView, language: Language, note?: PollCardModel['note']): AdaptiveCardInvokeResponse {
    return cardResponse(pollCard(pollCardModelOf(view, language, note)).content);
  }
}

function outcomeKey(outcome: VoteOutcome) {
  return outcome === 'voted' ? 'voteCounted' : outcome === 'changed' ? 'voteChanged' : 'voteUnchanged';
}

function placeOf(context: TurnContext): { conversationId: string; conversationType: ConversationType } {
  const type = context.activity.conversation.conversationType;
  return {
    conversationId: context.activity.conversation.id,
    conversationType: type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal',
  };
}

function cardResponse(card: unknown): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: card as Record<string, unknown>,
  };
}

function invokeError(statusCode: number, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } };
}
