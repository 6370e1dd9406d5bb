import type { Logger } from 'pino';
import type { BadgeNotifier } from '../domain/gamification/gamification-service';
import type { MemberRepository } from '../domain/members/member-repository';
import { pick } from '../domain/shared/locale';
import { t } from './bot-text';
import { badgeEarnedCard } from './cards/game-cards';
import type { ProactiveSender } from './proactive-sender';

/** Tells a member in their personal chat that they earned a badge (in their language). */
export class BotBadgeNotifier implements BadgeNotifier {
  constructor(
    private readonly deps: {
      sender: ProactiveSender;
      members: MemberRepository;
      teamsAppId: string;
      logger: Logger;
    },
  ) {}

  async badgeEarned({
    tenantId,
    memberId,
    badge,
  }: Parameters<BadgeNotifier['badgeEarned']>[0]): Promise<void> {
    const member = await this.deps.members.get(tenantId, memberId);
    if (!member) return;
    const language = member.language ?? 'en';
    const card = badgeEarnedCard({
      language,
      teamsAppId: this.deps.teamsAppId,
      name: member.displayName,
      badge: { name: pick(badge.name, language), description: pick(badge.description, language) },
    });
    try {
      const sent = await this.deps.sender.sendToMember(tenantId, memberId, {
        attachments: [card],
        summary: t(language, 'badgeEarnedTitle', { badge: pick(badge.name, language) }),
      });
      if (!sent)
        this.deps.logger.debug({ memberId, badge: badge.id }, 'badge earned; no personal chat to tell');
    } catch (error) {
      this.deps.logger.warn({ err: error, memberId, badge: badge.id }, 'could not send the badge card');
    }
  }
}
