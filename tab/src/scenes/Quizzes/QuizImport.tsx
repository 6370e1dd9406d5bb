import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useMemo, useState, type ChangeEvent } from 'react';
import type { QuizCsvProblemDto, QuizImportResultDto } from '../../../../contracts/quizzes';
import { ApiPaths } from '../../../../contracts/routes';
import { useAction } from '../../hooks/useAction';
import { usePlural } from '../../hooks/usePlural';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import { LETTERS } from './quizDraft';
import { useQuizzesStyles } from './Quizzes.styles';

/** The template offered for download (the same as the server's; docs/QUIZZES.md describes it). */
const TEMPLATE = [
  'quiz,question,choice1,choice2,choice3,choice4,answer,explanation,language',
  '"Data basics","What does SQL stand for?","Structured Query Language","Simple Question Language","Sequential Query Logic",,A,"SQL is the Structured Query Language, born at IBM in the 1970s.",en',
  '"Data basics","Which chart shows a trend over time best?","Pie chart","Line chart",,,2,"A line chart joins points in time order, so the trend reads at a glance.",en',
  '"Les bases de la data","Que veut dire SQL ?","Structured Query Language","Simple Question Language","Sequential Query Logic",,A,"SQL est le Structured Query Language, né chez IBM dans les années 1970.",fr',
  '"Les bases de la data","Quel graphique montre le mieux une tendance dans le temps ?","Camembert","Courbe",,,2,"Une courbe relie les points dans l’ordre du temps : la tendance se lit d’un coup d’œil.",fr',
].join('\r\n');

/** The most the tab sends (the server refuses more). */
const MAX_CHARS = 100_000;

/** Imports a quiz from CSV: check (a dry run shows the preview or every problem by line), then import. */
export function QuizImport({ onImported }: { onImported: (quizId: string) => void }) {
  const styles = useQuizzesStyles();
  const { t, pick, language } = useI18n();
  const plural = usePlural();
  const { api } = useSession();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<QuizImportResultDto['preview'] | undefined>();
  const [problems, setProblems] = useState<QuizCsvProblemDto[]>([]);
  const action = useAction();
  const templateHref = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATE}`)}`,
    [],
  );

  const send = async (dryRun: boolean) => {
    setProblems([]);
    setPreview(undefined);
    const outcome = await action.run(dryRun ? 'check' : 'import', () =>
      api.send<QuizImportResultDto>('POST', ApiPaths.quizImport, { csv, dryRun }),
    );
    if (outcome.ok) {
      setPreview(outcome.value.preview);
      if (!dryRun && outcome.value.quiz) onImported(outcome.value.quiz.id);
      return;
    }
    const listed = outcome.error.details?.['problems'];
    if (Array.isArray(listed)) {
      setProblems(listed as QuizCsvProblemDto[]);
      action.clearError();
    }
  };

  const handleFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      setCsv(text.slice(0, MAX_CHARS + 1));
      setPreview(undefined);
      setProblems([]);
    });
  };

  return (
    <section className={styles.section} aria-labelledby="quiz-import-title">
      <Subtitle2 as="h2" id="quiz-import-title" className={styles.sectionTitle}>
        {t('quizzes.import.title')}
      </Subtitle2>
      <Body1 className={styles.intro}>{t('quizzes.import.help')}</Body1>
      <div>
        <Link href={templateHref} download="guildhall-quiz-template.csv">
          <ArrowDownloadRegular aria-hidden /> {t('quizzes.import.template')}
        </Link>
      </div>
      <Field label={t('quizzes.import.file')}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".csv,text/csv"
            onChange={handleFile}
            data-testid="quiz-csv-file"
          />
        )}
      </Field>
      <Field label={t('quizzes.import.text')}>
        <Textarea
          className={styles.textarea}
          value={csv}
          resize="vertical"
          onChange={(_, data) => {
            setCsv(data.value);
            setPreview(undefined);
          }}
        />
      </Field>
      {problems.length > 0 ? (
        <MessageBar intent="error" role="alert" data-testid="csv-problems">
          <MessageBarBody>
            {t('quizzes.import.errors')}
            <ul className={styles.problems}>
              {problems.map((p, i) => (
                <li key={i}>
                  <strong>
                    {t('quizzes.import.line', { line: p.line })}
                    {p.column ? `, ${t('quizzes.import.column', { column: p.column })}` : ''}
                  </strong>
                  {language === 'fr' ? ` : ${p.fr}` : `: ${p.en}`}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {action.error && action.error.code !== 'CLIENT.BUSY' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{action.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {preview ? (
        <div className={styles.question} data-testid="csv-preview">
          <Subtitle2 as="h3">{t('quizzes.import.preview', { title: pick(preview.title) })}</Subtitle2>
          <Caption1 className={styles.muted}>{plural('quizzes.import.rows', preview.rows)}</Caption1>
          <ol>
            {preview.questions.map((q, n) => (
              <li key={n}>
                {pick(q.text)}{' '}
                <Caption1 className={styles.muted}>
                  ({LETTERS[q.correct]}. {pick(q.choices[q.correct] ?? {})})
                </Caption1>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <div className={styles.actions}>
        <Button
          icon={<CheckmarkRegular />}
          disabled={csv.trim() === '' || action.busy !== undefined}
          onClick={() => void send(true)}
        >
          {t('quizzes.import.check')}
        </Button>
        <Button
          appearance="primary"
          icon={<ArrowUploadRegular />}
          disabled={!preview || action.busy !== undefined}
          onClick={() => void send(false)}
        >
          {t('quizzes.import.save')}
        </Button>
      </div>
    </section>
  );
}
