import { z } from 'zod';
import type { MemberSettingsService, MemberSettingsView } from '../domain/nudges/member-settings-service';
import { NUDGE_KINDS, type NudgeKind } from '../domain/outbox/outbox';
import type { Actor } from '../domain/shared/actor';
import { AppError } from '../domain/shared/app-error';
import { localizedMessage } from '../domain/shared/error-messages';
import type { Language } from '../domain/shared/locale';
import type { AdaptiveCardJson, CardAttachment } from './cards/adaptive-card';
import { settingsCard, st, type SettingsTextKey } from './cards/nudge-cards';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What the settings card sends back (Action.Execute carries every input's value, as strings).
 * Empty strings are "not set"; seconds that some clients add to times are cut.
 */
const SettingsForm = z.object({
  language: z.enum(['en', 'fr']).optional(),
  timeZone: z.string().trim().max(64).optional(),
  quietHoursOn: z.enum(['true', 'false']).optional(),
  quietStart: z
    .string()
    .transform((v) => v.slice(0, 5))
    .pipe(z.string().regex(HHMM))
    .optional(),
  quietEnd: z
    .string()
    .transform((v) => v.slice(0, 5))
    .pipe(z.string().regex(HHMM))
    .optional(),
  weeklyCap: z
    .union([z.literal(''), z.coerce.number().int().min(0).max(50)])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  ...Object.fromEntries(NUDGE_KINDS.map((kind) => [`get_${kind}`, z.enum(['true', 'false']).optional()])),
});

const FIELD_OF: Record<string, SettingsTextKey> = {
  language: 'field.language',
  timeZone: 'field.timeZone',
  quietHoursOn: 'field.quiet',
  quietStart: 'field.quiet',
  quietEnd: 'field.quiet',
  weeklyCap: 'field.weeklyCap',
};

/**
 * The `settings` / `réglages` command and the card's `settings.save` action, for GuildhallBot:
 * parse the card's values, call MemberSettingsService, answer with the card updated in place.
 */
export class BotSettingsHandler {
  constructor(private readonly deps: { settings: MemberSettingsService; teamsAppId: string }) {}

  /**
   * The settings card, for the command, in the personal chat only: in a channel or group chat it
   * would show the member's time zone and quiet hours to everyone.
   */
  async show(
    actor: Actor,
    language: Language,
    conversationType: string | undefined,
  ): Promise<{ attachments: CardAttachment[]; summary: string } | string> {
    if (conversationType !== undefined && conversationType !== 'personal')
      return st(language, 'personalOnly');
    const view = await this.deps.settings.get(actor);
    const lang = view.language ?? language;
    return { attachments: [this.card(view, lang)], summary: st(lang, 'title') };
  }

  /**
   * Saves what the card sent and returns the card to show instead: the new settings with a
   * confirmation, or the unchanged settings with what to fix (never an error toast).
   */
  async save(actor: Actor, language: Language, data: unknown): Promise<AdaptiveCardJson> {
    const parsed = SettingsForm.safeParse(data ?? {});
    if (!parsed.success) {
      const fields = [
        ...new Set(parsed.error.issues.map((issue) => FIELD_OF[String(issue.path[0])] ?? 'field.language')),
      ].map((key) => st(language, key));
      const view = await this.deps.settings.get(actor);
      return this.card(view, language, {
        text: st(language, 'badForm', { fields: fields.join(', ') }),
        good: false,
      }).content;
    }
    const form = parsed.data as z.output<typeof SettingsForm> & Record<string, string | undefined>;
    const shown = NUDGE_KINDS.filter((kind) => form[`get_${kind}`] !== undefined);
    const before = await this.deps.settings.get(actor);
    // Kinds not on the card (switched off for everyone) keep the member's own choice.
    const mutedKinds: NudgeKind[] = NUDGE_KINDS.filter((kind) =>
      shown.includes(kind) ? form[`get_${kind}`] === 'false' : before.mutedKinds.includes(kind),
    );
    try {
      const view = await this.deps.settings.update({
        actor,
        changes: {
          ...(form.language ? { language: form.language } : {}),
          ...(form.timeZone ? { timeZone: form.timeZone } : {}),
          ...(form.quietHoursOn === 'false'
            ? { quietHours: null }
            : form.quietHoursOn === 'true' && form.quietStart && form.quietEnd
              ? { quietHours: { start: form.quietStart, end: form.quietEnd } }
              : {}),
          ...(form.weeklyCap !== undefined ? { weeklyCap: form.weeklyCap } : {}),
          mutedKinds,
        },
      });
      const lang = view.language ?? language;
      return this.card(view, lang, { text: st(lang, 'saved'), good: true }).content;
    } catch (error) {
      if (error instanceof AppError && error.httpStatus < 500) {
        return this.card(before, language, { text: localizedMessage(error, language), good: false }).content;
      }
      throw error;
    }
  }

  private card(view: MemberSettingsView, language: Language, note?: { text: string; good: boolean }) {
    return settingsCard({
      language,
      teamsAppId: this.deps.teamsAppId,
      chosenLanguage: view.language,
      timeZone: view.timeZone,
      quietHours: view.quietHours,
      weeklyCap: view.weeklyCap,
      mutedKinds: view.mutedKinds,
      defaults: view.defaults,
      kinds: view.activeKinds,
      ...(note ? { note } : {}),
    });
  }
}
