/** The languages Guildhall speaks. English is the fallback. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Maps a BCP 47 tag (`fr-FR`, `fr-ca`, `en-US`, undefined) to a supported language. */
export function languageOf(tag: string | undefined | null): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' ? 'fr' : 'en';
}

/** Text written in one or both languages (validation at the edge requires at least one). */
export interface LocalizedText {
  en?: string | undefined;
  fr?: string | undefined;
}

/** The text in `language`, else in the other language. */
export function pick(text: LocalizedText, language: Language): string {
  return (language === 'fr' ? (text.fr ?? text.en) : (text.en ?? text.fr)) ?? '';
}
