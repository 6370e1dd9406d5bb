import { Button, Spinner, Subtitle1, mergeClasses } from '@fluentui/react-components';
import {
  CalendarClockRegular,
  CheckmarkCircleRegular,
  ChevronLeftRegular,
  ChevronRightRegular,
} from '@fluentui/react-icons';
import type { PostDto } from '../../../../contracts/content';
import { dayKey, useDates } from '../../hooks/useDates';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { useI18n } from '../../i18n/i18n';
import { entryTime, groupByDay, weekdayNames, type MonthGrid, type Weekday } from './calendarGrid';
import { useMonthCalendarStyles } from './MonthCalendar.styles';

/** A post on its day: green and ticked when published, dashed with a clock when scheduled. */
function Chip({ post, agenda = false }: { post: PostDto; agenda?: boolean }) {
  const styles = useMonthCalendarStyles();
  const { t } = useI18n();
  const dates = useDates();
  const { navigate } = useRoute();
  const scheduled = post.status === 'scheduled';
  const when = entryTime(post);
  const href = hrefOf('post', post.id);
  const Icon = scheduled ? CalendarClockRegular : CheckmarkCircleRegular;
  return (
    <li>
      <a
        href={href}
        className={mergeClasses(
          styles.chip,
          scheduled ? styles.scheduled : styles.published,
          agenda && styles.agendaChip,
        )}
        aria-label={t(scheduled ? 'calendar.chipScheduled' : 'calendar.chipPublished', {
          title: post.title,
          day: dates.weekdayDay(when),
          time: dates.time(when),
        })}
        title={`${dates.time(when)} · ${post.title}`}
        data-testid="calendar-chip"
        data-status={post.status}
        onClick={(event) => {
          event.preventDefault();
          navigate(href);
        }}
      >
        <Icon className={styles.chipIcon} aria-hidden />
        <span className={styles.chipText}>{agenda ? `${dates.time(when)} · ${post.title}` : post.title}</span>
      </a>
    </li>
  );
}

/**
 * The month as a calendar (key 6), its weeks starting where the reader's do (Monday in France,
 * Sunday in the US), today marked, each post a chip on its day. On a phone the same month reads
 * as a list of the days that have posts. Chips are links: Tab moves through them in date order.
 */
export function MonthCalendar({
  grid,
  weekStart,
  entries,
  loading,
  onMove,
  onToday,
}: {
  grid: MonthGrid;
  weekStart: Weekday;
  entries: PostDto[];
  loading: boolean;
  onMove: (delta: number) => void;
  onToday: () => void;
}) {
  const styles = useMonthCalendarStyles();
  const { t, locale } = useI18n();
  const dates = useDates();
  const byDay = groupByDay(entries);
  const today = dayKey(new Date());
  const monthTitle = dates.monthYear(new Date(grid.year, grid.month, 1));
  const shortNames = weekdayNames(locale, weekStart, 'short');
  const longNames = weekdayNames(locale, weekStart, 'long');
  const daysWithPosts = grid.weeks
    .flat()
    .filter((day) => day.getMonth() === grid.month && byDay.has(dayKey(day)));

  return (
    <div className={styles.root} data-testid="month-calendar">
      <div className={styles.toolbar}>
        <Button
          appearance="subtle"
          icon={<ChevronLeftRegular />}
          aria-label={t('calendar.previous')}
          onClick={() => onMove(-1)}
        />
        <Subtitle1 as="h2" className={styles.month} aria-live="polite" data-testid="calendar-month">
          {monthTitle}
        </Subtitle1>
        <Button
          appearance="subtle"
          icon={<ChevronRightRegular />}
          aria-label={t('calendar.next')}
          onClick={() => onMove(1)}
        />
        <Button onClick={onToday}>{t('calendar.today')}</Button>
        {loading ? <Spinner size="tiny" aria-label={t('state.loading')} /> : null}
        <span className={styles.spacer} />
        <div className={styles.legend} aria-hidden>
          <span className={styles.legendItem}>
            <CheckmarkCircleRegular /> {t('calendar.published')}
          </span>
          <span className={styles.legendItem}>
            <CalendarClockRegular /> {t('calendar.scheduled')}
          </span>
        </div>
      </div>

      <table className={styles.table} aria-label={monthTitle}>
        <thead>
          <tr>
            {shortNames.map((name, i) => (
              <th key={name} scope="col" className={styles.weekday}>
                <abbr title={longNames[i]}>{name}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={dayKey(week[0]!)}>
              {week.map((day) => {
                const key = dayKey(day);
                const posts = byDay.get(key) ?? [];
                const inMonth = day.getMonth() === grid.month;
                const isToday = key === today;
                return (
                  <td
                    key={key}
                    className={mergeClasses(styles.cell, !inMonth && styles.outside, isToday && styles.today)}
                    data-day={key}
                    aria-current={isToday ? 'date' : undefined}
                  >
                    <span className={mergeClasses(styles.dayNumber, isToday && styles.todayNumber)}>
                      {day.getDate()}
                    </span>
                    {posts.length > 0 ? (
                      <ul className={styles.chips} aria-label={dates.weekdayDay(day)}>
                        {posts.map((post) => (
                          <Chip key={post.id} post={post} />
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <ol className={styles.agenda} aria-label={monthTitle}>
        {daysWithPosts.length === 0 ? (
          <li className={styles.empty}>{t('calendar.nothingThisMonth')}</li>
        ) : (
          daysWithPosts.map((day) => (
            <li key={dayKey(day)} className={styles.agendaDay}>
              <h3 className={styles.agendaTitle}>{dates.weekdayDay(day)}</h3>
              <ul className={styles.chips}>
                {(byDay.get(dayKey(day)) ?? []).map((post) => (
                  <Chip key={post.id} post={post} agenda />
                ))}
              </ul>
            </li>
          ))
        )}
      </ol>
    </div>
  );
}
