import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tag,
  TagGroup,
} from '@fluentui/react-components';
import { AddRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useModerationApi, useWatchedWords } from '../../hooks/useModeration';
import type { NotifyOptions } from '../../hooks/useNotify';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import { useModerationStyles } from './Moderation.styles';
import { addWord, WATCHED_WORDS_LIMITS } from './watchedWords';

/**
 * Words that hold a post for review before anyone sees it. Administrators edit the list;
 * animators read it (the API says the same).
 */
export function WatchedWords({ notify }: { notify: (message: string, options?: NotifyOptions) => void }) {
  const { me } = useSession();
  const words = useWatchedWords();
  if (words.status === 'loading') return <LoadingState />;
  if (words.status === 'error') return <ErrorState error={words.error} onRetry={words.reload} />;
  return me.roles.includes('admin') ? (
    <WordsEditor initial={words.data} notify={notify} onSaved={words.reload} />
  ) : (
    <WordsReadOnly words={words.data} />
  );
}

function WordsReadOnly({ words }: { words: string[] }) {
  const styles = useModerationStyles();
  const { t } = useI18n();
  return (
    <div className={styles.words}>
      <Body1 className={styles.muted}>{t('words.readOnly')}</Body1>
      {words.length === 0 ? (
        <Body1>{t('words.none')}</Body1>
      ) : (
        <TagGroup aria-label={t('words.title')} className={styles.wordList}>
          {words.map((word) => (
            <Tag key={word} value={word} appearance="outline">
              {word}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}

function WordsEditor({
  initial,
  notify,
  onSaved,
}: {
  initial: string[];
  notify: (message: string, options?: NotifyOptions) => void;
  onSaved: () => void;
}) {
  const styles = useModerationStyles();
  const { t } = useI18n();
  const api = useModerationApi();
  const { run, busy, error } = useAction();
  const [words, setWords] = useState(initial);
  const [entry, setEntry] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const dirty = JSON.stringify(words) !== JSON.stringify(initial);

  const handleAdd = () => {
    const result = addWord(words, entry);
    if (result.ok) {
      setWords(result.words);
      setEntry('');
      setProblem(undefined);
    } else {
      setProblem(
        t(`words.problem.${result.problem}`, {
          min: WATCHED_WORDS_LIMITS.min,
          max: WATCHED_WORDS_LIMITS.max,
          count: WATCHED_WORDS_LIMITS.count,
        }),
      );
    }
  };
  const handleSave = async () => {
    const outcome = await run('save', () => api.saveWatchedWords(words));
    if (outcome.ok) {
      setWords(outcome.value);
      notify(t('words.saved'));
      onSaved();
    }
  };

  return (
    <div className={styles.words}>
      <Body1 className={styles.muted}>{t('words.intro')}</Body1>
      <form
        className={styles.wordInput}
        onSubmit={(event) => {
          event.preventDefault();
          handleAdd();
        }}
      >
        <Field
          className={styles.wordField}
          label={t('words.add')}
          {...(problem ? { validationState: 'error' as const, validationMessage: problem } : {})}
        >
          <Input value={entry} onChange={(_e, data) => setEntry(data.value)} />
        </Field>
        <Button type="submit" icon={<AddRegular />}>
          {t('words.addButton')}
        </Button>
      </form>
      {words.length === 0 ? (
        <Body1>{t('words.none')}</Body1>
      ) : (
        <TagGroup
          aria-label={t('words.title')}
          className={styles.wordList}
          onDismiss={(_event, data) => setWords((current) => current.filter((word) => word !== data.value))}
        >
          {words.map((word) => (
            <Tag
              key={word}
              value={word}
              dismissible
              appearance="outline"
              dismissIcon={{ 'aria-label': t('words.remove', { word }) }}
            >
              {word}
            </Tag>
          ))}
        </TagGroup>
      )}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.saveRow}>
        <Button
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <SaveRegular />}
          disabled={!dirty || Boolean(busy)}
          onClick={() => void handleSave()}
        >
          {t('words.save')}
        </Button>
        {dirty ? <Body1 className={styles.muted}>{t('words.unsaved')}</Body1> : null}
      </div>
    </div>
  );
}
