import { TeamsActivityHandler, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { CharterService, CommunityOverview } from '../domain/charter/charter-service';
import type { ConversationService } from '../domain/conversations/conversation-service';
import type { ConversationType } from '../domain/conversations/conversation';
import type { MemberService } from '../domain/members/member-service';
import type { Actor } from '../domain/shared/actor';
import { AppError, isAppError } from '../domain/shared/app-error';
import { localizedMessage } from '../domain/shared/error-messages';
import { languageOf, pick, type Language } from '../domain/shared/locale';
import { t } from './bot-text';
import { charterCard, helpCard, welcomeCard, type CommunityCardModel } from './cards/community-cards';
import { parseCommand } from './commands';
import { actorOfActivity, tenantOfActivity } from './activity-identity';

/** What the bot needs from the rest of the server. */
export interface BotDeps {
  members: MemberService;
  charter: CharterService;
  conversations: ConversationService;
  logger: Logger;
  teamsAppId: string;
  /** Dev mode: tenant used when an activity carries none (Bot Framework Emulator, web chat). */
  devTenantId: string | undefined;
}

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

  private async handleInstalled(context: TurnContext): Promise<void> {
    const actor = this.actorOf(context.activity);
    if (!actor) return;
    const { greet } = await this.deps.conversations.record(this.sightingOf(context.activity, actor), {
      claimGreeting: true,
    });
    if (!greet) return;
    const language = languageOf(context.activity.locale);
    const overview = await this.overviewOrUndefined(actor);
    if (!overview) {
      await context.sendActivity(t(language, 'notSetUp'));
      return;
    }
    await context.sendActivity({
      attachments: [welcomeCard(this.cardModel(overview, language))],
      summary: t(language, 'welcomeTitle', { name: pick(overview.settings.name, language) }),
    });
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
        const model = this.cardModel(overview, language);
        await context.sendActivity({
          attachments: [charterCard(model)],
          summary: t(language, 'charterTitle', { version: model.charterVersion }),
        });
        return;
      }
    }
  }

  private async overviewOrUndefined(actor: Actor): Promise<CommunityOverview | undefined> {
    try {
      return await this.deps.charter.overview({ actor });
    } catch (error) {
      if (isAppError(error, 'COMMUNITY.NOT_SET_UP')) return undefined;
      throw error;
    }
  }

  private cardModel(overview: CommunityOverview, language: Language): CommunityCardModel {
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
