import type { CharterDto, CharterInputDto, LocalizedTextDto } from '../../../../contracts/schemas';

/** A text being edited in both languages (empty strings while not written). */
export interface Bilingual {
  en: string;
  fr: string;
}

/** A value of the charter being edited; `key` keeps React's identity while the list is reordered. */
export interface ValueDraft {
  key: number;
  title: Bilingual;
  description: Bilingual;
}

/** A ritual being edited. */
export interface RitualDraft {
  key: number;
  title: Bilingual;
  description: Bilingual;
  cadence: Bilingual;
}

/** The charter as the editor holds it. */
export interface CharterDraft {
  purpose: Bilingual;
  values: ValueDraft[];
  codeOfConduct: Bilingual;
  rituals: RitualDraft[];
}

/** Limits of CharterInput (contracts/schemas.ts), mirrored so the editor says what to fix before sending. */
export const CHARTER_LIMITS = {
  purpose: 2000,
  valueTitle: 80,
  valueDescription: 400,
  codeOfConduct: 10_000,
  ritualTitle: 80,
  ritualDescription: 400,
  ritualCadence: 120,
  values: 10,
  rituals: 10,
} as const;

let nextKey = 1;
/** A fresh list key (identity only; never sent). */
export const newKey = (): number => nextKey++;

const bilingual = (text: LocalizedTextDto | undefined): Bilingual => ({
  en: text?.en ?? '',
  fr: text?.fr ?? '',
});

/** An empty text in both languages. */
export const emptyText = (): Bilingual => ({ en: '', fr: '' });

/** The editor's starting point: the published charter. */
export function draftOf(
  charter: Pick<CharterDto, 'purpose' | 'values' | 'codeOfConduct' | 'rituals'>,
): CharterDraft {
  return {
    purpose: bilingual(charter.purpose),
    values: charter.values.map((value) => ({
      key: newKey(),
      title: bilingual(value.title),
      description: bilingual(value.description),
    })),
    codeOfConduct: bilingual(charter.codeOfConduct),
    rituals: charter.rituals.map((ritual) => ({
      key: newKey(),
      title: bilingual(ritual.title),
      description: bilingual(ritual.description),
      cadence: bilingual(ritual.cadence),
    })),
  };
}

/** What is wrong with one bilingual field: nothing written, or too long in a language. */
export type TextProblem = { kind: 'required' } | { kind: 'tooLong'; max: number };

/** Checks a bilingual field like CharterInput does: one language at least, each within `max`. */
export function textProblem(text: Bilingual, max: number): TextProblem | undefined {
  if (text.en.length > max || text.fr.length > max) return { kind: 'tooLong', max };
  if (!text.en.trim() && !text.fr.trim()) return { kind: 'required' };
  return undefined;
}

/** Problems by field path (`purpose`, `values.2.title`, `rituals.0.cadence`); empty when it can be published. */
export function validateCharter(draft: CharterDraft): Map<string, TextProblem> {
  const problems = new Map<string, TextProblem>();
  const check = (path: string, text: Bilingual, max: number) => {
    const problem = textProblem(text, max);
    if (problem) problems.set(path, problem);
  };
  check('purpose', draft.purpose, CHARTER_LIMITS.purpose);
  draft.values.forEach((value, i) => {
    check(`values.${i}.title`, value.title, CHARTER_LIMITS.valueTitle);
    check(`values.${i}.description`, value.description, CHARTER_LIMITS.valueDescription);
  });
  check('codeOfConduct', draft.codeOfConduct, CHARTER_LIMITS.codeOfConduct);
  draft.rituals.forEach((ritual, i) => {
    check(`rituals.${i}.title`, ritual.title, CHARTER_LIMITS.ritualTitle);
    check(`rituals.${i}.description`, ritual.description, CHARTER_LIMITS.ritualDescription);
    check(`rituals.${i}.cadence`, ritual.cadence, CHARTER_LIMITS.ritualCadence);
  });
  return problems;
}

/**
 * Only the languages actually written are sent: an empty French string would otherwise hide the
 * English fallback from French readers.
 */
function localized(text: Bilingual): LocalizedTextDto {
  return {
    ...(text.en.trim() ? { en: text.en.trim() } : {}),
    ...(text.fr.trim() ? { fr: text.fr.trim() } : {}),
  };
}

/** The request body for a new version, based on the version the editor started from. */
export function charterInputOf(draft: CharterDraft, baseVersion: number): CharterInputDto {
  return {
    purpose: localized(draft.purpose),
    values: draft.values.map((v) => ({ title: localized(v.title), description: localized(v.description) })),
    codeOfConduct: localized(draft.codeOfConduct),
    rituals: draft.rituals.map((r) => ({
      title: localized(r.title),
      description: localized(r.description),
      cadence: localized(r.cadence),
    })),
    baseVersion,
  };
}

/** Whether the draft differs from where it started (list keys aside). */
export function isDirty(draft: CharterDraft, start: CharterDraft): boolean {
  return JSON.stringify(charterInputOf(draft, 0)) !== JSON.stringify(charterInputOf(start, 0));
}

/** The list with item `index` moved by `delta` places (unchanged at the ends). */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}
