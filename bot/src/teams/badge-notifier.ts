import type { Logger } from 'pino';
import type { BadgeNotifier } from '../domain/gamification/gamification-service';
import type { MemberRepository } from '../domain/members/member-repository';
import type { Outbox } from '../domain/outbox/outbox';
import type { Clock } from '../domain/shared/clock';
import { pick } from '../domain/shared/locale';
import { t } from './bot-text';
import { badgeEarnedCard } from './cards/game-cards';

/**
 * Tells a member of a badge through the outbox (DESIGN.md §4): one delivery per member and badge
 * (campaign `badge|<memberId>|<badgeId>`), counted against their notification budget, waiting
 * out quiet hours. Skipped when the community switched badge nudges off or the member did.
 */
export class OutboxBadgeNotifier implements BadgeNotifier {
  constructor(
    private readonly deps: {
      /** Called at run time (the outbox may be built after gamification). */
      outbox: () => Outbox;
      members: MemberRepository;
      /** Whether the community sends badge nudges (the nudge rules). */
      enabled: (tenantId: string) => Promise<boolean>;
      teamsAppId: string;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async badgeEarned({
    tenantId,
    memberId,
    badge,
  }: Parameters<BadgeNotifier['badgeEarned']>[0]): Promise<void> {
    try {
      const member = await this.deps.members.get(tenantId, memberId);
      if (!member || member.notifications?.mutedKinds.includes('badges')) return;
      if (!(await this.deps.enabled(tenantId))) return;
      const language = member.language ?? 'en';
      const name = pick(badge.name, language);
      const card = badgeEarnedCard({
        language,
        teamsAppId: this.deps.teamsAppId,
        name: member.displayName,
        badge: { name, description: pick(badge.description, language) },
      });
      await this.deps.outbox().enqueue(
        {
          tenantId,
          campaignId: `badge|${memberId}|${badge.id}`,
          kind: 'badges',
          title: { en: `Badge: ${pick(badge.name, 'en')}`, fr: `Badge : ${pick(badge.name, 'fr')}` },
          budget: 'counted',
          overBudget: 'wait',
          expiresAt: new Date(this.deps.clock.now().getTime() + 7 * 86_400_000).toISOString(),
        },
        [
          {
            recipient: { memberId },
            activity: {
              type: 'message',
              attachments: [card],
              summary: t(language, 'badgeEarnedTitle', { badge: name }),
            },
          },
        ],
      );
    } catch (error) {
      // A badge is earned whether or not the card goes out; the ledger keeps it.
      this.deps.logger.warn({ err: error, memberId, badge: badge.id }, 'could not queue the badge card');
    }
  }
}
