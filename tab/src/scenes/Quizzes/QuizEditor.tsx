import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { QuizDto } from '../../../../contracts/quizzes';
import { ApiPaths } from '../../../../contracts/routes';
import { useAction } from '../../hooks/useAction';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import {
  emptyQuestion,
  inputOf,
  LETTERS,
  MAX_CHOICES,
  MAX_QUESTIONS,
  MIN_CHOICES,
  problemsOf,
  withoutChoice,
  type BilingualDraft,
  type QuestionDraft,
  type QuizDraft,
} from './quizDraft';
import { useQuizzesStyles } from './Quizzes.styles';

/** English and French inputs side by side for one text. */
function Bilingual({
  label,
  value,
  onChange,
  multiline,
  maxLength,
}: {
  label: string;
  value: BilingualDraft;
  onChange: (next: BilingualDraft) => void;
  multiline?: boolean;
  maxLength: number;
}) {
  const styles = useQuizzesStyles();
  const { t } = useI18n();
  return (
    <div className={styles.pair}>
      {(['en', 'fr'] as const).map((language) => {
        const fieldLabel = `${label} (${t(language === 'en' ? 'quizzes.editor.en' : 'quizzes.editor.fr')})`;
        return (
          <Field key={language} label={fieldLabel}>
            {multiline ? (
              <Textarea
                value={value[language]}
                maxLength={maxLength}
                lang={language}
                onChange={(_, data) => onChange({ ...value, [language]: data.value })}
              />
            ) : (
              <Input
                value={value[language]}
                maxLength={maxLength}
                lang={language}
                onChange={(_, data) => onChange({ ...value, [language]: data.value })}
              />
            )}
          </Field>
        );
      })}
    </div>
  );
}

function QuestionEditor({
  index,
  question,
  onChange,
  onRemove,
}: {
  index: number;
  question: QuestionDraft;
  onChange: (next: QuestionDraft) => void;
  onRemove: (() => void) | undefined;
}) {
  const styles = useQuizzesStyles();
  const { t } = useI18n();
  const n = index + 1;
  return (
    <div
      className={styles.question}
      role="group"
      aria-labelledby={`quiz-question-${n}`}
      data-testid="question-editor"
    >
      <div className={styles.questionHead}>
        <Subtitle2 as="h3" id={`quiz-question-${n}`}>
          {t('quizzes.editor.question', { n })}
        </Subtitle2>
        {onRemove ? (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('quizzes.editor.removeQuestion', { n })}
            onClick={onRemove}
          />
        ) : null}
      </div>
      <Bilingual
        label={t('quizzes.editor.questionText')}
        value={question.text}
        maxLength={300}
        onChange={(text) => onChange({ ...question, text })}
      />
      <Caption1 className={styles.muted} id={`quiz-right-${n}`}>
        {t('quizzes.editor.rightHint')}
      </Caption1>
      <RadioGroup
        className={styles.choices}
        aria-labelledby={`quiz-right-${n}`}
        value={String(question.correct)}
        onChange={(_, data) => onChange({ ...question, correct: Number(data.value) })}
      >
        {question.choices.map((choice, c) => {
          const letter = LETTERS[c]!;
          const label = t('quizzes.editor.choice', { letter });
          return (
            <div key={c} className={styles.choice}>
              <Radio value={String(c)} aria-label={t('quizzes.editor.rightOf', { letter })} />
              {(['en', 'fr'] as const).map((language) => (
                <Field
                  key={language}
                  label={`${label} (${t(language === 'en' ? 'quizzes.editor.en' : 'quizzes.editor.fr')})`}
                >
                  <Input
                    value={choice[language]}
                    maxLength={150}
                    lang={language}
                    onChange={(_, data) =>
                      onChange({
                        ...question,
                        choices: question.choices.map((x, i) =>
                          i === c ? { ...x, [language]: data.value } : x,
                        ),
                      })
                    }
                  />
                </Field>
              ))}
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('quizzes.editor.removeChoice', { letter })}
                disabled={question.choices.length <= MIN_CHOICES}
                onClick={() => onChange(withoutChoice(question, c))}
              />
            </div>
          );
        })}
      </RadioGroup>
      {question.choices.length < MAX_CHOICES ? (
        <div>
          <Button
            icon={<AddRegular />}
            onClick={() => onChange({ ...question, choices: [...question.choices, { en: '', fr: '' }] })}
          >
            {t('quizzes.editor.addChoice')}
          </Button>
        </div>
      ) : null}
      <Bilingual
        label={t('quizzes.editor.explanation')}
        value={question.explanation}
        multiline
        maxLength={500}
        onChange={(explanation) => onChange({ ...question, explanation })}
      />
    </div>
  );
}

/**
 * Writes a quiz: title, questions with 2 to 4 choices and the right one, explanations, in English
 * and/or French. Problems are listed before anything is sent; the server checks again.
 */
export function QuizEditor({
  initial,
  quiz,
  onSaved,
  onDeleted,
}: {
  initial: QuizDraft;
  quiz: QuizDto | undefined;
  onSaved: (quiz: QuizDto) => void;
  onDeleted?: () => void;
}) {
  const styles = useQuizzesStyles();
  const { t } = useI18n();
  const { api } = useSession();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const action = useAction();
  const problems = problemsOf(draft);
  const change = (next: QuizDraft) => {
    setDraft(next);
    setSaved(false);
  };

  const handleSave = async () => {
    setTried(true);
    if (problems.length > 0) return;
    const outcome = await action.run('save', () =>
      quiz
        ? api.send<QuizDto>('PUT', ApiPaths.quiz(quiz.id), inputOf(draft, quiz.etag))
        : api.send<QuizDto>('POST', ApiPaths.quizzes, inputOf(draft)),
    );
    if (outcome.ok) {
      setSaved(true);
      onSaved(outcome.value);
    }
  };

  const handleDelete = async () => {
    if (!quiz) return;
    const outcome = await action.run('delete', () => api.send('DELETE', ApiPaths.quiz(quiz.id)));
    if (outcome.ok) onDeleted?.();
  };

  return (
    <section className={styles.section} aria-labelledby="quiz-editor-title">
      <Subtitle2 as="h2" id="quiz-editor-title" className={styles.sectionTitle}>
        {t('quizzes.editor.title')}
      </Subtitle2>
      <Bilingual
        label={t('quizzes.editor.title')}
        value={draft.title}
        maxLength={120}
        onChange={(title) => change({ ...draft, title })}
      />
      {draft.questions.map((question, index) => (
        <QuestionEditor
          key={index}
          index={index}
          question={question}
          onChange={(next) =>
            change({ ...draft, questions: draft.questions.map((q, i) => (i === index ? next : q)) })
          }
          onRemove={
            draft.questions.length > 1
              ? () => change({ ...draft, questions: draft.questions.filter((_, i) => i !== index) })
              : undefined
          }
        />
      ))}
      {draft.questions.length < MAX_QUESTIONS ? (
        <div>
          <Button
            icon={<AddRegular />}
            onClick={() => change({ ...draft, questions: [...draft.questions, emptyQuestion()] })}
          >
            {t('quizzes.editor.addQuestion')}
          </Button>
        </div>
      ) : null}
      <Checkbox
        checked={draft.anonymous}
        label={t('quizzes.editor.anonymous')}
        onChange={(_, data) => change({ ...draft, anonymous: data.checked === true })}
      />
      {tried && problems.length > 0 ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            {t('quizzes.editor.problems')}
            <ul className={styles.problems}>
              {problems.map((p, i) => (
                <li key={i}>{'n' in p ? t(p.key, { n: p.n }) : t(p.key)}</li>
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
      {saved ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('quizzes.editor.saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          onClick={() => void handleSave()}
          disabled={action.busy !== undefined}
        >
          {t('quizzes.editor.save')}
        </Button>
        {quiz && onDeleted ? (
          confirmDelete ? (
            <>
              <span role="alert">{t('quizzes.editor.deleteConfirm')}</span>
              <Button icon={<DeleteRegular />} onClick={() => void handleDelete()}>
                {t('quizzes.editor.delete')}
              </Button>
              <Button appearance="subtle" onClick={() => setConfirmDelete(false)}>
                {t('quizzes.editor.cancel')}
              </Button>
            </>
          ) : (
            <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => setConfirmDelete(true)}>
              {t('quizzes.editor.delete')}
            </Button>
          )
        ) : null}
      </div>
    </section>
  );
}
