import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';

/** A calendar day as the API writes it (`2025-12-03`), read as local midnight (not UTC). */
export function parseDay(day: string): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The local calendar day of a date, as `YYYY-MM-DD`. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Date and time formats in the reader's language. */
export interface DateFormats {
  /** "3 Dec 2025" from an ISO date-time or day. */
  short: (value: string | Date) => string;
  /** "Tuesday 3 December" (calendar chips, schedule confirmations). */
  weekdayDay: (value: string | Date) => string;
  /** "December 2025". */
  monthYear: (value: Date) => string;
  /** "14:30" / "2:30 PM". */
  time: (value: string | Date) => string;
  /** "3 Dec 2025, 14:30". */
  dateTime: (value: string | Date) => string;
  /** "3 hours ago", "in 2 days". */
  relative: (value: string | Date, now?: Date) => string;
}

const toDate = (value: string | Date) =>
  value instanceof Date ? value : /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : new Date(value);

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** Builds the formats for an Intl locale (pure, for tests). */
export function dateFormats(locale: string): DateFormats {
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const weekdayDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    short: (value) => short.format(toDate(value)),
    weekdayDay: (value) => weekdayDay.format(toDate(value)),
    monthYear: (value) => monthYear.format(value),
    time: (value) => time.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
    relative(value, now = new Date()) {
      const diff = toDate(value).getTime() - now.getTime();
      for (const [unit, ms] of UNITS) {
        if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
      }
      return relative.format(0, 'minute');
    },
  };
}

/** Date formats for the current language. */
export function useDates(): DateFormats {
  const { locale } = useI18n();
  return useMemo(() => dateFormats(locale), [locale]);
}
