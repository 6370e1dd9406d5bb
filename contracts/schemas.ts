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

export const Me = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    displayName: z.string(),
    language: Language.nullable().meta({ description: 'Chosen language; null follows the Teams locale.' }),
    roles: z.array(z.enum(['admin', 'animator'])),
    charterAcknowledgedVersion: z.number().int().nullable(),
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

export const Community = z
  .object({ name: LocalizedText, tagline: LocalizedText, charter: Charter })
  .meta({ id: 'Community' });

export type LanguageDto = z.infer<typeof Language>;
export type LocalizedTextDto = z.infer<typeof LocalizedText>;
export type ErrorBodyDto = z.infer<typeof ErrorBody>;
export type MeDto = z.infer<typeof Me>;
export type CharterDto = z.infer<typeof Charter>;
export type CommunityDto = z.infer<typeof Community>;
export type ReadinessDto = z.infer<typeof Readiness>;
