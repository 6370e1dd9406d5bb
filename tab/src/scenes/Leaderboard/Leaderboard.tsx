import {
  Avatar,
  Badge,
  Body1,
  Caption1,
  Dropdown,
  Field,
  Link,
  mergeClasses,
  Option,
  Subtitle2,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { DataBarVerticalStarRegular, EyeOffRegular, MedalFilled, TrophyRegular } from '@fluentui/react-icons';
import type { BoardPeriodDto, LeaderboardDto } from '../../../../contracts/gamification';
import { GamePage, GameSkeleton } from '../../components/GameNav/GameNav';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { BOARD_PERIODS, boardPeriodOf, medalOf, myStanding } from '../../hooks/gameModel';
import { useLeaderboard, useMyCircles } from '../../hooks/useGame';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { usePlural } from '../../hooks/usePlural';
import { useSession } from '../../hooks/useSession';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useLeaderboardStyles } from './Leaderboard.styles';

const PERIOD_LABEL: Record<BoardPeriodDto, MessageKey> = {
  week: 'board.period.week',
  month: 'board.period.month',
  season: 'board.period.season',
  all: 'board.period.all',
};

const EMPTY_TITLE: Record<BoardPeriodDto, MessageKey> = {
  week: 'board.empty.week',
  month: 'board.empty.month',
  season: 'board.empty.season',
  all: 'board.empty.all',
};

/** The value of "Whole community" in the circle filter. */
const COMMUNITY = '';

/**
 * The leaderboard (key 8): the top 50 of a period, community-wide or in one of my circles, with
 * medals for the first three, my own place (even when I keep off public boards) and the people
 * around me. The filters live in the address (`#/leaderboard?period=month&circle=<id>`).
 */
export default function Leaderboard() {
  const styles = useLeaderboardStyles();
  const { t, pick, formatDate } = useI18n();
  const plural = usePlural();
  const { route, navigate } = useRoute();
  const period = boardPeriodOf(route.query.get('period'));
  const circleId = route.query.get('circle') || undefined;
  const board = useLeaderboard(period, circleId);
  const circles = useMyCircles();

  const go = (next: { period?: BoardPeriodDto; circle?: string }) => {
    const query: Record<string, string> = { period: next.period ?? period };
    const circle = next.circle ?? circleId ?? COMMUNITY;
    if (circle) query['circle'] = circle;
    navigate(hrefOf('leaderboard', undefined, query));
  };

  const circleOptions = circles.status === 'ready' ? circles.data : [];
  const circleName =
    circleId === undefined
      ? t('board.community')
      : (circleOptions.find((c) => c.id === circleId)?.name ??
        (board.status === 'ready' ? board.data.circle?.name : undefined) ??
        '');

  return (
    <GamePage current="leaderboard" title={t('board.title')} intro={t('board.intro')}>
      <div className={styles.filters}>
        <TabList
          className={styles.periods}
          appearance="subtle-circular"
          size="small"
          aria-label={t('board.period')}
          selectedValue={period}
          onTabSelect={(_event, data) => go({ period: data.value as BoardPeriodDto })}
        >
          {BOARD_PERIODS.map((value) => (
            <Tab key={value} value={value}>
              {t(PERIOD_LABEL[value])}
            </Tab>
          ))}
        </TabList>
        <Field label={t('board.circle')} className={styles.circleField}>
          <Dropdown
            className={styles.circleDropdown}
            value={circleName}
            selectedOptions={[circleId ?? COMMUNITY]}
            onOptionSelect={(_event, data) => go({ circle: data.optionValue ?? COMMUNITY })}
          >
            <Option value={COMMUNITY}>{t('board.community')}</Option>
            {circleOptions.map((circle) => (
              <Option key={circle.id} value={circle.id}>
                {circle.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>

      {board.status === 'loading' ? <GameSkeleton rows={6} /> : null}
      {board.status === 'error' ? <ErrorState error={board.error} onRetry={board.reload} /> : null}
      {board.status === 'ready' ? (
        <div className={styles.body} aria-busy={board.refreshing} data-testid="leaderboard">
          <Caption1 as="p" className={styles.meta}>
            {t('game.season', {
              season: pick(board.data.season.name),
              date: formatDate(board.data.season.startedAt, 'short'),
            })}{' '}
            · {plural('board.participants', board.data.participants)}
          </Caption1>
          <div className={styles.columns}>
            <section className={styles.section} aria-labelledby="board-top-title">
              <Subtitle2 as="h2" id="board-top-title" className={styles.sectionTitle}>
                {t('board.top', { count: 50 })} · {t(PERIOD_LABEL[period])} · {circleName}
              </Subtitle2>
              {board.data.top.length === 0 ? (
                <EmptyState
                  icon={<DataBarVerticalStarRegular />}
                  title={t(EMPTY_TITLE[period])}
                  body={t('board.emptyBody')}
                />
              ) : (
                <Standings
                  standings={board.data.top}
                  testId="board-top"
                  label={t('board.top', { count: 50 })}
                />
              )}
            </section>
            <aside className={styles.side}>
              <MyCard board={board.data} />
              {board.data.neighbours.length > 0 ? (
                <section className={styles.section} aria-labelledby="board-around-title">
                  <Subtitle2 as="h2" id="board-around-title" className={styles.sectionTitle}>
                    {t('board.neighbours')}
                  </Subtitle2>
                  <Standings
                    compact
                    standings={board.data.neighbours}
                    testId="board-neighbours"
                    label={t('board.neighbours')}
                  />
                </section>
              ) : null}
            </aside>
          </div>
        </div>
      ) : null}
    </GamePage>
  );
}

/** My place: ranked, kept off the public board (where I would be), or not on it yet. */
function MyCard({ board }: { board: LeaderboardDto }) {
  const styles = useLeaderboardStyles();
  const { t, formatNumber } = useI18n();
  const plural = usePlural();
  const standing = myStanding(board);
  const medal = standing.kind === 'ranked' ? medalOf(standing.rank) : undefined;
  return (
    <section className={styles.meCard} aria-label={t('board.me')} data-testid="my-rank">
      <div className={styles.meTop}>
        {standing.kind === 'hidden' ? (
          <EyeOffRegular className={styles.meIcon} aria-hidden />
        ) : medal ? (
          <MedalFilled className={mergeClasses(styles.meIcon, styles[medal])} aria-hidden />
        ) : (
          <TrophyRegular className={styles.meIcon} aria-hidden />
        )}
        {standing.kind === 'none' ? null : (
          <span className={styles.meRank} aria-hidden>
            #{formatNumber(standing.rank)}
          </span>
        )}
      </div>
      <Body1>
        {standing.kind === 'none'
          ? t('board.myNone')
          : t(standing.kind === 'hidden' ? 'board.myRankHidden' : 'board.myRank', {
              rank: formatNumber(standing.rank),
              points: plural('game.points', standing.points),
            })}
      </Body1>
      {standing.kind === 'hidden' ? <Link href={hrefOf('progress')}>{t('board.optedOutLink')}</Link> : null}
    </section>
  );
}

/** Places on a board: rank (medals for the first three), who, and points. */
function Standings({
  standings,
  label,
  testId,
  compact = false,
}: {
  standings: LeaderboardDto['top'];
  label: string;
  testId: string;
  /** The narrow "around you" list: no avatars or job titles. */
  compact?: boolean;
}) {
  const styles = useLeaderboardStyles();
  const { t, formatNumber } = useI18n();
  const plural = usePlural();
  const { me } = useSession();
  return (
    <ol className={styles.board} aria-label={label} data-testid={testId}>
      {standings.map((standing) => {
        const medal = medalOf(standing.rank);
        const mine = standing.member.id === me.id;
        const details = [standing.member.department, standing.member.jobRole].filter(Boolean).join(' · ');
        return (
          <li
            key={standing.member.id}
            className={mergeClasses(styles.row, mine && styles.rowMe)}
            data-rank={standing.rank}
            {...(mine ? { 'aria-current': 'true' as const } : {})}
          >
            <span className={styles.rank}>
              {medal ? (
                <MedalFilled
                  className={mergeClasses(styles.medal, styles[medal])}
                  aria-label={t(`board.medal.${medal}`)}
                  role="img"
                />
              ) : null}
              <span className={styles.srOnly}>{t('board.rank')} </span>
              {formatNumber(standing.rank)}
            </span>
            {compact ? null : (
              <Avatar
                className={styles.avatar}
                name={standing.member.displayName}
                color="colorful"
                size={32}
                aria-hidden
              />
            )}
            <span className={styles.who}>
              <span className={styles.name}>
                {standing.member.displayName}
                {mine ? (
                  <Badge appearance="tint" color="brand" size="small">
                    {t('board.me')}
                  </Badge>
                ) : null}
              </span>
              {details && !compact ? <span className={styles.details}>{details}</span> : null}
            </span>
            <span className={styles.points}>{plural('game.points', standing.points)}</span>
          </li>
        );
      })}
    </ol>
  );
}
