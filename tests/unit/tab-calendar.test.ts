import {
  addMonths,
  entryTime,
  firstDayOfWeek,
  groupByDay,
  monthGrid,
  weekdayNames,
} from '../../tab/src/scenes/Editorial/calendarGrid';
import { dayKey, parseDay } from '../../tab/src/hooks/useDates';
import {
  defaultScheduleTime,
  fromLocalInput,
  scheduleProblem,
  toLocalInput,
} from '../../tab/src/scenes/Editorial/schedule';

describe('The editorial calendar grid', () => {
  it('starts weeks on Monday in France and on Sunday in the United States', () => {
    expect(firstDayOfWeek('fr-FR')).toBe(1);
    expect(firstDayOfWeek('fr')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('en-GB')).toBe(1);
  });

  it('falls back to ISO weeks for a tag Intl cannot read', () => {
    expect(firstDayOfWeek('not a locale')).toBe(1);
  });

  it('covers December 2025 in five Monday-first weeks, from 1 December to 4 January', () => {
    const grid = monthGrid(2025, 11, 1);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    expect(grid.from).toBe('2025-12-01'); // a Monday
    expect(grid.to).toBe('2026-01-04');
    expect(grid.weeks[0]!.map((d) => d.getDay())).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it('lays the same month out Sunday-first, starting the Sunday before', () => {
    const grid = monthGrid(2025, 11, 7);
    expect(grid.from).toBe('2025-11-30');
    expect(grid.to).toBe('2026-01-03');
    expect(grid.weeks[0]![0]!.getDay()).toBe(0);
  });

  it('needs six rows for a month that starts late in the week, and four for February 2026 Sunday-first', () => {
    expect(monthGrid(2026, 2, 1).weeks).toHaveLength(6); // March 2026 starts on a Sunday
    expect(monthGrid(2026, 1, 7).weeks).toHaveLength(4); // February 2026: Sunday 1 to Saturday 28
  });

  it('keeps every day at local midnight across a daylight-saving change', () => {
    const grid = monthGrid(2026, 2, 1);
    for (const day of grid.weeks.flat()) expect([day.getHours(), day.getMinutes()]).toEqual([0, 0]);
    const keys = grid.weeks.flat().map(dayKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names weekdays in the reader’s language, in calendar order', () => {
    expect(weekdayNames('fr-FR', 1, 'long')[0]).toBe('lundi');
    expect(weekdayNames('en-US', 7, 'long').slice(0, 2)).toEqual(['Sunday', 'Monday']);
  });

  it('moves across years', () => {
    expect(addMonths(2025, 11, 1)).toEqual({ year: 2026, month: 0 });
    expect(addMonths(2026, 0, -1)).toEqual({ year: 2025, month: 11 });
  });

  it('puts scheduled posts on their planned day and published ones on their publication day, in time order', () => {
    const at = (d: Date) => d.toISOString();
    const posts = [
      { id: 'b', status: 'published', scheduledFor: null, publishedAt: at(new Date(2025, 11, 3, 15)) },
      { id: 'a', status: 'published', scheduledFor: null, publishedAt: at(new Date(2025, 11, 3, 9)) },
      {
        id: 'c',
        status: 'scheduled',
        scheduledFor: at(new Date(2025, 11, 9, 10)),
        publishedAt: at(new Date(2025, 11, 9, 10)),
      },
    ];
    const days = groupByDay(posts);
    expect(days.get('2025-12-03')!.map((p) => p.id)).toEqual(['a', 'b']);
    expect(days.get('2025-12-09')!.map((p) => p.id)).toEqual(['c']);
    expect(entryTime(posts[2]!)).toBe(posts[2]!.scheduledFor);
  });

  it('reads API days as local days, not UTC midnights', () => {
    expect(dayKey(parseDay('2026-03-29'))).toBe('2026-03-29');
  });
});

describe('Scheduling a draft', () => {
  const now = new Date(2025, 11, 3, 14, 30);

  it('proposes tomorrow at 9:00 and round-trips through the date-time field', () => {
    const proposal = defaultScheduleTime(now);
    expect(toLocalInput(proposal)).toBe('2025-12-04T09:00');
    expect(fromLocalInput('2025-12-04T09:00')!.getTime()).toBe(proposal.getTime());
  });

  it('refuses an empty value or a time already past', () => {
    expect(scheduleProblem('', now)).toBe('required');
    expect(scheduleProblem('2025-12-03T14:00', now)).toBe('past');
    expect(scheduleProblem('2025-12-03T15:00', now)).toBeUndefined();
  });
});
