import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Spinner,
  Subtitle1,
  Subtitle2,
  Switch,
} from '@fluentui/react-components';
import { FireFilled, GiftRegular, RibbonRegular, TrophyFilled, WalletRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import type { ProgressDto } from '../../../../contracts/gamification';
import { BadgeIcon } from '../../components/BadgeIcon/BadgeIcon';
import { GamePage, GameSkeleton } from '../../components/GameNav/GameNav';
import { GAME_ACTION_DISPLAY } from '../../components/GameNav/gameLabels';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { levelStanding, postOfSource, signedPoints } from '../../hooks/gameModel';
import { useAction } from '../../hooks/useAction';
import { useCelebrate } from '../../hooks/useCelebrations';
import { useGameApi, useProgress, useProgressHistory } from '../../hooks/useGame';
import { hrefOf } from '../../hooks/useHashRoute';
import { useNotify } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import { useProgressStyles } from './Progress.styles';

/**
 * My progress (key 8): points and level with the way to the next one, what I can spend, my
 * weekly streak, my badges and the next ones, whether I show on leaderboards, and where every
 * point came from.
 */
export default function Progress() {
  const { t } = useI18n();
  const progress = useProgress();
  const celebrate = useCelebrate();
  const { toaster, notify } = useNotify();
  useEffect(() => {
    if (progress.status === 'ready') celebrate(progress.data.badges);
  }, [progress, celebrate]);

  return (
    <GamePage current="progress" title={t('progress.title')} intro={t('progress.intro')}>
      {toaster}
      {progress.status === 'loading' ? <GameSkeleton tall /> : null}
      {progress.status === 'error' ? <ErrorState error={progress.error} onRetry={progress.reload} /> : null}
      {progress.status === 'ready' ? (
        <>
          <Summary progress={progress.data} />
          <Badges progress={progress.data} />
          <RankingChoice
            optOut={progress.data.rankingOptOut}
            onChanged={(optOut) => notify(t(optOut ? 'progress.rankingOff' : 'progress.rankingOn'))}
          />
          <History progress={progress.data} />
        </>
      ) : null}
    </GamePage>
  );
}

/** Level, points, balance and streak. */
function Summary({ progress }: { progress: ProgressDto }) {
  const styles = useProgressStyles();
  const { t, pick, formatNumber, formatDate } = useI18n();
  const plural = usePlural();
  const standing = levelStanding(progress);
  const next = progress.level.next ? pick(progress.level.next.name) : '';
  const { streak } = progress;
  return (
    <div className={styles.summary} data-testid="progress-summary">
      <section className={styles.levelCard} aria-labelledby="level-title">
        <div className={styles.levelTop}>
          <span className={styles.levelMedal} aria-hidden>
            <TrophyFilled />
          </span>
          <div className={styles.levelText}>
            <span className={styles.label}>{t('progress.levelLabel')}</span>
            <Subtitle1 as="h2" id="level-title" className={styles.levelName}>
              {t('progress.level', { index: progress.level.index + 1, name: pick(progress.level.name) })}
            </Subtitle1>
          </div>
        </div>
        <div className={styles.bigNumber}>
          <span className={styles.number} data-testid="points-total">
            {formatNumber(progress.points)}
          </span>
          <Body1 className={styles.muted}>{t('progress.pointsTotal')}</Body1>
        </div>
        {progress.level.next ? (
          <>
            <div
              className={styles.track}
              role="progressbar"
              aria-label={t('progress.barLabel', { level: next })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={standing.percent}
            >
              <div className={styles.bar} style={{ width: `${standing.percent}%` }} />
            </div>
            <div className={styles.barRow}>
              <Body1 data-testid="to-next-level">
                {plural('progress.toNext', standing.toNext ?? 0, { level: next })}
              </Body1>
            </div>
          </>
        ) : (
          <Body1>{t('progress.topLevel')}</Body1>
        )}
        <Caption1 className={styles.muted}>
          {t('game.season', {
            season: pick(progress.season.name),
            date: formatDate(progress.season.startedAt, 'short'),
          })}
        </Caption1>
      </section>

      <section className={styles.card} aria-labelledby="balance-title">
        <WalletRegular className={styles.statIcon} aria-hidden />
        <Subtitle2 as="h2" id="balance-title">
          {t('progress.balance')}
        </Subtitle2>
        <div className={styles.bigNumber}>
          <span className={styles.number} data-testid="balance">
            {formatNumber(progress.balance)}
          </span>
          <Body1 className={styles.muted}>{plural('game.unit.points', progress.balance)}</Body1>
        </div>
        <Link href={hrefOf('rewards')}>
          <GiftRegular aria-hidden /> {t('progress.spend')}
        </Link>
      </section>

      <section className={styles.card} aria-labelledby="streak-title" data-testid="streak">
        <FireFilled className={styles.fireIcon} aria-hidden />
        <Subtitle2 as="h2" id="streak-title">
          {t('progress.streak')}
        </Subtitle2>
        <div className={styles.bigNumber}>
          <span className={styles.number}>{formatNumber(streak.current)}</span>
          <Body1 className={styles.muted}>{plural('game.unit.weeks', streak.current)}</Body1>
        </div>
        <Body1>
          {streak.thisWeek
            ? t('progress.streakThisWeek')
            : streak.current > 0
              ? t('progress.streakNotYet')
              : t('progress.streakNone')}
        </Body1>
        <Caption1 className={styles.muted}>
          {t('progress.streakBest', { best: plural('progress.streakWeeks', streak.best) })}
        </Caption1>
      </section>
    </div>
  );
}

/** Earned badges, then the closest ones not earned yet with how far along I am. */
function Badges({ progress }: { progress: ProgressDto }) {
  const styles = useProgressStyles();
  const { t, pick, formatDate, formatNumber } = useI18n();
  return (
    <>
      <section className={styles.section} aria-labelledby="badges-title">
        <Subtitle1 as="h2" id="badges-title" className={styles.sectionTitle}>
          {t('progress.badges')}
        </Subtitle1>
        {progress.badges.length === 0 ? (
          <Body1 className={styles.muted}>{t('progress.badgesEmpty')}</Body1>
        ) : (
          <ul className={styles.badgeGrid} data-testid="earned-badges">
            {progress.badges.map((badge) => (
              <li key={badge.id}>
                <div className={styles.badgeTile}>
                  <BadgeIcon icon={badge.icon} />
                  <div className={styles.badgeText}>
                    <Subtitle2 as="h3" className={styles.badgeName}>
                      {pick(badge.name)}
                    </Subtitle2>
                    <Body1>{pick(badge.description)}</Body1>
                    <Caption1 className={styles.muted}>
                      {t('progress.earnedOn', { date: formatDate(badge.earnedAt, 'short') })}
                    </Caption1>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {progress.nextBadges.length > 0 ? (
        <section className={styles.section} aria-labelledby="next-badges-title">
          <Subtitle1 as="h2" id="next-badges-title" className={styles.sectionTitle}>
            {t('progress.next')}
          </Subtitle1>
          <ul className={styles.badgeGrid} data-testid="next-badges">
            {progress.nextBadges.map(({ badge, current, progress: fraction }) => {
              const percent = Math.round(Math.min(Math.max(fraction, 0), 1) * 100);
              const name = pick(badge.name);
              return (
                <li key={badge.id}>
                  <div className={styles.badgeTile}>
                    <BadgeIcon icon={badge.icon} locked />
                    <div className={styles.badgeText}>
                      <Subtitle2 as="h3" className={styles.badgeName}>
                        {name}
                      </Subtitle2>
                      <Body1>{pick(badge.description)}</Body1>
                      <div
                        className={mergeClasses(styles.track, styles.barSmall)}
                        role="progressbar"
                        aria-label={t('progress.nextLabel', { name })}
                        aria-valuemin={0}
                        aria-valuemax={100}
                        aria-valuenow={percent}
                      >
                        <div className={styles.bar} style={{ width: `${percent}%` }} />
                      </div>
                      <Caption1 className={styles.muted}>
                        {t('progress.nextCount', {
                          current: formatNumber(Math.min(current, badge.threshold)),
                          threshold: formatNumber(badge.threshold),
                        })}
                      </Caption1>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The leaderboard opt-out (PUT /me/ranking), with what it does. */
function RankingChoice({ optOut, onChanged }: { optOut: boolean; onChanged: (optOut: boolean) => void }) {
  const styles = useProgressStyles();
  const { t } = useI18n();
  const game = useGameApi();
  const { run, busy, error } = useAction();
  const [value, setValue] = useState(optOut);
  const hintId = useId();
  const handleChange = async (next: boolean) => {
    setValue(next);
    const outcome = await run('ranking', () => game.setRankingOptOut(next));
    if (outcome.ok) {
      setValue(outcome.value.optOut);
      onChanged(outcome.value.optOut);
    } else if (outcome.error.code !== 'CLIENT.BUSY') {
      setValue(!next);
    }
  };
  return (
    <section className={styles.ranking} aria-labelledby="ranking-title">
      <Subtitle2 as="h2" id="ranking-title">
        {t('progress.ranking')}
      </Subtitle2>
      <Switch
        checked={value}
        disabled={Boolean(busy)}
        label={t('progress.rankingSwitch')}
        aria-describedby={hintId}
        onChange={(_event, data) => void handleChange(data.checked)}
      />
      <Body1 id={hintId} className={styles.muted}>
        {t('progress.rankingHint')}
      </Body1>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

/** Every entry of my ledger, newest first, page by page. */
function History({ progress }: { progress: ProgressDto }) {
  const styles = useProgressStyles();
  const { t, formatNumber, formatDate } = useI18n();
  const history = useProgressHistory(progress.history);
  return (
    <section className={styles.section} aria-labelledby="history-title">
      <Subtitle1 as="h2" id="history-title" className={styles.sectionTitle}>
        {t('progress.history')}
      </Subtitle1>
      {history.status === 'error' && history.error ? (
        <ErrorState error={history.error} onRetry={history.reload} />
      ) : history.items.length === 0 && history.status === 'ready' ? (
        <EmptyState
          icon={<RibbonRegular />}
          title={t('progress.history')}
          body={t('progress.historyEmpty')}
        />
      ) : (
        <ul className={styles.history} aria-label={t('progress.historyLabel')} data-testid="history">
          {history.items.map((entry) => {
            const kind = GAME_ACTION_DISPLAY[entry.action] ?? GAME_ACTION_DISPLAY['post.published'];
            const postId = postOfSource(entry.source);
            return (
              <li key={entry.id} className={styles.entry}>
                <span className={styles.entryIcon} aria-hidden>
                  <kind.Icon />
                </span>
                <div className={styles.entryText}>
                  <Body1>{t(kind.label)}</Body1>
                  <span className={styles.entryMeta}>
                    <span>{formatDate(entry.at, 'short')}</span>
                    {entry.capped ? <span>· {t('progress.capped')}</span> : null}
                    {entry.action === 'reversal' ? <span>· {t('progress.reversal')}</span> : null}
                    {postId ? (
                      <>
                        <span aria-hidden>·</span>
                        <Link href={hrefOf('post', postId)}>{t('progress.viewPost')}</Link>
                      </>
                    ) : null}
                  </span>
                </div>
                <span
                  className={mergeClasses(
                    styles.points,
                    entry.points > 0 && styles.gain,
                    entry.points < 0 && styles.loss,
                  )}
                >
                  {signedPoints(entry.points, formatNumber)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {history.moreError ? (
        <MessageBar intent="error">
          <MessageBarBody>{history.moreError.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {history.hasMore ? (
        <Button
          className={styles.more}
          onClick={history.loadMore}
          disabled={history.loadingMore}
          icon={history.loadingMore ? <Spinner size="tiny" /> : undefined}
        >
          {t('progress.more')}
        </Button>
      ) : null}
    </section>
  );
}
