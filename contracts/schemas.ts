import { z } from 'zod';

/**
 * Shapes the API speaks, shared by the server (validation, OpenAPI) and the tab (types).
 * The tab imports these as types only, so zod stays out of its bundle.
 */

export const Language = z.enum(['en', 'fr']).meta({ id: 'Language' });

export const LocalizedText = z.object({ en: z.string().optional(), fr: z.string().optional() }).meta({
  id: 'LocalizedText',
  description: 'Text in English and/or French; clients show the reader’s language.',
});

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable machine code, e.g. REQUEST.INVALID.' }),
      message: z.string().meta({ description: 'What went wrong and what to fix, in the caller’s language.' }),
      requestId: z.string().optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const Readiness = z
  .object({ status: z.enum(['ready', 'unavailable']), store: z.enum(['sqlite', 'cosmos']) })
  .meta({ id: 'Readiness' });

/** Ids in paths and bodies: what Guildhall mints (UUIDs) and what Entra gives (GUIDs), or seeded slugs. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id (letters, digits, - and _; up to 64)')
  .meta({ id: 'Id' });

/** A continuation token from a previous page. */
export const Continuation = z.string().min(1).max(4096);

export const Segments = z
  .object({
    department: z.string().max(80).optional(),
    location: z.string().max(80).optional(),
    jobRole: z.string().max(80).optional(),
    interests: z.array(z.string().max(40)).max(20),
  })
  .meta({ id: 'Segments' });

export const Me = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    displayName: z.string(),
    language: Language.nullable().meta({ description: 'Chosen language; null follows the Teams locale.' }),
    roles: z.array(z.enum(['admin', 'animator'])),
    charterAcknowledgedVersion: z.number().int().nullable(),
    currentCharterVersion: z.number().int().nullable(),
    followedTags: z.array(z.string()),
    segments: Segments,
    joinedAt: z.iso.datetime(),
    devMode: z
      .boolean()
      .meta({ description: 'True when the server runs without SSO (never in production).' }),
  })
  .meta({ id: 'Me' });

export const CharterValue = z
  .object({ title: LocalizedText, description: LocalizedText })
  .meta({ id: 'CharterValue' });

export const Ritual = z
  .object({ title: LocalizedText, description: LocalizedText, cadence: LocalizedText })
  .meta({ id: 'Ritual' });

export const Charter = z
  .object({
    version: z.number().int().min(1),
    purpose: LocalizedText,
    values: z.array(CharterValue),
    codeOfConduct: LocalizedText,
    rituals: z.array(Ritual),
    publishedAt: z.iso.datetime(),
  })
  .meta({ id: 'Charter' });

export const GoalMetric = z.enum(['manual', 'members', 'posts', 'answeredQuestions']).meta({
  id: 'GoalMetric',
  description:
    'manual: progress set by an admin; others are counted from the community since the goal started.',
});

export const Goal = z
  .object({
    id: z.string(),
    title: LocalizedText,
    metric: GoalMetric,
    target: z.number().int().min(1),
    current: z.number().int().min(0),
    progress: z.number().min(0).max(1),
    startsOn: z.iso.date(),
    dueOn: z.iso.date().nullable(),
  })
  .meta({ id: 'Goal' });

export const GoalInput = z
  .object({
    title: LocalizedText.refine(
      (t) => Boolean(t.en?.trim() || t.fr?.trim()),
      'write the title in English or French',
    ),
    metric: GoalMetric,
    target: z.number().int().min(1).max(1_000_000),
    current: z.number().int().min(0).max(1_000_000).optional(),
    startsOn: z.iso.date(),
    dueOn: z.iso.date().nullable().optional(),
  })
  .meta({ id: 'GoalInput' });

export const CommunitySettingsDto = z
  .object({
    name: LocalizedText,
    tagline: LocalizedText,
    targetPostsPerWeek: z.number().min(0).max(100),
    stockWarningDays: z.number().int().min(0).max(365),
    rateLimits: z.object({
      postsPerHour: z.number().int().min(1).max(1000),
      commentsPerHour: z.number().int().min(1).max(5000),
    }),
  })
  .meta({ id: 'CommunitySettings' });

export const Community = z
  .object({
    name: LocalizedText,
    tagline: LocalizedText,
    charter: Charter,
    goals: z.array(Goal),
    settings: CommunitySettingsDto,
  })
  .meta({ id: 'Community' });

const localizedBounded = (max: number) =>
  z
    .object({ en: z.string().max(max).optional(), fr: z.string().max(max).optional() })
    .refine((t) => Boolean(t.en?.trim() || t.fr?.trim()), 'write it in English or French (or both)');

export const CharterInput = z
  .object({
    purpose: localizedBounded(2000),
    values: z.array(z.object({ title: localizedBounded(80), description: localizedBounded(400) })).max(10),
    codeOfConduct: localizedBounded(10_000),
    rituals: z
      .array(
        z.object({
          title: localizedBounded(80),
          description: localizedBounded(400),
          cadence: localizedBounded(120),
        }),
      )
      .max(10),
    /** The version the editor started from: a newer one published meanwhile is a conflict, not an overwrite. */
    baseVersion: z.number().int().min(0),
  })
  .meta({ id: 'CharterInput' });

export const Acknowledgement = z.object({ version: z.number().int().min(1) }).meta({ id: 'Acknowledgement' });

export const SettingsInput = CommunitySettingsDto.partial().meta({ id: 'SettingsInput' });

export const SegmentsInput = z
  .object({
    department: z.string().trim().max(80).optional(),
    location: z.string().trim().max(80).optional(),
    jobRole: z.string().trim().max(80).optional(),
    interests: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  })
  .meta({ id: 'SegmentsInput' });

export const FollowedTagsInput = z
  .object({ tags: z.array(z.string().min(1).max(32)).max(30) })
  .meta({ id: 'FollowedTagsInput' });

export const MemberSummary = z
  .object({
    id: z.string(),
    displayName: z.string(),
    department: z.string().nullable(),
    jobRole: z.string().nullable(),
  })
  .meta({ id: 'MemberSummary' });

export const MemberSearch = z
  .object({ q: z.string().max(80).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) })
  .meta({ id: 'MemberSearch' });

export const MemberList = z.object({ items: z.array(MemberSummary) }).meta({ id: 'MemberList' });

export type LanguageDto = z.infer<typeof Language>;
export type LocalizedTextDto = z.infer<typeof LocalizedText>;
export type ErrorBodyDto = z.infer<typeof ErrorBody>;
export type MeDto = z.infer<typeof Me>;
export type CharterDto = z.infer<typeof Charter>;
export type CommunityDto = z.infer<typeof Community>;
export type GoalDto = z.infer<typeof Goal>;
export type MemberSummaryDto = z.infer<typeof MemberSummary>;
export type CommunitySettingsDtoType = z.infer<typeof CommunitySettingsDto>;
export type CharterInputDto = z.input<typeof CharterInput>;
export type GoalInputDto = z.input<typeof GoalInput>;
export type ReadinessDto = z.infer<typeof Readiness>;
