import { Body1, Caption1, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import type { QuizResultsDto } from '../../../../contracts/quizzes';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { usePlural } from '../../hooks/usePlural';
import { useQuizResults } from '../../hooks/useQuizzes';
import { useI18n } from '../../i18n/i18n';
import { LETTERS } from './quizDraft';
import { useQuizzesStyles } from './Quizzes.styles';

function Stat({ label, value }: { label: string; value: string }) {
  const styles = useQuizzesStyles();
  return (
    <div className={styles.stat}>
      <span className={styles.statValue}>{value}</span>
      <Caption1 className={styles.muted}>{label}</Caption1>
    </div>
  );
}

function QuestionResult({ question, n }: { question: QuizResultsDto['questions'][number]; n: number }) {
  const styles = useQuizzesStyles();
  const { t, pick, formatNumber } = useI18n();
  const plural = usePlural();
  return (
    <li className={styles.question} data-testid="question-result">
      <Subtitle2 as="h3">
        {n}. {pick(question.text)}
      </Subtitle2>
      <Caption1 className={styles.muted}>
        {plural('quizzes.results.answers', question.answered)} ·{' '}
        {question.percentRight === null
          ? t('quizzes.results.noAnswers')
          : t('quizzes.results.percentRight', { percent: formatNumber(question.percentRight) })}
      </Caption1>
      <ul className={mergeClasses(styles.list, styles.bars)}>
        {question.choices.map((choice, c) => {
          const count = question.counts[c] ?? 0;
          const percent = question.answered > 0 ? Math.round((count / question.answered) * 100) : 0;
          const right = c === question.correct;
          const label = `${LETTERS[c]}. ${pick(choice)}`;
          return (
            <li key={c} className={styles.barRow}>
              <Body1>
                {label}
                {right ? <Caption1 className={styles.muted}> ({t('quizzes.results.right')})</Caption1> : null}
              </Body1>
              <div
                className={styles.barTrack}
                role="img"
                aria-label={t('quizzes.results.bar', { choice: label, count, percent })}
              >
                <div
                  className={mergeClasses(styles.barFill, right && styles.barRight)}
                  style={{ width: `${percent}%` }}
                />
              </div>
              <Caption1>
                {formatNumber(count)} · {formatNumber(percent)} %
              </Caption1>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** Results for the animator: participants, bars per choice with the right one marked, % right, who answered. */
export function QuizResults({ quizId }: { quizId: string }) {
  const styles = useQuizzesStyles();
  const { t, formatNumber } = useI18n();
  const results = useQuizResults(quizId);
  if (results.status === 'loading') return <LoadingState />;
  if (results.status === 'error') return <ErrorState error={results.error} onRetry={results.reload} />;
  const data = results.data;
  return (
    <section className={styles.section} aria-labelledby="quiz-results-title" data-testid="quiz-results">
      <Subtitle2 as="h2" id="quiz-results-title" className={styles.sectionTitle}>
        {t('quizzes.results.title')}
      </Subtitle2>
      <div className={styles.stats}>
        <Stat label={t('quizzes.results.participants')} value={formatNumber(data.participants)} />
        {data.recipients !== null ? (
          <Stat label={t('quizzes.results.recipients')} value={formatNumber(data.recipients)} />
        ) : null}
        {data.delivery ? (
          <Stat label={t('quizzes.results.delivered')} value={formatNumber(data.delivery.sent)} />
        ) : null}
      </div>
      <ol className={styles.list}>
        {data.questions.map((q, i) => (
          <QuestionResult key={q.id} question={q} n={i + 1} />
        ))}
      </ol>
      <Subtitle2 as="h3">{t('quizzes.results.people')}</Subtitle2>
      {data.anonymous ? (
        <Body1 className={styles.muted}>{t('quizzes.results.anonymous')}</Body1>
      ) : data.people.length === 0 ? (
        <Body1 className={styles.muted}>{t('quizzes.results.noAnswers')}</Body1>
      ) : (
        <ul className={styles.list}>
          {data.people.map((p) => (
            <li key={p.member.id} className={styles.row}>
              <Body1>{p.member.displayName}</Body1>
              <Caption1 className={styles.muted}>
                {t('quizzes.results.score', { right: p.right, answered: p.answered })}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
