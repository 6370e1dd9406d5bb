import { z } from 'zod';
import { Post } from './content';
import { Continuation, Id, LocalizedText, MemberSummary } from './schemas';

/** Points, levels, badges, streaks, leaderboards, kudos and rewards (DESIGN.md key 8). */

export const GameAction = z
  .enum([
    'post.published',
    'comment.created',
    'reaction.received',
    'answer.accepted',
    'quiz.answered',
    'poll.voted',
    'event.attended',
    'kudos.received',
  ])
  .meta({ id: 'GameAction' });

export const BadgeRule = z
  .enum([
    'posts',
    'acceptedAnswers',
    'comments',
    'reactionsReceived',
    'kudosReceived',
    'streakWeeks',
    'eventsAttended',
    'quizAnswers',
    'joinedPod',
  ])
  .meta({ id: 'BadgeRule' });

/** The icons the tab can draw for a badge. */
export const BadgeIcon = z
  .enum([
    'Sparkle',
    'Lightbulb',
    'CheckmarkStarburst',
    'Fire',
    'CalendarStar',
    'PeopleTeam',
    'Heart',
    'Trophy',
    'Star',
    'Ribbon',
    'Rocket',
    'Chat',
  ])
  .meta({ id: 'BadgeIcon' });

const named = (max: number) =>
  z
    .object({ en: z.string().trim().max(max).optional(), fr: z.string().trim().max(max).optional() })
    .refine((t) => Boolean(t.en || t.fr), 'write it in English or French (or both)');

export const Badge = z
  .object({
    id: Id,
    name: LocalizedText,
    description: LocalizedText,
    icon: BadgeIcon,
    rule: BadgeRule,
    threshold: z.number().int(),
  })
  .meta({ id: 'Badge' });

export const Level = z.object({ threshold: z.number().int(), name: LocalizedText }).meta({ id: 'Level' });

export const Season = z
  .object({ id: z.string(), name: LocalizedText, startedAt: z.string() })
  .meta({ id: 'Season' });

export const ActionRule = z
  .object({ points: z.number().int().min(0).max(1000), dailyCap: z.number().int().min(0).max(1000) })
  .meta({ id: 'ActionRule' });

export const GameRules = z
  .object({
    actions: z.record(GameAction, ActionRule),
    levels: z.array(Level),
    badges: z.array(Badge),
    kudosPerWeek: z.number().int(),
    season: Season,
    updatedAt: z.string(),
    /** This version of the rules: send it back with a change so another admin's change is not lost. */
    etag: z.string(),
  })
  .meta({ id: 'GameRules' });

export const GameRulesInput = z
  .object({
    actions: z.partialRecord(GameAction, ActionRule).optional(),
    levels: z
      .array(z.object({ threshold: z.number().int().min(0).max(10_000_000), name: named(40) }))
      .min(1)
      .max(20)
      .optional(),
    badges: z
      .array(
        z.object({
          id: Id,
          name: named(60),
          description: named(200),
          icon: BadgeIcon,
          rule: BadgeRule,
          threshold: z.number().int().min(1).max(100_000),
        }),
      )
      .max(50)
      .optional(),
    kudosPerWeek: z.number().int().min(0).max(100).optional(),
    /** The version the admin edited: someone else's change meanwhile is a conflict (GAME.RULES_CHANGED). */
    etag: z.string().max(200).optional(),
  })
  .meta({ id: 'GameRulesInput' });

export const SeasonInput = z.object({ name: named(60) }).meta({ id: 'SeasonInput' });

export const RebuildInput = z.object({ write: z.boolean().default(false) }).meta({ id: 'RebuildInput' });
export const RebuildResult = z
  .object({
    scores: z.number().int(),
    mismatchCount: z.number().int(),
    /** The first 100 differences, readable. */
    mismatches: z.array(z.string()),
    repaired: z.boolean(),
  })
  .meta({ id: 'RebuildResult' });

export const LedgerEntry = z
  .object({
    id: z.string(),
    action: z.union([GameAction, z.literal('reversal')]),
    points: z.number().int(),
    /** The day's cap for this action was reached: recorded, but it paid nothing. */
    capped: z.boolean(),
    /** What it was for (`post:<id>`). */
    source: z.string(),
    at: z.string(),
  })
  .meta({ id: 'LedgerEntry' });

export const Progress = z
  .object({
    /** All the points ever earned (levels follow them). */
    points: z.number().int(),
    /** What can be spent on rewards. */
    balance: z.number().int(),
    level: z.object({
      index: z.number().int(),
      name: LocalizedText,
      threshold: z.number().int(),
      next: Level.nullable(),
      /** 0..1 of the way to the next level. */
      progress: z.number(),
    }),
    badges: z.array(Badge.extend({ earnedAt: z.string(), celebrated: z.boolean() })),
    /** The closest badges not earned yet. */
    nextBadges: z.array(z.object({ badge: Badge, current: z.number().int(), progress: z.number() })),
    streak: z.object({ current: z.number().int(), best: z.number().int(), thisWeek: z.boolean() }),
    history: z.object({ items: z.array(LedgerEntry), continuation: z.string().optional() }),
    rankingOptOut: z.boolean(),
    season: Season,
  })
  .meta({ id: 'Progress' });

export const ProgressQuery = z.object({ continuation: Continuation.optional() });

export const CelebratedInput = z
  .object({ badgeIds: z.array(Id).min(1).max(50) })
  .meta({ id: 'CelebratedInput' });

export const RankingInput = z.object({ optOut: z.boolean() }).meta({ id: 'RankingInput' });
export const Ranking = z.object({ optOut: z.boolean() }).meta({ id: 'Ranking' });

export const BoardPeriod = z.enum(['week', 'month', 'season', 'all']).meta({ id: 'BoardPeriod' });

export const LeaderboardQuery = z.object({ period: BoardPeriod.default('week'), circleId: Id.optional() });

export const Standing = z
  .object({ rank: z.number().int(), points: z.number().int(), member: MemberSummary })
  .meta({ id: 'Standing' });

export const Leaderboard = z
  .object({
    period: BoardPeriod,
    season: Season,
    circle: z.object({ id: z.string(), name: z.string() }).nullable(),
    top: z.array(Standing),
    /** My place, even when I keep off public boards (then it is where I would be). */
    me: z.object({ rank: z.number().int(), points: z.number().int(), optedOut: z.boolean() }),
    /** The public members just above and below me. */
    neighbours: z.array(Standing),
    /** Members on the public board. */
    participants: z.number().int(),
  })
  .meta({ id: 'Leaderboard' });

export const KudosInfo = z
  .object({
    values: z.array(LocalizedText),
    allowance: z.object({
      perWeek: z.number().int(),
      used: z.number().int(),
      remaining: z.number().int(),
      week: z.string(),
    }),
    /** The latest kudos, newest first. */
    recent: z.array(Post),
  })
  .meta({ id: 'KudosInfo' });

export const KudosInput = z
  .object({
    toId: Id,
    message: z.string().trim().min(1, 'say what you are thanking them for').max(1000),
    /** One of the charter's values, in English or French. */
    value: z.string().trim().min(1).max(80),
  })
  .meta({ id: 'KudosInput' });

export const RewardType = z.enum(['object', 'experience', 'circle']).meta({ id: 'RewardType' });

export const Reward = z
  .object({
    id: z.string(),
    name: LocalizedText,
    description: LocalizedText,
    type: RewardType,
    circleId: z.string().nullable(),
    cost: z.number().int(),
    /** null: unlimited. */
    stock: z.number().int().nullable(),
    perMemberLimit: z.number().int(),
    active: z.boolean(),
    /** How many I redeemed (not counting cancelled ones). */
    mine: z.number().int(),
    etag: z.string(),
  })
  .meta({ id: 'Reward' });

export const RewardCatalogue = z
  .object({ items: z.array(Reward), balance: z.number().int() })
  .meta({ id: 'RewardCatalogue' });

export const RewardsQuery = z.object({
  /** Admins: inactive rewards too. */
  all: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const RewardInput = z
  .object({
    name: named(80),
    description: named(1000),
    type: RewardType,
    circleId: Id.optional(),
    cost: z.number().int().min(0).max(1_000_000),
    stock: z.number().int().min(0).max(1_000_000).nullable(),
    perMemberLimit: z.number().int().min(1).max(1000),
    active: z.boolean().default(true),
    /** The version the admin edited (PUT): someone else's change meanwhile is a conflict. */
    etag: z.string().max(200).optional(),
  })
  .refine((r) => r.type !== 'circle' || r.circleId !== undefined, {
    message: 'a circle reward needs the circle it opens',
    path: ['circleId'],
  })
  .meta({ id: 'RewardInput' });

export const RewardParams = z.object({ rewardId: Id });

export const RedeemInput = z
  .object({
    /** A key the client makes once per intent (a double click or a retry sends the same one). */
    requestKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _'),
  })
  .meta({ id: 'RedeemInput' });

export const RedemptionStatus = z
  .enum(['requested', 'fulfilled', 'cancelled'])
  .meta({ id: 'RedemptionStatus' });

export const Redemption = z
  .object({
    id: z.string(),
    status: RedemptionStatus,
    cost: z.number().int(),
    at: z.string(),
    fulfilledAt: z.string().nullable(),
    reward: z.object({ id: z.string(), name: LocalizedText, type: RewardType }),
    member: MemberSummary,
  })
  .meta({ id: 'Redemption' });

export const RedemptionPage = z
  .object({ items: z.array(Redemption), continuation: z.string().optional() })
  .meta({ id: 'RedemptionPage' });

export const RedemptionsQuery = z.object({
  status: RedemptionStatus.default('requested'),
  continuation: Continuation.optional(),
});
export const MyRedemptionsQuery = z.object({ continuation: Continuation.optional() });

export const RedemptionParams = z.object({ redemptionId: Id });

export type GameRulesDto = z.infer<typeof GameRules>;
export type GameRulesInputDto = z.input<typeof GameRulesInput>;
export type ProgressDto = z.infer<typeof Progress>;
export type LeaderboardDto = z.infer<typeof Leaderboard>;
export type BoardPeriodDto = z.infer<typeof BoardPeriod>;
export type KudosInfoDto = z.infer<typeof KudosInfo>;
export type KudosInputDto = z.infer<typeof KudosInput>;
export type RewardDto = z.infer<typeof Reward>;
export type RewardInputDto = z.input<typeof RewardInput>;
export type RewardCatalogueDto = z.infer<typeof RewardCatalogue>;
export type RedemptionDto = z.infer<typeof Redemption>;
export type RedemptionPageDto = z.infer<typeof RedemptionPage>;
export type BadgeDto = z.infer<typeof Badge>;
export type BadgeIconDto = z.infer<typeof BadgeIcon>;
export type RebuildResultDto = z.infer<typeof RebuildResult>;
