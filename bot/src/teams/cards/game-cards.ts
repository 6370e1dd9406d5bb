import type { Language } from '../../domain/shared/locale';
import { t } from '../bot-text';
import {
  adaptiveCard,
  attachment,
  plain,
  tabDeepLink,
  textBlock,
  type CardAttachment,
} from './adaptive-card';

/** "points": a member's progress, already in their language (names as members and animators wrote them). */
export interface PointsCardModel {
  language: Language;
  teamsAppId: string;
  name: string;
  points: number;
  balance: number;
  level: {
    index: number;
    name: string;
    next: { name: string; missing: number } | undefined;
    progress: number;
  };
  streak: { current: number; best: number };
  badges: string[];
  nextBadge: { name: string; current: number; threshold: number } | undefined;
}

/** A ten-step bar drawn with text (Adaptive Cards 1.5 has no progress bar). */
function bar(progress: number): string {
  const filled = Math.max(0, Math.min(10, Math.round(progress * 10)));
  return `${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)} ${Math.round(progress * 100)} %`;
}

export function pointsCard(model: PointsCardModel): CardAttachment {
  const { language } = model;
  return attachment(
    adaptiveCard(
      [
        textBlock(t(language, 'pointsTitle', { name: plain(model.name) }), {
          size: 'Large',
          weight: 'Bolder',
        }),
        textBlock(
          t(language, 'pointsLevel', { index: model.level.index + 1, level: plain(model.level.name) }),
          {
            weight: 'Bolder',
            color: 'Accent',
            spacing: 'Small',
          },
        ),
        textBlock(bar(model.level.progress), { fontType: 'Monospace', spacing: 'None' }),
        textBlock(
          model.level.next
            ? t(language, 'pointsToNext', {
                missing: model.level.next.missing,
                next: plain(model.level.next.name),
              })
            : t(language, 'pointsMaxLevel'),
          { isSubtle: true, spacing: 'None' },
        ),
        {
          type: 'FactSet',
          facts: [
            { title: t(language, 'pointsTotal'), value: String(model.points) },
            { title: t(language, 'pointsBalance'), value: String(model.balance) },
            {
              title: t(language, 'pointsStreak'),
              value: t(language, 'pointsStreakValue', {
                current: model.streak.current,
                best: model.streak.best,
              }),
            },
          ],
        },
        textBlock(t(language, 'pointsBadges'), { weight: 'Bolder', spacing: 'Medium' }),
        textBlock(
          model.badges.length > 0
            ? model.badges.map((b) => `🏅 ${plain(b)}`).join('   ')
            : t(language, 'pointsNoBadges'),
          {
            spacing: 'Small',
          },
        ),
        ...(model.nextBadge
          ? [
              textBlock(
                t(language, 'pointsNextBadge', {
                  badge: plain(model.nextBadge.name),
                  current: model.nextBadge.current,
                  threshold: model.nextBadge.threshold,
                }),
                { isSubtle: true, spacing: 'Small' },
              ),
            ]
          : []),
      ],
      [
        {
          type: 'Action.OpenUrl',
          title: t(language, 'openProgress'),
          url: tabDeepLink(model.teamsAppId, 'progress'),
        },
      ],
    ),
  );
}

/** "leaderboard": the top of this week's board and where the member stands. */
export interface LeaderboardCardModel {
  language: Language;
  teamsAppId: string;
  period: 'week' | 'month' | 'season' | 'all';
  top: { rank: number; name: string; points: number; isMe: boolean }[];
  me: { rank: number; points: number; optedOut: boolean };
}

export function leaderboardCard(model: LeaderboardCardModel): CardAttachment {
  const { language } = model;
  const medal = (rank: number) => (rank === 1 ? '🥇' : rank === 2 ? '🥈' : rank === 3 ? '🥉' : `${rank}.`);
  const you =
    model.me.points <= 0
      ? t(language, 'leaderboardYouNone')
      : model.me.optedOut
        ? t(language, 'leaderboardYouOptedOut', { rank: model.me.rank, points: model.me.points })
        : t(language, 'leaderboardYou', { rank: model.me.rank, points: model.me.points });
  return attachment(
    adaptiveCard(
      [
        textBlock(t(language, 'leaderboardTitle', { period: t(language, `period.${model.period}`) }), {
          size: 'Large',
          weight: 'Bolder',
        }),
        ...(model.top.length === 0
          ? [textBlock(t(language, 'leaderboardEmpty'), { isSubtle: true })]
          : [
              {
                type: 'FactSet',
                facts: model.top.map((s) => ({
                  title: `${medal(s.rank)} ${plain(s.name)}`,
                  value: t(language, 'pointsUnit', { points: s.points }),
                })),
              },
            ]),
        textBlock(you, { weight: 'Bolder', spacing: 'Medium' }),
      ],
      [
        {
          type: 'Action.OpenUrl',
          title: t(language, 'openLeaderboard'),
          url: tabDeepLink(model.teamsAppId, 'leaderboard'),
        },
      ],
    ),
  );
}

/** Sent to a member's personal chat when they earn a badge. */
export interface BadgeCardModel {
  language: Language;
  teamsAppId: string;
  name: string;
  badge: { name: string; description: string };
}

export function badgeEarnedCard(model: BadgeCardModel): CardAttachment {
  const { language } = model;
  return attachment(
    adaptiveCard(
      [
        textBlock('🎉', { size: 'ExtraLarge', horizontalAlignment: 'Center' }),
        textBlock(t(language, 'badgeEarnedTitle', { badge: plain(model.badge.name) }), {
          size: 'Large',
          weight: 'Bolder',
          horizontalAlignment: 'Center',
        }),
        textBlock(
          t(language, 'badgeEarnedText', {
            name: plain(model.name),
            description: plain(model.badge.description),
          }),
          {
            horizontalAlignment: 'Center',
          },
        ),
      ],
      [
        {
          type: 'Action.OpenUrl',
          title: t(language, 'openProgress'),
          url: tabDeepLink(model.teamsAppId, 'progress'),
        },
      ],
    ),
  );
}
