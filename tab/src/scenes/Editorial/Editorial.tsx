import { Body1, Card, Subtitle1, Title2 } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { PostDto } from '../../../../contracts/content';
import { StockMeter } from '../../components/StockMeter/StockMeter';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useDates } from '../../hooks/useDates';
import { useContentStock, useEditorialApi, useEditorialMonth } from '../../hooks/useEditorial';
import { useNotify } from '../../hooks/useNotify';
import { useI18n } from '../../i18n/i18n';
import { useEditorialStyles } from './Editorial.styles';
import { MonthCalendar } from './MonthCalendar';
import { ReadyDrafts } from './ReadyDrafts';

/**
 * The editorial console (key 6): how long the content stock lasts, the drafts ready to plan,
 * and the month's calendar of what went out and what is scheduled.
 */
export default function Editorial() {
  const styles = useEditorialStyles();
  const { t, locale } = useI18n();
  const dates = useDates();
  const { toaster, notify } = useNotify();
  const api = useEditorialApi();
  const stock = useContentStock();
  const { grid, weekStart, calendar, move, showMonthOf } = useEditorialMonth(locale);

  // Ready drafts do not depend on the month: keep showing them while another month loads.
  const [drafts, setDrafts] = useState<PostDto[] | undefined>();
  const latestDrafts = calendar.status === 'ready' ? calendar.data.readyDrafts : undefined;
  if (latestDrafts && latestDrafts !== drafts) setDrafts(latestDrafts);

  const { reload: reloadCalendar } = calendar;
  const { reload: reloadStock } = stock;
  const refresh = useCallback(() => {
    reloadCalendar();
    reloadStock();
  }, [reloadCalendar, reloadStock]);

  const handleScheduled = (post: PostDto, at: Date) => {
    // Show the month it went to, so it can be seen on its day.
    showMonthOf(at);
    refresh();
    notify(t('drafts.scheduled', { title: post.title, day: dates.weekdayDay(at), time: dates.time(at) }), {
      undo: () => {
        void api
          .schedule(post.id, null)
          .then(refresh, (error: unknown) =>
            notify(error instanceof Error ? error.message : String(error), { intent: 'error' }),
          );
      },
    });
  };
  const handlePublished = (post: PostDto) => {
    showMonthOf(new Date());
    refresh();
    notify(t('drafts.published', { title: post.title }));
  };

  // Not an animator: one clear message (the API's), not the same refusal in every card.
  const forbidden = [stock, calendar].find(
    (resource) => resource.status === 'error' && resource.error.code === 'EDITORIAL.FORBIDDEN',
  );
  if (forbidden?.status === 'error') return <ErrorState error={forbidden.error} />;

  return (
    <div className={styles.page}>
      {toaster}
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t('editorial.title')}
        </Title2>
        <Body1 className={styles.intro}>{t('editorial.intro')}</Body1>
      </header>

      <div className={styles.top}>
        <Card className={styles.card} aria-labelledby="stock-title">
          <Subtitle1 as="h2" id="stock-title" className={styles.cardTitle}>
            {t('stock.title')}
          </Subtitle1>
          {stock.status === 'loading' ? (
            <LoadingState />
          ) : stock.status === 'error' ? (
            <ErrorState error={stock.error} onRetry={stock.reload} />
          ) : (
            <StockMeter stock={stock.data} />
          )}
        </Card>
        <Card className={styles.card} aria-labelledby="drafts-title">
          <Subtitle1 as="h2" id="drafts-title" className={styles.cardTitle}>
            {t('drafts.title')}
          </Subtitle1>
          {drafts ? (
            <ReadyDrafts drafts={drafts} onScheduled={handleScheduled} onPublished={handlePublished} />
          ) : calendar.status === 'error' ? (
            <ErrorState error={calendar.error} onRetry={calendar.reload} />
          ) : (
            <LoadingState />
          )}
        </Card>
      </div>

      <Card>
        {calendar.status === 'error' ? (
          <ErrorState error={calendar.error} onRetry={calendar.reload} />
        ) : (
          <MonthCalendar
            grid={grid}
            weekStart={weekStart}
            entries={calendar.status === 'ready' ? calendar.data.entries : []}
            loading={calendar.status === 'loading' || calendar.refreshing}
            onMove={move}
            onToday={() => showMonthOf(new Date())}
          />
        )}
      </Card>
    </div>
  );
}
