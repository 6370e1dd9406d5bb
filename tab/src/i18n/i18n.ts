import { createContext, useContext } from 'react';
import { startupMessages, type MessageKey } from './messages';

/** Languages of the tab; anything else falls back to English. */
export type Language = 'en' | 'fr';

/** Maps a BCP 47 tag to a supported language. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Text written in one or both languages (from the API). */
export interface LocalizedText {
  en?: string | undefined;
  fr?: string | undefined;
}

/** Translation helpers bound to one locale. */
export interface I18n {
  language: Language;
  locale: string;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Picks the reader's language from text the API sent in both. */
  pick: (text: LocalizedText) => string;
  formatDate: (iso: string, style?: 'short' | 'long') => string;
  formatNumber: (n: number) => string;
}

/** Strings loaded so far, by language (start-up strings, then each area's as its screens load). */
const dictionaries: Record<Language, Partial<Record<MessageKey, string>>> = {
  en: { ...startupMessages.en },
  fr: { ...startupMessages.fr },
};

/** Adds an area's strings (called when a lazy area's dictionary arrives). */
export function registerMessages(
  en: Partial<Record<MessageKey, string>>,
  fr: Partial<Record<MessageKey, string>>,
): void {
  Object.assign(dictionaries.en, en);
  Object.assign(dictionaries.fr, fr);
}

/** Builds the helpers for a locale (e.g. `fr-FR`, `en-GB`). */
export function createI18n(locale: string): I18n {
  const language = languageOf(locale);
  const dictionary = dictionaries[language];
  const intlLocale = language === 'fr' && !locale.toLowerCase().startsWith('fr') ? 'fr-FR' : locale;
  const numbers = new Intl.NumberFormat(intlLocale);
  const dates = {
    short: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium' }),
    long: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long' }),
  };
  return {
    language,
    locale: intlLocale,
    t(key, vars = {}) {
      // A key of an area not loaded yet shows in English if possible, never as nothing.
      const template = dictionary[key] ?? dictionaries.en[key] ?? key;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        vars[name] === undefined ? whole : String(vars[name]),
      );
    },
    pick(text) {
      return (language === 'fr' ? (text.fr ?? text.en) : (text.en ?? text.fr)) ?? '';
    },
    formatDate(iso, style = 'long') {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? '' : dates[style].format(date);
    },
    formatNumber(n) {
      return numbers.format(n);
    },
  };
}

export const I18nContext = createContext<I18n>(createI18n('en-US'));

/** The current translation helpers. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
