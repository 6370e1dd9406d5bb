import type { BaseDoc } from '../shared/document-store';
import type { LocalizedText } from '../shared/locale';

/** What earns points (DESIGN.md key 8). Quality signals are worth more than volume. */
export const ACTIONS = [
  'post.published',
  'comment.created',
  'reaction.received',
  'answer.accepted',
  'quiz.answered',
  'poll.voted',
  'event.attended',
  'kudos.received',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Points per action and the most one member earns from it in a day. */
export interface ActionRule {
  points: number;
  dailyCap: number;
}

/** A level: reached at `threshold` all-time points. */
export interface Level {
  threshold: number;
  name: LocalizedText;
}

/** The kinds of rule a badge can be awarded by: a count of something reaching a threshold. */
export const BADGE_RULES = [
  'posts',
  'acceptedAnswers',
  'comments',
  'reactionsReceived',
  'kudosReceived',
  'streakWeeks',
  'eventsAttended',
  'quizAnswers',
  'joinedPod',
] as const;
export type BadgeRule = (typeof BADGE_RULES)[number];

/** A badge definition. */
export interface BadgeDefinition {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** A Fluent icon name the tab knows (Trophy, Star, Fire...). */
  icon: string;
  rule: BadgeRule;
  threshold: number;
}

/** The rules of the game for one community, edited by its admins. id = 'gamification'. */
export interface GameRules extends BaseDoc {
  kind: 'game-rules';
  actions: Record<Action, ActionRule>;
  levels: Level[];
  badges: BadgeDefinition[];
  /** Kudos each member may give per week. */
  kudosPerWeek: number;
  /** The season ranks are counted in; a new season resets ranks, never the ledger. */
  season: { id: string; name: LocalizedText; startedAt: string };
  updatedAt: string;
}

/** Defaults for a new community: answers and others' appreciation count most; volume is capped. */
export function defaultRules(tenantId: string, now: string): GameRules {
  return {
    id: 'gamification',
    pk: tenantId,
    tenantId,
    kind: 'game-rules',
    actions: {
      'post.published': { points: 5, dailyCap: 3 },
      'comment.created': { points: 2, dailyCap: 10 },
      'reaction.received': { points: 1, dailyCap: 20 },
      'answer.accepted': { points: 15, dailyCap: 5 },
      'quiz.answered': { points: 3, dailyCap: 5 },
      'poll.voted': { points: 1, dailyCap: 5 },
      'event.attended': { points: 10, dailyCap: 2 },
      'kudos.received': { points: 8, dailyCap: 5 },
    },
    levels: [
      { threshold: 0, name: { en: 'Newcomer', fr: 'Nouveau venu' } },
      { threshold: 50, name: { en: 'Contributor', fr: 'Contributeur' } },
      { threshold: 200, name: { en: 'Regular', fr: 'Habitué' } },
      { threshold: 500, name: { en: 'Mentor', fr: 'Mentor' } },
      { threshold: 1200, name: { en: 'Pillar', fr: 'Pilier' } },
      { threshold: 3000, name: { en: 'Luminary', fr: 'Phare' } },
    ],
    badges: [
      {
        id: 'first-post',
        name: { en: 'First post', fr: 'Première publication' },
        description: {
          en: 'Shared something with the community.',
          fr: 'A partagé quelque chose avec la communauté.',
        },
        icon: 'Sparkle',
        rule: 'posts',
        threshold: 1,
      },
      {
        id: 'helper',
        name: { en: 'Helper', fr: 'Aidant' },
        description: { en: 'Gave 10 accepted answers.', fr: 'A donné 10 réponses acceptées.' },
        icon: 'Lightbulb',
        rule: 'acceptedAnswers',
        threshold: 10,
      },
      {
        id: 'first-answer',
        name: { en: 'Problem solver', fr: 'Solutionneur' },
        description: { en: 'Gave an accepted answer.', fr: 'A donné une réponse acceptée.' },
        icon: 'CheckmarkStarburst',
        rule: 'acceptedAnswers',
        threshold: 1,
      },
      {
        id: 'streak-5',
        name: { en: 'Five-week streak', fr: 'Cinq semaines d’affilée' },
        description: { en: 'Took part five weeks in a row.', fr: 'A participé cinq semaines de suite.' },
        icon: 'Fire',
        rule: 'streakWeeks',
        threshold: 5,
      },
      {
        id: 'events-3',
        name: { en: 'Always there', fr: 'Toujours là' },
        description: { en: 'Attended 3 events.', fr: 'A participé à 3 événements.' },
        icon: 'CalendarStar',
        rule: 'eventsAttended',
        threshold: 3,
      },
      {
        id: 'pod-member',
        name: { en: 'Pod member', fr: 'Membre d’un petit groupe' },
        description: { en: 'Joined a pod.', fr: 'A rejoint un petit groupe.' },
        icon: 'PeopleTeam',
        rule: 'joinedPod',
        threshold: 1,
      },
      {
        id: 'appreciated',
        name: { en: 'Appreciated', fr: 'Apprécié' },
        description: { en: 'Received 5 kudos.', fr: 'A reçu 5 remerciements.' },
        icon: 'Heart',
        rule: 'kudosReceived',
        threshold: 5,
      },
    ],
    kudosPerWeek: 5,
    season: { id: 'S1', name: { en: 'Season 1', fr: 'Saison 1' }, startedAt: now },
    updatedAt: now,
  };
}

/** One award, never edited: balances, levels and ranks are derived from the ledger. */
export interface LedgerEntry extends BaseDoc {
  kind: 'ledger';
  /** The idempotency key: one event pays once, whatever retries and double clicks. */
  memberId: string;
  action: Action | 'reversal';
  /** The points credited (0 when a daily cap was reached). */
  points: number;
  capped: boolean;
  /** What it was for, as an id the tab can link (post:…, comment:…, kudos:…). */
  source: string;
  circleId?: string;
  at: string;
  day: string;
  week: string;
  month: string;
  season: string;
  /** Scores and wallet updated (a crash in between is repaired from the ledger). */
  applied: boolean;
}

/** A member's total in one bucket (all time, a season, a month, a week; community or circle). */
export interface Score extends BaseDoc {
  kind: 'score';
  memberId: string;
  bucket: string;
  points: number;
  updatedAt: string;
}

/**
 * What a member can spend: `balance = earned - spent`. Spending never takes it below zero; only a
 * reversal of points already spent can (a debt later awards pay back; members see 0). id = 'wallet'.
 */
export interface Wallet extends BaseDoc {
  kind: 'wallet';
  memberId: string;
  earned: number;
  spent: number;
  balance: number;
}

/** Counters badges are decided from, and the weekly streak. id = 'stats'. */
export interface MemberStats extends BaseDoc {
  kind: 'stats';
  memberId: string;
  counts: Partial<Record<BadgeRule, number>>;
  streak: { current: number; best: number; lastWeek: string | null };
  /**
   * Ids of the badges whose document exists, so that an award does not try to earn them again
   * (absent on stats written before it was kept: those badges are found, and listed, on the next award).
   */
  badges?: string[];
}

/** A badge a member earned. id = badge id. */
export interface EarnedBadge extends BaseDoc {
  kind: 'badge';
  memberId: string;
  badgeId: string;
  earnedAt: string;
  /** Shown once as a celebration in the tab. */
  celebrated: boolean;
}

/** Thanks from one member to another, tied to a company value. */
export interface Kudos extends BaseDoc {
  kind: 'kudos';
  fromId: string;
  toId: string;
  message: string;
  value: string;
  postId: string;
  at: string;
}

/** Something in the rewards catalogue: an object or an experience. */
export interface Reward extends BaseDoc {
  kind: 'reward';
  name: LocalizedText;
  description: LocalizedText;
  type: 'object' | 'experience' | 'circle';
  /** For `circle` rewards: the exclusive circle a redemption opens. */
  circleId?: string;
  cost: number;
  /** null: unlimited. */
  stock: number | null;
  perMemberLimit: number;
  active: boolean;
  createdAt: string;
}

/** A member's redemption of a reward. id = the client's request key (a double click redeems once). */
export interface Redemption extends BaseDoc {
  kind: 'redemption';
  rewardId: string;
  memberId: string;
  cost: number;
  /** `pending` while points and stock are being taken (never shown); then requested, fulfilled or cancelled. */
  status: 'pending' | 'requested' | 'fulfilled' | 'cancelled';
  at: string;
  fulfilledAt?: string;
  fulfilledBy?: string;
  cancelledBy?: string;
}
