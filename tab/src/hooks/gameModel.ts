import type { BoardPeriodDto, LeaderboardDto, ProgressDto, RewardDto } from '../../../contracts/gamification';

/** What earns points (GameAction), in the order the rules and the history show them. */
export const GAME_ACTIONS = [
  'post.published',
  'comment.created',
  'reaction.received',
  'answer.accepted',
  'quiz.answered',
  'poll.voted',
  'event.attended',
  'kudos.received',
] as const;
export type GameActionName = (typeof GAME_ACTIONS)[number];

/** What a ledger entry records: an action, or points taken back. */
export type LedgerActionName = GameActionName | 'reversal';

/** The periods a leaderboard covers, in the order the filter offers them. */
export const BOARD_PERIODS: readonly BoardPeriodDto[] = ['week', 'month', 'season', 'all'];

/** Reads a period from an address (`?period=month`); anything else is this week. */
export function boardPeriodOf(value: string | null | undefined): BoardPeriodDto {
  return BOARD_PERIODS.find((period) => period === value) ?? 'week';
}

/** Where a level stands: how full its bar is (0..100) and what is left to the next one. */
export interface LevelStanding {
  percent: number;
  /** Points still needed for the next level; undefined at the top level. */
  toNext: number | undefined;
}

/** The bar and the "N points to <next level>" of a member's progress. */
export function levelStanding(progress: Pick<ProgressDto, 'points' | 'level'>): LevelStanding {
  const { level, points } = progress;
  if (!level.next) return { percent: 100, toNext: undefined };
  const span = level.next.threshold - level.threshold;
  // The server's fraction is the truth; it is recomputed only if it is missing or out of range.
  const fraction = Number.isFinite(level.progress)
    ? level.progress
    : span > 0
      ? (points - level.threshold) / span
      : 0;
  return {
    percent: Math.round(Math.min(Math.max(fraction, 0), 1) * 100),
    toNext: Math.max(level.next.threshold - points, 0),
  };
}

/** The post a ledger entry was for (`post:<id>`), when it can be opened; demo history has none. */
export function postOfSource(source: string): string | undefined {
  const match = /^post:([A-Za-z0-9_-]{1,64})$/.exec(source);
  return match?.[1];
}

/** Points as the history shows them: "+5", "−5" (a true minus sign), "0". */
export function signedPoints(points: number, format: (n: number) => string = String): string {
  if (points > 0) return `+${format(points)}`;
  if (points < 0) return `\u2212${format(-points)}`;
  return format(0);
}

/** The medal of the first three places (ties share a rank, so two people can both have gold). */
export type Medal = 'gold' | 'silver' | 'bronze';

export function medalOf(rank: number): Medal | undefined {
  return rank === 1 ? 'gold' : rank === 2 ? 'silver' : rank === 3 ? 'bronze' : undefined;
}

/** Where I stand on a board, for the card above it. */
export type MyStanding =
  | { kind: 'none' }
  | { kind: 'ranked'; rank: number; points: number }
  | { kind: 'hidden'; rank: number; points: number };

/** Nothing earned yet in the period: no rank to speak of. Opted out: the rank I would have. */
export function myStanding(board: Pick<LeaderboardDto, 'me'>): MyStanding {
  const { me } = board;
  if (me.points <= 0) return { kind: 'none' };
  return { kind: me.optedOut ? 'hidden' : 'ranked', rank: me.rank, points: me.points };
}

/** Why a reward cannot be redeemed now (the first reason that applies), or undefined if it can. */
export type RewardBlock =
  | { reason: 'inactive' }
  | { reason: 'outOfStock' }
  | { reason: 'limitReached'; limit: number }
  | { reason: 'notEnoughPoints'; missing: number };

export function rewardBlock(
  reward: Pick<RewardDto, 'active' | 'stock' | 'mine' | 'perMemberLimit' | 'cost'>,
  balance: number,
): RewardBlock | undefined {
  if (!reward.active) return { reason: 'inactive' };
  if (reward.stock !== null && reward.stock <= 0) return { reason: 'outOfStock' };
  if (reward.mine >= reward.perMemberLimit) return { reason: 'limitReached', limit: reward.perMemberLimit };
  if (balance < reward.cost) return { reason: 'notEnoughPoints', missing: reward.cost - balance };
  return undefined;
}

/** How much of a reward is left: unlimited, a count, or none. */
export type StockLevel = { kind: 'unlimited' } | { kind: 'left'; count: number } | { kind: 'out' };

export function stockLevel(stock: number | null): StockLevel {
  if (stock === null) return { kind: 'unlimited' };
  return stock > 0 ? { kind: 'left', count: stock } : { kind: 'out' };
}

/** A request key the API accepts (8 to 64 of letters, digits, - and _). */
export const REQUEST_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** A fresh random request key: a UUID when the browser has one, else 32 random hex digits. */
export function newRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One request key per intent ("redeem the mug"): asking again for the same intent, after a double
 * click, a retry, or reopening the dialog after a network failure, gives the same key, so the server
 * redeems once. Only a success closes the intent; the next redemption is a new intent with a new key.
 */
export interface IntentKeys {
  keyFor: (intent: string) => string;
  /** The intent succeeded: the next one gets a new key. */
  settle: (intent: string) => void;
}

export function createIntentKeys(mint: () => string = newRequestKey): IntentKeys {
  const open = new Map<string, string>();
  return {
    keyFor(intent) {
      let key = open.get(intent);
      if (!key) {
        key = mint();
        if (!REQUEST_KEY.test(key)) throw new Error(`not a valid request key: ${key}`);
        open.set(intent, key);
      }
      return key;
    },
    settle(intent) {
      open.delete(intent);
    },
  };
}

/** Badges the member has not been shown yet, oldest first (the order they were earned). */
export function uncelebrated(badges: ProgressDto['badges']): ProgressDto['badges'] {
  return badges.filter((badge) => !badge.celebrated).sort((a, b) => a.earnedAt.localeCompare(b.earnedAt));
}

/** What the kudos form holds. */
export interface KudosDraft {
  to: { id: string; displayName: string } | undefined;
  /** The value as the reader sees it (the API accepts it in English or French). */
  value: string | undefined;
  message: string;
}

export type KudosField = 'to' | 'value' | 'message';

/** The longest kudos message the API takes. */
export const KUDOS_MESSAGE_MAX = 1000;

/** What is missing before kudos can be sent (yourself counts as missing: kudos are for others). */
export function kudosProblems(draft: KudosDraft, meId: string): KudosField[] {
  const problems: KudosField[] = [];
  if (!draft.to || draft.to.id === meId) problems.push('to');
  if (!draft.value?.trim()) problems.push('value');
  const message = draft.message.trim();
  if (!message || message.length > KUDOS_MESSAGE_MAX) problems.push('message');
  return problems;
}

/** The weekly allowance as it stands once `sent` more kudos are counted (before the API confirms). */
export function allowanceAfter<A extends { perWeek: number; used: number; remaining: number }>(
  allowance: A,
  sent: number,
): A {
  const used = Math.min(allowance.used + sent, allowance.perWeek);
  return { ...allowance, used, remaining: Math.max(allowance.perWeek - used, 0) };
}
