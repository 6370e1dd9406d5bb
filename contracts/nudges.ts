import { z } from 'zod';
import { NudgeKind } from './outbox';
import { Language } from './schemas';

/** Nudge rules (DESIGN.md keys 3, 7 and 9) and a member's own settings, as the API speaks them. */

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 24-hour.');

export const QuietHours = z
  .object({ start: HHMM, end: HHMM })
  .meta({ id: 'QuietHours', description: 'Local times: nothing is sent from start to end.' });

export const Weekday = z
  .enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
  .meta({ id: 'Weekday' });

const enabled = z.boolean();

/** The rules, section by section: each can be switched off and tuned. */
const ruleSections = {
  welcome: z.object({
    enabled,
    /** Hours after joining without acknowledging the charter. */
    afterHours: z.number().int().min(1).max(720),
  }),
  quiet: z.object({
    enabled,
    /** Weeks without activity. */
    afterWeeks: z.number().int().min(1).max(26),
  }),
  circlePosts: z.object({
    enabled,
    /** At most one message per member per window of this many hours. */
    windowHours: z.number().int().min(1).max(168),
    maxPosts: z.number().int().min(1).max(10),
  }),
  replies: z.object({ enabled, windowHours: z.number().int().min(1).max(48) }),
  events: z.object({ enabled, hoursBefore: z.number().int().min(1).max(168) }),
  digest: z.object({
    enabled,
    day: Weekday,
    /** Local time in each member's time zone. */
    time: HHMM,
    maxPosts: z.number().int().min(1).max(10),
    expiresAfterDays: z.number().int().min(1).max(7),
  }),
  badges: z.object({ enabled }),
  /** The community's notification budget for members who set nothing. */
  defaults: z.object({ weeklyCap: z.number().int().min(0).max(50), quietHours: QuietHours.nullable() }),
};

export const NudgeRules = z
  .object({
    ...ruleSections,
    /** Send it back with a change: someone else's change meanwhile is a conflict. */
    etag: z.string(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'NudgeRules', description: 'Which nudges the bot sends, when, and the default budget.' });

export const NudgeRulesInput = z
  .object({
    welcome: ruleSections.welcome.optional(),
    quiet: ruleSections.quiet.optional(),
    circlePosts: ruleSections.circlePosts.optional(),
    replies: ruleSections.replies.optional(),
    events: ruleSections.events.optional(),
    digest: ruleSections.digest.optional(),
    badges: ruleSections.badges.optional(),
    defaults: ruleSections.defaults.optional(),
    etag: z.string().min(1).max(200),
  })
  .meta({ id: 'NudgeRulesInput', description: 'Sections to replace, and the etag of the rules read.' });

/** What one nudge looks like in both languages, with sample data (the animator's preview). */
export const NudgePreview = z
  .object({
    kind: NudgeKind,
    en: z.object({ title: z.string(), lines: z.array(z.string()) }),
    fr: z.object({ title: z.string(), lines: z.array(z.string()) }),
  })
  .meta({ id: 'NudgePreview' });

export const NudgePreviews = z.object({ items: z.array(NudgePreview) }).meta({ id: 'NudgePreviews' });

/** The member's settings as stored, with the community's defaults for what they did not set. */
export const MySettings = z
  .object({
    language: Language.nullable(),
    timeZone: z.string().nullable(),
    quietHours: QuietHours.nullable(),
    weeklyCap: z.number().int().nullable(),
    mutedKinds: z.array(NudgeKind),
    defaults: z.object({ weeklyCap: z.number().int(), quietHours: QuietHours.nullable() }),
    /** Kinds of nudges the community sends at all (the others are off for everyone). */
    activeKinds: z.array(NudgeKind),
  })
  .meta({ id: 'MySettings' });

export type NudgeRulesDto = z.infer<typeof NudgeRules>;
export type NudgeRulesInputDto = z.input<typeof NudgeRulesInput>;
export type NudgePreviewDto = z.infer<typeof NudgePreview>;
export type MySettingsDto = z.infer<typeof MySettings>;
export type WeekdayDto = z.infer<typeof Weekday>;
