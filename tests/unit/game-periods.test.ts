import { bucketsOf } from '../../bot/src/domain/gamification/gamification-service';
import { bucketOf, isoWeek, periodsOf, previousWeek } from '../../bot/src/domain/gamification/periods';

describe('Periods of the game (UTC, ISO weeks)', () => {
  it.each([
    ['2026-11-25T10:00:00Z', '2026-W48'],
    ['2026-01-01T00:00:00Z', '2026-W01'], // a Thursday: week 1
    ['2027-01-01T12:00:00Z', '2026-W53'], // a Friday: the last week of 2026
    ['2024-12-30T08:00:00Z', '2025-W01'], // a Monday that belongs to next year's week 1
    ['2026-11-29T23:59:59Z', '2026-W48'], // Sunday night is still the same week
    ['2026-11-30T00:00:00Z', '2026-W49'], // Monday starts the next
  ])('%s is in %s', (at, week) => {
    expect(isoWeek(new Date(at))).toBe(week);
  });

  it.each([
    ['2026-W48', '2026-W47'],
    ['2026-W01', '2025-W52'],
    ['2027-W01', '2026-W53'],
    ['2021-W01', '2020-W53'],
  ])('the week before %s is %s', (week, before) => {
    expect(previousWeek(week)).toBe(before);
  });

  it('names the buckets an award counts in: all time, season, month, week, and the same per circle', () => {
    const at = periodsOf(new Date('2026-11-25T10:00:00Z'));
    expect(at).toEqual({ day: '2026-11-25', week: '2026-W48', month: '2026-11' });
    expect(bucketOf('season', at, 'S2')).toBe('season:S2');
    expect(bucketOf('week', at, 'S2', 'mlops')).toBe('circle:mlops:week:2026-W48');
    expect(bucketsOf({ season: 'S1', month: '2026-11', week: '2026-W48', circleId: 'mlops' })).toEqual([
      'all',
      'season:S1',
      'month:2026-11',
      'week:2026-W48',
      'circle:mlops:all',
      'circle:mlops:season:S1',
      'circle:mlops:month:2026-11',
      'circle:mlops:week:2026-W48',
    ]);
    expect(bucketsOf({ season: 'S1', month: '2026-11', week: '2026-W48' })).toHaveLength(4);
  });
});
