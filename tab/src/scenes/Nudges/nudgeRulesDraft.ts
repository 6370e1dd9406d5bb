import type { NudgeRulesDto, NudgeRulesInputDto, WeekdayDto } from '../../../../contracts/nudges';

/** The rule sections an animator edits, in the order the page shows them. */
export const RULE_SECTIONS = [
  'welcome',
  'circlePosts',
  'replies',
  'digest',
  'quiet',
  'events',
  'badges',
] as const;
export type RuleSection = (typeof RULE_SECTIONS)[number];

/** Each section's number fields, with the range the API accepts. */
export const NUMBER_FIELDS: Record<RuleSection, { name: string; min: number; max: number }[]> = {
  welcome: [{ name: 'afterHours', min: 1, max: 720 }],
  circlePosts: [
    { name: 'windowHours', min: 1, max: 168 },
    { name: 'maxPosts', min: 1, max: 10 },
  ],
  replies: [{ name: 'windowHours', min: 1, max: 48 }],
  digest: [
    { name: 'maxPosts', min: 1, max: 10 },
    { name: 'expiresAfterDays', min: 1, max: 7 },
  ],
  quiet: [{ name: 'afterWeeks', min: 1, max: 26 }],
  events: [{ name: 'hoursBefore', min: 1, max: 168 }],
  badges: [],
};

export const WEEKDAYS: WeekdayDto[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** The form: switches, numbers as typed, the digest's day and time, the default budget. */
export interface RulesDraft {
  enabled: Record<RuleSection, boolean>;
  numbers: Record<string, string>;
  digestDay: WeekdayDto;
  digestTime: string;
  weeklyCap: string;
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function rulesDraftOf(rules: NudgeRulesDto): RulesDraft {
  const numbers: Record<string, string> = {};
  for (const section of RULE_SECTIONS) {
    for (const field of NUMBER_FIELDS[section]) {
      numbers[`${section}.${field.name}`] = String((rules[section] as Record<string, unknown>)[field.name]);
    }
  }
  return {
    enabled: Object.fromEntries(RULE_SECTIONS.map((s) => [s, rules[s].enabled])) as Record<
      RuleSection,
      boolean
    >,
    numbers,
    digestDay: rules.digest.day,
    digestTime: rules.digest.time,
    weeklyCap: String(rules.defaults.weeklyCap),
    quietOn: rules.defaults.quietHours !== null,
    quietStart: rules.defaults.quietHours?.start ?? '20:00',
    quietEnd: rules.defaults.quietHours?.end ?? '08:00',
  };
}

/** Fields that cannot be saved, by key (`digest.maxPosts`, `digest.time`, `defaults.weeklyCap`, `defaults.quiet`). */
export function rulesProblems(draft: RulesDraft): Record<string, { min: number; max: number } | true> {
  const problems: Record<string, { min: number; max: number } | true> = {};
  for (const section of RULE_SECTIONS) {
    for (const { name, min, max } of NUMBER_FIELDS[section]) {
      const key = `${section}.${name}`;
      const value = draft.numbers[key] ?? '';
      if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) problems[key] = { min, max };
    }
  }
  if (!HHMM.test(draft.digestTime)) problems['digest.time'] = true;
  if (!/^\d+$/.test(draft.weeklyCap) || Number(draft.weeklyCap) > 50)
    problems['defaults.weeklyCap'] = { min: 0, max: 50 };
  if (
    draft.quietOn &&
    (!HHMM.test(draft.quietStart) || !HHMM.test(draft.quietEnd) || draft.quietStart === draft.quietEnd)
  )
    problems['defaults.quiet'] = true;
  return problems;
}

/** The PUT body: every section, with the etag the animator read. */
export function rulesInputOf(draft: RulesDraft, etag: string): NudgeRulesInputDto {
  const n = (key: string) => Number(draft.numbers[key]);
  return {
    welcome: { enabled: draft.enabled.welcome, afterHours: n('welcome.afterHours') },
    quiet: { enabled: draft.enabled.quiet, afterWeeks: n('quiet.afterWeeks') },
    circlePosts: {
      enabled: draft.enabled.circlePosts,
      windowHours: n('circlePosts.windowHours'),
      maxPosts: n('circlePosts.maxPosts'),
    },
    replies: { enabled: draft.enabled.replies, windowHours: n('replies.windowHours') },
    events: { enabled: draft.enabled.events, hoursBefore: n('events.hoursBefore') },
    digest: {
      enabled: draft.enabled.digest,
      day: draft.digestDay,
      time: draft.digestTime,
      maxPosts: n('digest.maxPosts'),
      expiresAfterDays: n('digest.expiresAfterDays'),
    },
    badges: { enabled: draft.enabled.badges },
    defaults: {
      weeklyCap: Number(draft.weeklyCap),
      quietHours: draft.quietOn ? { start: draft.quietStart, end: draft.quietEnd } : null,
    },
    etag,
  };
}
