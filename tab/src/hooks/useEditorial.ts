import { useCallback, useMemo, useState } from 'react';
import type { PostDto } from '../../../contracts/content';
import type { CalendarDto, StockDto } from '../../../contracts/editorial';
import { ApiPaths } from '../../../contracts/routes';
import { addMonths, firstDayOfWeek, monthGrid } from '../scenes/Editorial/calendarGrid';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** Published and scheduled posts between two days (inclusive, `YYYY-MM-DD`), and the ready drafts. */
export function useEditorialCalendar(from: string, to: string) {
  const { api } = useSession();
  const path = `${ApiPaths.editorialCalendar}?${new URLSearchParams({ from, to }).toString()}`;
  return useResource<CalendarDto>(`calendar:${from}:${to}`, (signal) => api.get(path, signal));
}

/** How many days of publishing the stock covers. */
export function useContentStock() {
  const { api } = useSession();
  return useResource<StockDto>('content-stock', (signal) => api.get(ApiPaths.editorialStock, signal));
}

/** Scheduling and publishing drafts. */
export function useEditorialApi() {
  const { api } = useSession();
  return useMemo(
    () => ({
      schedule: (postId: string, at: Date | null) =>
        api.send<PostDto>('PATCH', ApiPaths.post(postId), { scheduledFor: at ? at.toISOString() : null }),
      publishNow: (postId: string) => api.send<PostDto>('POST', ApiPaths.postPublish(postId)),
    }),
    [api],
  );
}

/**
 * The month the calendar shows (starting today), its grid in the reader's week, and its entries.
 * `showMonthOf(date)` jumps to a date's month (after scheduling a post there, say).
 */
export function useEditorialMonth(locale: string) {
  const [month, setMonth] = useState(() => {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() };
  });
  const weekStart = useMemo(() => firstDayOfWeek(locale), [locale]);
  const grid = useMemo(() => monthGrid(month.year, month.month, weekStart), [month, weekStart]);
  const calendar = useEditorialCalendar(grid.from, grid.to);
  const move = useCallback((delta: number) => setMonth((m) => addMonths(m.year, m.month, delta)), []);
  const showMonthOf = useCallback(
    (date: Date) => setMonth({ year: date.getFullYear(), month: date.getMonth() }),
    [],
  );
  return { grid, weekStart, calendar, move, showMonthOf };
}
