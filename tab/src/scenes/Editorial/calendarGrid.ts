import { dayKey } from '../../hooks/useDates';

/** A day of the week as Intl numbers them: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Regions whose calendars start on Sunday (CLDR), for browsers without Intl week info. */
const SUNDAY_FIRST = new Set([
  'US',
  'CA',
  'MX',
  'BR',
  'JP',
  'KR',
  'TW',
  'HK',
  'IL',
  'IN',
  'PH',
  'ZA',
  'AU',
  'SA',
]);

type LocaleWithWeekInfo = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/**
 * The first day of the week where the reader lives: Monday in France, Sunday in the United States.
 * Intl knows it in Chromium and Safari (getWeekInfo, formerly weekInfo); elsewhere the region decides.
 */
export function firstDayOfWeek(locale: string): Weekday {
  try {
    const intlLocale = new Intl.Locale(locale) as LocaleWithWeekInfo;
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay as Weekday;
    return SUNDAY_FIRST.has(intlLocale.maximize().region ?? '') ? 7 : 1;
  } catch {
    return 1; // not a locale Intl understands: ISO weeks
  }
}

/** Intl's weekday number of a date (1 = Monday … 7 = Sunday). */
export function weekdayOf(date: Date): Weekday {
  return (((date.getDay() + 6) % 7) + 1) as Weekday;
}

/** A month on screen: the weeks (7 days each) that cover it, starting on `weekStart`. */
export interface MonthGrid {
  year: number;
  /** 0 = January. */
  month: number;
  weeks: Date[][];
  /** First and last day shown (`YYYY-MM-DD`), for the API's range. */
  from: string;
  to: string;
}

/** The weeks covering a month (4 to 6 rows), days before and after it included. */
export function monthGrid(year: number, month: number, weekStart: Weekday): MonthGrid {
  const first = new Date(year, month, 1);
  const lead = (weekdayOf(first) - weekStart + 7) % 7;
  const daysInMonth = new Date(year, month + 1, 0).getDate();
  const rows = Math.ceil((lead + daysInMonth) / 7);
  const weeks: Date[][] = [];
  for (let row = 0; row < rows; row++) {
    // new Date(y, m, d) normalises overflow and stays at local midnight across DST changes.
    weeks.push(Array.from({ length: 7 }, (_, col) => new Date(year, month, 1 - lead + row * 7 + col)));
  }
  const last = weeks[weeks.length - 1]![6]!;
  return { year, month, weeks, from: dayKey(weeks[0]![0]!), to: dayKey(last) };
}

/** Weekday names in calendar order, starting on `weekStart` (e.g. "Mon", "lundi"). */
export function weekdayNames(locale: string, weekStart: Weekday, width: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(2024, 0, ((weekStart - 1 + i) % 7) + 1)));
}

/** The month `delta` months from `year`/`month`. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const date = new Date(year, month + delta, 1);
  return { year: date.getFullYear(), month: date.getMonth() };
}

/** When a calendar entry happens: its scheduled time, or when it was published. */
export function entryTime(post: {
  status: string;
  scheduledFor: string | null;
  publishedAt: string;
}): string {
  return post.status === 'scheduled' && post.scheduledFor ? post.scheduledFor : post.publishedAt;
}

/** Entries by local day (`YYYY-MM-DD`), each day in time order. */
export function groupByDay<T extends { status: string; scheduledFor: string | null; publishedAt: string }>(
  entries: T[],
): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const sorted = [...entries].sort((a, b) => Date.parse(entryTime(a)) - Date.parse(entryTime(b)));
  for (const entry of sorted) {
    const key = dayKey(new Date(entryTime(entry)));
    const list = days.get(key);
    if (list) list.push(entry);
    else days.set(key, [entry]);
  }
  return days;
}
