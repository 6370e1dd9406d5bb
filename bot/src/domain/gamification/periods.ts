/** The calendar buckets an award counts in (UTC). */
export interface Periods {
  day: string;
  week: string;
  month: string;
}

/** `2026-11-25T10:00Z` → day 2026-11-25, ISO week 2026-W48, month 2026-11. */
export function periodsOf(at: Date): Periods {
  const day = at.toISOString().slice(0, 10);
  return { day, week: isoWeek(at), month: day.slice(0, 7) };
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(at: Date): string {
  const date = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week before `week` ("2026-W01" → "2025-W52" or "-W53"). */
export function previousWeek(week: string): string {
  const [year, w] = week.split('-W').map(Number) as [number, number];
  // Monday of the week, minus 7 days.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(
    jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000 + (w - 1) * 7 * 86_400_000,
  );
  return isoWeek(new Date(monday.getTime() - 7 * 86_400_000));
}

/** The leaderboard periods a member can look at. */
export type BoardPeriod = 'week' | 'month' | 'season' | 'all';

/** The score bucket of a period (and circle), e.g. `week:2026-W48` or `circle:mlops:all`. */
export function bucketOf(period: BoardPeriod, at: Periods, season: string, circleId?: string): string {
  const base =
    period === 'all'
      ? 'all'
      : period === 'season'
        ? `season:${season}`
        : period === 'month'
          ? `month:${at.month}`
          : `week:${at.week}`;
  return circleId ? `circle:${circleId}:${base}` : base;
}
