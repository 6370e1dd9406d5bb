import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { CharterService, CommunityOverview } from '../domain/charter/charter-service';
import type { ConversationService } from '../domain/conversations/conversation-service';
import type { ConversationType } from '../domain/conversations/conversation';
import type { PostView } from '../domain/content/post-service';
import type { FeedService } from '../domain/feed/feed-service';
import type { GamificationService } from '../domain/gamification/gamification-service';
import type { Member } from '../domain/members/member';
import type { MemberService } from '../domain/members/member-service';
import type { Actor } from '../domain/shared/actor';
import { AppError, isAppError } from '../domain/shared/app-error';
import { localizedMessage } from '../domain/shared/error-messages';
import { languageOf, pick, type Language } from '../domain/shared/locale';
import { actorOfActivity, tenantOfActivity } from './activity-identity';
import { t } from './bot-text';
import { charterCard, helpCard, welcomeCard, type CommunityCardModel } from './cards/community-cards';
import { leaderboardCard, pointsCard } from './cards/game-cards';
import { feedCard, postCard, postPreview, type PostCardModel } from './cards/post-cards';
import { parseCommand } from './commands';
import type { BotSettingsHandler } from './settings-handler';
import type { QuizBotHandler } from './quiz-handler';
import type { PollBot } from './poll-bot';

/** What the bot needs from the rest of the server. */
export interface BotDeps {
  members: MemberService;
  charter: CharterService;
  conversations: ConversationService;
  feed: FeedService;
  game: GamificationService;
  logger: Logger;
  teamsAppId: string;
  /** Quizzes: the `quiz` command and the quiz card actions. */
  quiz: QuizBotHandler;
  /** Dev mode: tenant used when an activity carries none (Bot Framework Emulator, web chat). */
  devTenantId: string | undefined;
  /** The member's settings: the `settings` command and the card's save action. */
  settings: BotSettingsHandler;
  /** Polls: the `poll` command and the poll card actions. */
  polls: PollBot;
}

/** The data of the card actions the bot answers (validated: cards come back from the client). */
const CharterAccept = z.object({ version: z.number().int().min(1) });

/**
 * The conversation in Teams. Each handler reads the activity, calls one domain service and
 * answers with a card; the rules live in the domain.
 */
export class GuildhallBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.handleInstalled(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      const tenantId = this.tenantOf(context.activity);
      if (tenantId) await this.deps.conversations.markRemoved(tenantId, context.activity.conversation.id);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.handleInstalled(context);
      await next();
    });
  }

  /** Universal Actions (Action.Execute): the answer is the card that replaces the one clicked. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const actor = this.actorOf(context.activity);
    const language = languageOf(context.activity.locale);
    if (!actor) return invokeError(400, 'This action needs a Teams tenant.');
    const member = await this.deps.members.ensure({ actor, source: 'bot' });
    const lang = member.language ?? language;
    try {
      switch (invokeValue.action?.verb) {
        case 'settings.save':
          return cardResponse(await this.deps.settings.save(actor, lang, invokeValue.action.data));
        case 'poll.vote':
        case 'poll.refresh':
        case 'poll.close':
        case 'poll.create':
          return await this.deps.polls.onAction(
            context,
            invokeValue.action.verb,
            invokeValue.action.data,
            actor,
            lang,
          );
        case 'quiz.answer':
        case 'quiz.next':
          return await this.deps.quiz.invoke(actor, lang, invokeValue.action);
        case 'charter.accept': {
          const data = CharterAccept.safeParse(invokeValue.action.data);
          if (!data.success) return invokeError(400, 'The card sent unexpected data.');
          return cardResponse(await this.acceptCharter(actor, member, lang, data.data.version));
        }
        default:
          return invokeError(400, `Unknown action "${String(invokeValue.action?.verb)}".`);
      }
    } catch (error) {
      if (error instanceof AppError && error.httpStatus < 500) {
        // Tell the person in the card itself, in their language, instead of an error toast.
        return cardResponse(
          (await this.welcomeFor(
            actor,
            lang,
            member.charterAcknowledgedVersion,
            t(lang, 'actionFailed', { message: localizedMessage(error, lang) }),
          ))!.content,
        );
      }
      throw error;
    }
  }

  /** The message extension: find a post and share it as a card into any chat or channel. */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const actor = this.actorOf(context.activity);
    if (!actor)
      return {
        composeExtension: { type: 'message', text: t(languageOf(context.activity.locale), 'noTenant') },
      };
    const member = await this.deps.members.ensure({ actor, source: 'bot' });
    const language = member.language ?? languageOf(context.activity.locale);
    const text: unknown = query.parameters?.find((p) => p.name === 'query')?.value;
    const words = typeof text === 'string' ? text.trim().slice(0, 100) : '';
    const views =
      words.length >= 2
        ? (await this.deps.feed.search({ actor, query: words })).posts
        : (await this.deps.feed.recentInMyCircles({ actor, days: 30, limit: 10 })).map((e) => e.view);
    if (views.length === 0 && words.length >= 2) {
      return {
        composeExtension: { type: 'message', text: t(language, 'searchNoResults', { query: words }) },
      };
    }
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: views.slice(0, 10).map((view) => {
          const model = cardModelOf(view, false);
          return {
            ...postCard(model, { language, teamsAppId: this.deps.teamsAppId }),
            preview: postPreview(model, language),
          };
        }),
      },
    };
  }

  private async handleInstalled(context: TurnContext): Promise<void> {
    const actor = this.actorOf(context.activity);
    if (!actor) return;
    const { greet } = await this.deps.conversations.record(this.sightingOf(context.activity, actor), {
      claimGreeting: true,
    });
    if (!greet) return;
    const member = await this.deps.members.ensure({ actor, source: 'bot' });
    // The member's chosen language first; Teams sends the install events with and without a locale.
    const language = member.language ?? languageOf(context.activity.locale);
    const card = await this.welcomeFor(actor, language, member.charterAcknowledgedVersion);
    if (!card) {
      await context.sendActivity(t(language, 'notSetUp'));
      return;
    }
    await context.sendActivity({ attachments: [card], summary: t(language, 'helpTitle') });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const actor = this.actorOf(activity);
    if (!actor) {
      await context.sendActivity(t(languageOf(activity.locale), 'noTenant'));
      return;
    }
    const member = await this.deps.members.ensure({ actor, source: 'bot' });
    // Every message refreshes the reference: service URLs change, and it is how we learn of chats.
    await this.deps.conversations.record(this.sightingOf(activity, actor), { claimGreeting: false });
    const language = member.language ?? languageOf(activity.locale);
    const command = parseCommand(TurnContext.removeRecipientMention(activity) ?? activity.text ?? '');

    if (command.kind === 'empty') {
      await context.sendActivity(t(language, 'empty'));
      return;
    }
    if (command.kind === 'unknown') {
      await context.sendActivity(t(language, 'unknown', { text: command.text }));
      return;
    }
    switch (command.id) {
      case 'help':
        await context.sendActivity({
          attachments: [helpCard({ language, teamsAppId: this.deps.teamsAppId })],
          summary: t(language, 'helpTitle'),
        });
        return;
      case 'charter': {
        const overview = await this.overviewOrUndefined(actor);
        if (!overview) {
          await context.sendActivity(t(language, 'notSetUp'));
          return;
        }
        const model = this.cardModel(overview, language, member.charterAcknowledgedVersion);
        await context.sendActivity({
          attachments: [charterCard(model)],
          summary: t(language, 'charterTitle', { version: model.charterVersion }),
        });
        return;
      }
      case 'feed': {
        const entries = await this.deps.feed.recentInMyCircles({ actor });
        await context.sendActivity({
          attachments: [
            feedCard(
              entries.map((e) => cardModelOf(e.view, e.isNew)),
              { language, teamsAppId: this.deps.teamsAppId },
            ),
          ],
          summary: t(language, 'feedTitle'),
        });
        return;
      }
      case 'points': {
        const progress = await this.deps.game.progress({ actor });
        const next = progress.level.next;
        const nextBadge = progress.nextBadges[0];
        await context.sendActivity({
          attachments: [
            pointsCard({
              language,
              teamsAppId: this.deps.teamsAppId,
              name: member.displayName,
              points: progress.earned,
              balance: progress.balance,
              level: {
                index: progress.level.index,
                name: pick(progress.level.current.name, language),
                next: next
                  ? { name: pick(next.name, language), missing: next.threshold - progress.earned }
                  : undefined,
                progress: progress.level.progress,
              },
              streak: progress.streak,
              badges: progress.badges.map((b) => pick(b.definition.name, language)),
              nextBadge: nextBadge
                ? {
                    name: pick(nextBadge.definition.name, language),
                    current: nextBadge.current,
                    threshold: nextBadge.definition.threshold,
                  }
                : undefined,
            }),
          ],
          summary: t(language, 'pointsTitle', { name: member.displayName }),
        });
        return;
      }
      case 'quiz':
        await this.deps.quiz.command(context, actor, language);
        return;
      case 'poll':
        await this.deps.polls.onCommand(context, actor, language);
        return;
      case 'settings':
        await context.sendActivity(
          await this.deps.settings.show(actor, language, context.activity.conversation?.conversationType),
        );
        return;
      case 'leaderboard': {
        const board = await this.deps.game.board({ actor, period: 'week' });
        await context.sendActivity({
          attachments: [
            leaderboardCard({
              language,
              teamsAppId: this.deps.teamsAppId,
              period: 'week',
              top: board.top.slice(0, 10).map((s) => ({
                rank: s.rank,
                name: s.member?.displayName ?? t(language, 'aMember'),
                points: s.points,
                isMe: s.memberId === actor.memberId,
              })),
              me: board.me,
            }),
          ],
          summary: t(language, 'leaderboardTitle', { period: t(language, 'period.week') }),
        });
        return;
      }
    }
  }

  private async acceptCharter(actor: Actor, member: Member, language: Language, version: number) {
    const current = await this.deps.charter.currentVersion(actor.tenantId);
    if (member.charterAcknowledgedVersion === current) {
      return (await this.welcomeFor(actor, language, current, t(language, 'charterAlreadyCurrent')))!.content;
    }
    const accepted = await this.deps.charter.acknowledge({ actor, version });
    const note = t(language, 'charterAccepted', { name: accepted.displayName, version });
    return (await this.welcomeFor(actor, language, version, note))!.content;
  }

  /** The welcome card for a member, asking for the charter unless they accepted the current one. */
  private async welcomeFor(
    actor: Actor,
    language: Language,
    acknowledged: number | undefined,
    note?: string,
  ) {
    const overview = await this.overviewOrUndefined(actor);
    if (!overview) return undefined;
    return welcomeCard({
      ...this.cardModel(overview, language, acknowledged),
      ...(note ? { acceptedNote: note } : {}),
    });
  }

  private async overviewOrUndefined(actor: Actor): Promise<CommunityOverview | undefined> {
    try {
      return await this.deps.charter.overview({ actor });
    } catch (error) {
      if (isAppError(error, 'COMMUNITY.NOT_SET_UP')) return undefined;
      throw error;
    }
  }

  private cardModel(
    overview: CommunityOverview,
    language: Language,
    acknowledged: number | undefined,
  ): CommunityCardModel {
    const { settings, charter } = overview;
    return {
      language,
      teamsAppId: this.deps.teamsAppId,
      communityName: pick(settings.name, language),
      tagline: pick(settings.tagline, language),
      purpose: pick(charter.purpose, language),
      values: charter.values.map((v) => ({
        title: pick(v.title, language),
        description: pick(v.description, language),
      })),
      rituals: charter.rituals.map((r) => ({
        title: pick(r.title, language),
        cadence: pick(r.cadence, language),
      })),
      charterVersion: charter.version,
      needsAcceptance: acknowledged !== charter.version,
    };
  }

  private tenantOf(activity: Activity): string | undefined {
    return tenantOfActivity(activity) ?? this.deps.devTenantId;
  }

  /** The member behind an activity (the request gate already checked the tenant is served). */
  private actorOf(activity: Activity): Actor | undefined {
    const tenantId = this.tenantOf(activity);
    return tenantId ? actorOfActivity(activity, tenantId) : undefined;
  }

  private sightingOf(activity: Activity, actor: Actor) {
    const type = conversationTypeOf(activity);
    const teamId = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
    return {
      tenantId: actor.tenantId,
      conversationId: activity.conversation.id,
      type,
      ...(type === 'personal' ? { memberId: actor.memberId } : {}),
      ...(typeof teamId === 'string' ? { teamId } : {}),
      reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<
        string,
        unknown
      >,
    };
  }
}

/** A post as the cards show it (the view already hides pseudonymous authors from others). */
function cardModelOf(view: PostView, isNew: boolean): PostCardModel {
  const { post } = view;
  return {
    id: post.id,
    type: post.type,
    title: post.title,
    body: post.body,
    authorName: view.author?.displayName,
    circleName: view.circle.name,
    publishedAt: post.publishedAt,
    reactions: Object.values(post.counts.reactions).reduce((a, b) => a + b, 0),
    comments: post.counts.comments,
    isNew,
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
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message },
  };
}

function conversationTypeOf(activity: Activity): ConversationType {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/** Polite words for a failed turn, in the member's language (used by the adapter's onTurnError). */
export function turnErrorText(activity: Partial<Activity>, error: unknown): string {
  const language = languageOf(activity.locale);
  if (error instanceof AppError && error.httpStatus < 500) return localizedMessage(error, language);
  return t(language, 'error');
}
