import type { MySettingsDto } from '../../../../contracts/nudges';
import type { NotificationSettingsDto } from '../../../../contracts/outbox';

/** The kinds of nudges, in the order the settings list them. */
export const NUDGE_KIND_ORDER = [
  'welcome',
  'circlePosts',
  'replies',
  'digest',
  'quiet',
  'events',
  'badges',
  'quizzes',
] as const;
export type NudgeKindName = (typeof NUDGE_KIND_ORDER)[number];

/** What the settings form holds while the member edits (text inputs keep their text). */
export interface SettingsDraft {
  language: 'en' | 'fr';
  timeZone: string;
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
  weeklyCap: string;
  muted: NudgeKindName[];
}

export type SettingsProblem = 'timeZone' | 'quiet' | 'weeklyCap';

/** Every IANA zone the browser knows (UTC included, which some runtimes leave out). */
export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The browser's own zone (the default for a member who never chose one). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The form for saved settings; unset fields show the browser's zone and the tab's language. */
export function settingsDraftOf(
  settings: MySettingsDto,
  fallback: { language: 'en' | 'fr'; zone: string },
): SettingsDraft {
  const quiet = settings.quietHours ?? settings.defaults.quietHours;
  return {
    language: settings.language ?? fallback.language,
    timeZone: settings.timeZone ?? fallback.zone,
    quietOn: settings.quietHours !== null,
    quietStart: quiet?.start ?? '22:00',
    quietEnd: quiet?.end ?? '08:00',
    weeklyCap: settings.weeklyCap === null ? '' : String(settings.weeklyCap),
    muted: NUDGE_KIND_ORDER.filter((kind) => settings.mutedKinds.includes(kind)),
  };
}

/** What is wrong with the form, by field (empty when it can be saved). */
export function settingsProblems(
  draft: SettingsDraft,
  zones: readonly string[],
): Partial<Record<SettingsProblem, true>> {
  const problems: Partial<Record<SettingsProblem, true>> = {};
  if (!zones.includes(draft.timeZone)) problems.timeZone = true;
  const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (
    draft.quietOn &&
    (!hhmm.test(draft.quietStart) || !hhmm.test(draft.quietEnd) || draft.quietStart === draft.quietEnd)
  )
    problems.quiet = true;
  const cap = draft.weeklyCap.trim();
  if (cap !== '' && !(/^\d{1,2}$/.test(cap) && Number(cap) <= 50)) problems.weeklyCap = true;
  return problems;
}

/** The PUT body for a valid form. */
export function settingsInputOf(draft: SettingsDraft): NotificationSettingsDto {
  const cap = draft.weeklyCap.trim();
  return {
    language: draft.language,
    timeZone: draft.timeZone,
    quietHours: draft.quietOn ? { start: draft.quietStart, end: draft.quietEnd } : null,
    ...(cap === '' ? {} : { weeklyCap: Number(cap) }),
    mutedKinds: [...draft.muted],
  };
}

/** Zones matching what the member typed ("new york" finds America/New_York), at most `limit`. */
export function matchingZones(zones: readonly string[], query: string, limit = 50): string[] {
  const words = query.toLowerCase().replace(/[_/]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return zones.slice(0, limit);
  return zones
    .filter((zone) => {
      const name = zone.toLowerCase().replace(/[_/]/g, ' ');
      return words.every((word) => name.includes(word));
    })
    .slice(0, limit);
}
