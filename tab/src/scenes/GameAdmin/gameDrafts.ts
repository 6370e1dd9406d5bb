import type {
  BadgeIconDto,
  GameRulesDto,
  GameRulesInputDto,
  RewardDto,
  RewardInputDto,
} from '../../../../contracts/gamification';
import { GAME_ACTIONS, type GameActionName } from '../../hooks/gameModel';

/** What a badge counts (contracts' BadgeRule), in the order the editor offers them. */
export const BADGE_RULES = [
  'posts',
  'comments',
  'acceptedAnswers',
  'reactionsReceived',
  'kudosReceived',
  'streakWeeks',
  'eventsAttended',
  'quizAnswers',
  'joinedPod',
] as const;
export type BadgeRuleName = (typeof BADGE_RULES)[number];

/** The API's bounds (contracts/gamification.ts), checked before anything is sent. */
export const GAME_LIMITS = {
  points: { min: 0, max: 1000 },
  dailyCap: { min: 0, max: 1000 },
  kudosPerWeek: { min: 0, max: 100 },
  levelThreshold: { min: 0, max: 10_000_000 },
  badgeThreshold: { min: 1, max: 100_000 },
  cost: { min: 0, max: 1_000_000 },
  stock: { min: 0, max: 1_000_000 },
  perMemberLimit: { min: 1, max: 1000 },
  levels: 20,
  badges: 50,
  levelName: 40,
  badgeName: 60,
  badgeDescription: 200,
  rewardName: 80,
  rewardDescription: 1000,
  seasonName: 60,
} as const;

/** What is wrong with a field, with what its message needs. The screen words it. */
export type Problem =
  | { code: 'integer'; min: number; max: number }
  | { code: 'firstZero' }
  | { code: 'rising'; after: number }
  | { code: 'name' }
  | { code: 'description' }
  | { code: 'tooLong'; max: number }
  | { code: 'levelCount'; max: number }
  | { code: 'badgeCount'; max: number }
  | { code: 'circle' };

/** Problems by field path (`levels.2.threshold`, `actions.post.published.points`, `badges.0.name`). */
export type Problems = Record<string, Problem>;

/** A whole number typed in a field, or undefined ("", "1.5", "abc"). */
export function parseWhole(value: string): number | undefined {
  const trimmed = value.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

function checkWhole(
  problems: Problems,
  path: string,
  value: string,
  { min, max }: { min: number; max: number },
): number | undefined {
  const n = parseWhole(value);
  if (n === undefined || n < min || n > max) {
    problems[path] = { code: 'integer', min, max };
    return undefined;
  }
  return n;
}

function checkName(problems: Problems, path: string, en: string, fr: string, max: number, empty: Problem) {
  if (!en.trim() && !fr.trim()) problems[path] = empty;
  else if (en.trim().length > max || fr.trim().length > max) problems[path] = { code: 'tooLong', max };
}

/** Text in the languages written (an empty language is left out, as the API expects). */
function localized(en: string, fr: string): { en?: string; fr?: string } {
  return { ...(en.trim() ? { en: en.trim() } : {}), ...(fr.trim() ? { fr: fr.trim() } : {}) };
}

let keys = 0;
/** A key for a new row of an editor (React lists need one that survives reordering and removal). */
export const rowKey = () => `row-${++keys}`;

// ——— Points and levels ———

export interface LevelDraft {
  key: string;
  threshold: string;
  en: string;
  fr: string;
}

export interface RulesDraft {
  actions: Record<GameActionName, { points: string; dailyCap: string }>;
  kudosPerWeek: string;
  levels: LevelDraft[];
}

export function rulesDraftOf(rules: Pick<GameRulesDto, 'actions' | 'kudosPerWeek' | 'levels'>): RulesDraft {
  const actions = {} as RulesDraft['actions'];
  for (const action of GAME_ACTIONS) {
    const rule = rules.actions[action];
    actions[action] = { points: String(rule?.points ?? 0), dailyCap: String(rule?.dailyCap ?? 0) };
  }
  return {
    actions,
    kudosPerWeek: String(rules.kudosPerWeek),
    levels: rules.levels.map((level) => ({
      key: rowKey(),
      threshold: String(level.threshold),
      en: level.name.en ?? '',
      fr: level.name.fr ?? '',
    })),
  };
}

/** Every problem of the points and levels: numbers in range, levels from 0 and rising, names. */
export function rulesProblems(draft: RulesDraft): Problems {
  const problems: Problems = {};
  for (const action of GAME_ACTIONS) {
    checkWhole(problems, `actions.${action}.points`, draft.actions[action].points, GAME_LIMITS.points);
    checkWhole(problems, `actions.${action}.dailyCap`, draft.actions[action].dailyCap, GAME_LIMITS.dailyCap);
  }
  checkWhole(problems, 'kudosPerWeek', draft.kudosPerWeek, GAME_LIMITS.kudosPerWeek);
  if (draft.levels.length < 1 || draft.levels.length > GAME_LIMITS.levels) {
    problems['levels'] = { code: 'levelCount', max: GAME_LIMITS.levels };
  }
  let previous: number | undefined;
  draft.levels.forEach((level, i) => {
    const threshold = checkWhole(
      problems,
      `levels.${i}.threshold`,
      level.threshold,
      GAME_LIMITS.levelThreshold,
    );
    if (threshold !== undefined) {
      if (i === 0 && threshold !== 0) problems[`levels.${i}.threshold`] = { code: 'firstZero' };
      else if (i > 0 && previous !== undefined && threshold <= previous) {
        problems[`levels.${i}.threshold`] = { code: 'rising', after: i };
      }
    }
    previous = threshold;
    checkName(problems, `levels.${i}.name`, level.en, level.fr, GAME_LIMITS.levelName, { code: 'name' });
  });
  return problems;
}

/** The PUT /game/rules body for points and levels (of a draft without problems). */
export function rulesInputOf(draft: RulesDraft): GameRulesInputDto {
  const actions: NonNullable<GameRulesInputDto['actions']> = {};
  for (const action of GAME_ACTIONS) {
    actions[action] = {
      points: parseWhole(draft.actions[action].points) ?? 0,
      dailyCap: parseWhole(draft.actions[action].dailyCap) ?? 0,
    };
  }
  return {
    actions,
    kudosPerWeek: parseWhole(draft.kudosPerWeek) ?? 0,
    levels: draft.levels.map((level) => ({
      threshold: parseWhole(level.threshold) ?? 0,
      name: localized(level.en, level.fr),
    })),
  };
}

/** A new level after the last one (a step above it). */
export function addLevel(levels: LevelDraft[]): LevelDraft[] {
  const last = parseWhole(levels[levels.length - 1]?.threshold ?? '');
  const threshold = last === undefined ? (levels.length === 0 ? 0 : '') : last * 2 || 50;
  return [...levels, { key: rowKey(), threshold: String(threshold), en: '', fr: '' }];
}

// ——— Badges ———

export interface BadgeDraft {
  key: string;
  /** Empty for a new badge: its id is made from its name when saved. */
  id: string;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  icon: BadgeIconDto;
  rule: BadgeRuleName;
  threshold: string;
}

export function badgesDraftOf(rules: Pick<GameRulesDto, 'badges'>): BadgeDraft[] {
  return rules.badges.map((badge) => ({
    key: rowKey(),
    id: badge.id,
    nameEn: badge.name.en ?? '',
    nameFr: badge.name.fr ?? '',
    descriptionEn: badge.description.en ?? '',
    descriptionFr: badge.description.fr ?? '',
    icon: badge.icon,
    rule: badge.rule,
    threshold: String(badge.threshold),
  }));
}

export function newBadge(): BadgeDraft {
  return {
    key: rowKey(),
    id: '',
    nameEn: '',
    nameFr: '',
    descriptionEn: '',
    descriptionFr: '',
    icon: 'Star',
    rule: 'posts',
    threshold: '1',
  };
}

export function badgesProblems(badges: BadgeDraft[]): Problems {
  const problems: Problems = {};
  if (badges.length > GAME_LIMITS.badges)
    problems['badges'] = { code: 'badgeCount', max: GAME_LIMITS.badges };
  badges.forEach((badge, i) => {
    checkName(problems, `badges.${i}.name`, badge.nameEn, badge.nameFr, GAME_LIMITS.badgeName, {
      code: 'name',
    });
    checkName(
      problems,
      `badges.${i}.description`,
      badge.descriptionEn,
      badge.descriptionFr,
      GAME_LIMITS.badgeDescription,
      { code: 'description' },
    );
    checkWhole(problems, `badges.${i}.threshold`, badge.threshold, GAME_LIMITS.badgeThreshold);
  });
  return problems;
}

/**
 * An id for a new badge, from its name: `kudos-champion`, then `kudos-champion-2` if taken.
 * Existing badges keep theirs (members' earned badges point at it).
 */
export function badgeIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'badge';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The PUT /game/rules body for the badges (of a list without problems). */
export function badgesInputOf(badges: BadgeDraft[]): GameRulesInputDto {
  const taken = new Set(badges.map((badge) => badge.id).filter(Boolean));
  return {
    badges: badges.map((badge) => {
      const id = badge.id || badgeIdFor(badge.nameEn || badge.nameFr, taken);
      taken.add(id);
      return {
        id,
        name: localized(badge.nameEn, badge.nameFr),
        description: localized(badge.descriptionEn, badge.descriptionFr),
        icon: badge.icon,
        rule: badge.rule,
        threshold: parseWhole(badge.threshold) ?? 1,
      };
    }),
  };
}

/**
 * The API's field errors (`details.fields` of REQUEST.INVALID: `"levels.1.name (write it...)"`)
 * by field path as the editors name them; a name's language (`.en`) belongs to the name.
 */
export function serverProblems(details: unknown): { fields: Record<string, string>; other: string[] } {
  const result: { fields: Record<string, string>; other: string[] } = { fields: {}, other: [] };
  const list =
    typeof details === 'object' && details !== null ? (details as { fields?: unknown }).fields : undefined;
  for (const entry of Array.isArray(list) ? list : []) {
    if (typeof entry !== 'string') continue;
    const match = /^([\w.-]+) \((.*)\)$/s.exec(entry);
    const path = match?.[1]?.replace(/\.(en|fr)$/, '');
    if (
      match &&
      path &&
      /^(actions\.[\w.]+\.(points|dailyCap)|kudosPerWeek|(levels|badges)(\.\d+\.\w+)?|name|description|cost|stock|perMemberLimit|circleId)$/.test(
        path,
      )
    ) {
      result.fields[path] = result.fields[path] ? `${result.fields[path]}; ${match[2]}` : (match[2] ?? '');
    } else {
      result.other.push(entry);
    }
  }
  return result;
}

// ——— Rewards ———

export type RewardTypeName = RewardDto['type'];

export interface RewardDraft {
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  type: RewardTypeName;
  circleId: string;
  cost: string;
  /** Empty: unlimited. */
  stock: string;
  perMemberLimit: string;
  active: boolean;
  /** The version being edited (a new reward has none). */
  etag: string | undefined;
}

export function rewardDraftOf(reward?: RewardDto): RewardDraft {
  return {
    nameEn: reward?.name.en ?? '',
    nameFr: reward?.name.fr ?? '',
    descriptionEn: reward?.description.en ?? '',
    descriptionFr: reward?.description.fr ?? '',
    type: reward?.type ?? 'object',
    circleId: reward?.circleId ?? '',
    cost: reward ? String(reward.cost) : '100',
    stock: reward?.stock === null || reward === undefined ? '' : String(reward.stock),
    perMemberLimit: reward ? String(reward.perMemberLimit) : '1',
    active: reward?.active ?? true,
    etag: reward?.etag,
  };
}

export function rewardProblems(draft: RewardDraft): Problems {
  const problems: Problems = {};
  checkName(problems, 'name', draft.nameEn, draft.nameFr, GAME_LIMITS.rewardName, { code: 'name' });
  checkName(
    problems,
    'description',
    draft.descriptionEn,
    draft.descriptionFr,
    GAME_LIMITS.rewardDescription,
    {
      code: 'description',
    },
  );
  if (draft.type === 'circle' && !draft.circleId) problems['circleId'] = { code: 'circle' };
  checkWhole(problems, 'cost', draft.cost, GAME_LIMITS.cost);
  if (draft.stock.trim()) checkWhole(problems, 'stock', draft.stock, GAME_LIMITS.stock);
  checkWhole(problems, 'perMemberLimit', draft.perMemberLimit, GAME_LIMITS.perMemberLimit);
  return problems;
}

/** The POST or PUT /rewards body (of a draft without problems); PUT sends the etag it edited. */
export function rewardInputOf(draft: RewardDraft): RewardInputDto {
  return {
    name: localized(draft.nameEn, draft.nameFr),
    description: localized(draft.descriptionEn, draft.descriptionFr),
    type: draft.type,
    ...(draft.type === 'circle' && draft.circleId ? { circleId: draft.circleId } : {}),
    cost: parseWhole(draft.cost) ?? 0,
    stock: draft.stock.trim() ? (parseWhole(draft.stock) ?? 0) : null,
    perMemberLimit: parseWhole(draft.perMemberLimit) ?? 1,
    active: draft.active,
    ...(draft.etag ? { etag: draft.etag } : {}),
  };
}

/** The name of a new season, checked like the API does. */
export function seasonProblems(en: string, fr: string): Problems {
  const problems: Problems = {};
  checkName(problems, 'name', en, fr, GAME_LIMITS.seasonName, { code: 'name' });
  return problems;
}

/** A season's name as the API takes it. */
export function seasonNameOf(en: string, fr: string): { en?: string; fr?: string } {
  return localized(en, fr);
}
