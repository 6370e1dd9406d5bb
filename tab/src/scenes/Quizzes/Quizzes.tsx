import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  type BadgeProps,
} from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, ArrowUploadRegular, QuizNewRegular } from '@fluentui/react-icons';
import type { QuizDto } from '../../../../contracts/quizzes';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useDates } from '../../hooks/useDates';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { usePlural } from '../../hooks/usePlural';
import { useQuiz, useQuizList } from '../../hooks/useQuizzes';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/quiz-messages';
import { QuizEditor } from './QuizEditor';
import { QuizImport } from './QuizImport';
import { QuizResults } from './QuizResults';
import { QuizSchedule } from './QuizSchedule';
import { draftOf, emptyDraft } from './quizDraft';
import { useQuizzesStyles } from './Quizzes.styles';

const STATUS_COLOR: Record<QuizDto['status'], BadgeProps['color']> = {
  draft: 'informative',
  scheduled: 'warning',
  sent: 'success',
  closed: 'subtle',
};

/**
 * The animator's Quizzes console (`#/quizzes`): the list with statuses; `#/quizzes?import=1` the
 * CSV import; `#/quizzes/new` the editor; `#/quizzes/<id>` a quiz: editor and sending while not
 * sent, then its results.
 */
export default function Quizzes() {
  const styles = useQuizzesStyles();
  const { t } = useI18n();
  const { route, navigate } = useRoute();
  const importing = route.query.get('import') === '1';
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t('quizzes.title')}
        </Title2>
        <Body1 className={styles.intro}>{t('quizzes.intro')}</Body1>
      </header>
      {route.id ? (
        <div>
          <Link href={hrefOf('quizzes')}>
            <ArrowLeftRegular aria-hidden /> {t('quizzes.back')}
          </Link>
        </div>
      ) : (
        <div className={styles.toolbar}>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() => navigate(hrefOf('quizzes', 'new'))}
          >
            {t('quizzes.new')}
          </Button>
          <Button
            icon={<ArrowUploadRegular />}
            aria-pressed={importing}
            onClick={() =>
              navigate(importing ? hrefOf('quizzes') : hrefOf('quizzes', undefined, { import: '1' }))
            }
          >
            {t('quizzes.import')}
          </Button>
        </div>
      )}
      {route.id === 'new' ? (
        <QuizEditor
          initial={emptyDraft()}
          quiz={undefined}
          onSaved={(quiz) => navigate(hrefOf('quizzes', quiz.id))}
        />
      ) : route.id ? (
        <QuizDetail key={route.id} quizId={route.id} />
      ) : (
        <>
          {importing ? <QuizImport onImported={(id) => navigate(hrefOf('quizzes', id))} /> : null}
          <QuizList />
        </>
      )}
    </div>
  );
}

function QuizMeta({ quiz }: { quiz: QuizDto }) {
  const styles = useQuizzesStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const dates = useDates();
  return (
    <div className={styles.row}>
      <Badge appearance="tint" color={STATUS_COLOR[quiz.status]}>
        {t(`quizzes.status.${quiz.status}`)}
      </Badge>
      <Caption1 className={styles.muted}>
        {plural('quizzes.questions', quiz.questions.length)}
        {quiz.scheduledFor && quiz.status !== 'draft'
          ? ` · ${t('quizzes.scheduledFor', { when: dates.dateTime(quiz.sentAt ?? quiz.scheduledFor) })}`
          : ''}
        {quiz.deadline && quiz.status !== 'draft'
          ? ` · ${t('quizzes.deadline', { when: dates.dateTime(quiz.deadline) })}`
          : ''}
        {quiz.status === 'draft'
          ? ` · ${t('quizzes.updated', { when: dates.dateTime(quiz.updatedAt) })}`
          : ''}
      </Caption1>
    </div>
  );
}

function QuizList() {
  const styles = useQuizzesStyles();
  const { t, pick } = useI18n();
  const quizzes = useQuizList();
  if (quizzes.status === 'loading') return <LoadingState />;
  if (quizzes.status === 'error' && quizzes.error)
    return <ErrorState error={quizzes.error} onRetry={quizzes.reload} />;
  if (quizzes.items.length === 0)
    return (
      <EmptyState icon={<QuizNewRegular />} title={t('quizzes.empty.title')} body={t('quizzes.empty.body')} />
    );
  return (
    <section aria-label={t('quizzes.list.label')} className={styles.page}>
      <ul className={styles.list} data-testid="quizzes">
        {quizzes.items.map((quiz) => (
          <li key={quiz.id} className={styles.card} data-testid="quiz">
            <Link href={hrefOf('quizzes', quiz.id)} className={styles.quizTitle}>
              {pick(quiz.title)}
            </Link>
            <QuizMeta quiz={quiz} />
          </li>
        ))}
      </ul>
      {quizzes.moreError ? <ErrorState error={quizzes.moreError} onRetry={quizzes.loadMore} /> : null}
      {quizzes.hasMore ? (
        <Button
          onClick={quizzes.loadMore}
          disabled={quizzes.loadingMore}
          icon={quizzes.loadingMore ? <Spinner size="tiny" /> : undefined}
        >
          {t('quizzes.more')}
        </Button>
      ) : null}
    </section>
  );
}

function QuizDetail({ quizId }: { quizId: string }) {
  const styles = useQuizzesStyles();
  const { t, pick } = useI18n();
  const { navigate } = useRoute();
  const quiz = useQuiz(quizId);
  if (quiz.status === 'loading') return <LoadingState />;
  if (quiz.status === 'error') return <ErrorState error={quiz.error} onRetry={quiz.reload} />;
  const data = quiz.data;
  const sent = data.status === 'sent' || data.status === 'closed';
  return (
    <>
      <div className={styles.header}>
        <Title2 as="h2" className={styles.title}>
          {pick(data.title)}
        </Title2>
        <QuizMeta quiz={data} />
      </div>
      {sent ? (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{t('quizzes.sentReadOnly')}</MessageBarBody>
          </MessageBar>
          <QuizResults quizId={data.id} />
        </>
      ) : (
        <>
          <QuizEditor
            key={data.etag}
            initial={draftOf(data)}
            quiz={data}
            onSaved={() => quiz.reload()}
            onDeleted={() => navigate(hrefOf('quizzes'))}
          />
          <QuizSchedule key={`schedule-${data.etag}`} quiz={data} onChanged={() => quiz.reload()} />
        </>
      )}
    </>
  );
}
