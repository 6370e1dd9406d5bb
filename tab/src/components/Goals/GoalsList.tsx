import { Badge, Body1, Caption1, Card, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import { TargetArrowRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { GoalDto } from '../../../../contracts/schemas';
import { dayKey, useDates } from '../../hooks/useDates';
import { usePlural, type PluralKey } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import type { GoalMetric } from './goalDraft';
import { useGoalsListStyles } from './GoalsList.styles';

const PROGRESS: Record<GoalMetric, PluralKey> = {
  manual: 'goals.progress.manual',
  members: 'goals.progress.members',
  posts: 'goals.progress.posts',
  answeredQuestions: 'goals.progress.answeredQuestions',
};

/**
 * The community's goals with their progress (key 1): where we are, where we go, by when.
 * It is on Home, in the start-up bundle: the bar is drawn here rather than with Fluent's
 * ProgressBar, and administrators' buttons come in through `actions` from a lazy chunk.
 */
export function GoalsList({ goals, actions }: { goals: GoalDto[]; actions?: (goal: GoalDto) => ReactNode }) {
  const styles = useGoalsListStyles();
  const { t, pick, formatNumber, locale } = useI18n();
  const plural = usePlural();
  const dates = useDates();
  const today = dayKey(new Date());
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <ul className={styles.list} data-testid="goals">
      {goals.map((goal) => {
        const done = goal.progress >= 1;
        const overdue = !done && goal.dueOn !== null && goal.dueOn < today;
        const title = pick(goal.title);
        const value = Math.min(Math.max(goal.progress, 0), 1);
        return (
          <li key={goal.id}>
            <Card className={styles.card}>
              <div className={styles.header}>
                <TargetArrowRegular className={styles.icon} aria-hidden />
                <Subtitle2 as="h3" className={styles.title}>
                  {title}
                </Subtitle2>
                {actions ? <div className={styles.actions}>{actions(goal)}</div> : null}
              </div>
              <div className={styles.numbers}>
                <span className={mergeClasses(styles.percent, done && styles.percentDone)}>
                  {percent.format(value)}
                </span>
                <Body1>
                  {plural(PROGRESS[goal.metric], goal.target, {
                    current: formatNumber(goal.current),
                    target: formatNumber(goal.target),
                  })}
                </Body1>
              </div>
              <div
                className={styles.track}
                role="progressbar"
                aria-label={t('goals.progressLabel', { title })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(value * 100)}
                aria-valuetext={percent.format(value)}
              >
                <div
                  className={mergeClasses(
                    styles.bar,
                    done ? styles.barDone : overdue ? styles.barLate : undefined,
                  )}
                  style={{ width: `${value * 100}%` }}
                />
              </div>
              <div className={styles.meta}>
                {done ? (
                  <Badge appearance="filled" color="success">
                    {t('goals.reached')}
                  </Badge>
                ) : overdue ? (
                  <Badge appearance="tint" color="warning">
                    {t('goals.overdue')}
                  </Badge>
                ) : null}
                <Caption1>
                  {goal.dueOn ? t('goals.due', { date: dates.short(goal.dueOn) }) : t('goals.noDue')}
                  {' · '}
                  {t('goals.since', { date: dates.short(goal.startsOn) })}
                </Caption1>
              </div>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
