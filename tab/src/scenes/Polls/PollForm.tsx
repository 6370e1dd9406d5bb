import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle1,
} from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent } from 'react';
import type { ConversationDto, PollDto } from '../../../../contracts/polls';
import { ApiPaths } from '../../../../contracts/routes';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useDates } from '../../hooks/useDates';
import { usePollConversations } from '../../hooks/usePolls';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import {
  emptyPollDraft,
  MAX_OPTIONS,
  MIN_OPTIONS,
  pollInputOf,
  problemsOf,
  type PollDraft,
} from './pollDraft';
import { usePollsStyles } from './Polls.styles';

/** The animator's form: question, 2 to 6 options, kind, visibility, results, closing time, where. */
export function PollForm({
  onPosted,
  onCancel,
}: {
  onPosted: (poll: PollDto) => void;
  onCancel: () => void;
}) {
  const styles = usePollsStyles();
  const { t } = useI18n();
  const dates = useDates();
  const { api } = useSession();
  const conversations = usePollConversations();
  const [draft, setDraft] = useState<PollDraft>(() => emptyPollDraft(new Date()));
  const [tried, setTried] = useState(false);
  const action = useAction();
  const problems = useMemo(() => problemsOf(draft, new Date()), [draft]);
  const set = <K extends keyof PollDraft>(key: K, value: PollDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const labelOf = (c: ConversationDto) =>
    c.name ??
    t('polls.form.unnamed', {
      kind: t(c.type === 'channel' ? 'polls.form.channel' : 'polls.form.groupChat'),
      date: dates.dateTime(c.installedAt),
    });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const outcome = await action.run('post', () =>
      api.send<PollDto>('POST', ApiPaths.polls, pollInputOf(draft)),
    );
    if (outcome.ok) onPosted(outcome.value);
  };
  const problem = (key: keyof typeof problems) => (tried && problems[key] ? t(problems[key]) : undefined);

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void handleSubmit(e)}
      noValidate
      aria-labelledby="poll-form-title"
    >
      <Subtitle1 as="h2" id="poll-form-title" className={styles.formTitle}>
        {t('polls.form.title')}
      </Subtitle1>
      <Field
        label={t('polls.form.question')}
        hint={t('polls.form.questionHint')}
        required
        validationMessage={problem('question')}
      >
        <Input value={draft.question} maxLength={200} onChange={(_, d) => set('question', d.value)} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('polls.form.optionsHint')}</legend>
        {draft.options.map((option, i) => (
          <div key={i} className={styles.optionRow}>
            <Field label={t('polls.form.option', { n: i + 1 })} className={styles.optionInput}>
              <Input
                value={option}
                maxLength={80}
                onChange={(_, d) =>
                  set(
                    'options',
                    draft.options.map((o, j) => (j === i ? d.value : o)),
                  )
                }
              />
            </Field>
            <Button
              icon={<DismissRegular />}
              appearance="subtle"
              aria-label={t('polls.form.removeOption', { n: i + 1 })}
              disabled={draft.options.length <= MIN_OPTIONS}
              onClick={() =>
                set(
                  'options',
                  draft.options.filter((_, j) => j !== i),
                )
              }
            />
          </div>
        ))}
        {problem('options') ? (
          <Caption1 role="alert" className={styles.error}>
            {problem('options')}
          </Caption1>
        ) : null}
      </fieldset>
      <div>
        <Button
          icon={<AddRegular />}
          disabled={draft.options.length >= MAX_OPTIONS}
          onClick={() => set('options', [...draft.options, ''])}
        >
          {t('polls.form.addOption')}
        </Button>
      </div>
      <div className={styles.pair}>
        <Field label={t('polls.form.choice')}>
          <RadioGroup value={draft.choice} onChange={(_, d) => set('choice', d.value as PollDraft['choice'])}>
            <Radio value="single" label={t('polls.form.single')} />
            <Radio value="multiple" label={t('polls.form.multiple')} />
          </RadioGroup>
        </Field>
        <Field label={t('polls.form.voters')}>
          <RadioGroup
            value={draft.anonymous ? 'anonymous' : 'named'}
            onChange={(_, d) => set('anonymous', d.value === 'anonymous')}
          >
            <Radio value="named" label={t('polls.form.named')} />
            <Radio value="anonymous" label={t('polls.form.anonymous')} />
          </RadioGroup>
        </Field>
        <Field label={t('polls.form.results')}>
          <RadioGroup
            value={draft.results}
            onChange={(_, d) => set('results', d.value as PollDraft['results'])}
          >
            <Radio value="live" label={t('polls.form.live')} />
            <Radio value="afterClose" label={t('polls.form.afterClose')} />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.pair}>
        <Field
          label={t('polls.form.closesAt')}
          hint={t('polls.form.closesAtHint')}
          required
          validationMessage={problem('closesAt')}
        >
          <Input type="datetime-local" value={draft.closesAt} onChange={(_, d) => set('closesAt', d.value)} />
        </Field>
        <Field label={t('polls.form.conversation')} required validationMessage={problem('conversation')}>
          {conversations.status === 'loading' ? (
            <LoadingState />
          ) : conversations.status === 'error' ? (
            <ErrorState error={conversations.error} onRetry={conversations.reload} />
          ) : conversations.data.items.length === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t('polls.form.noConversations')}</MessageBarBody>
            </MessageBar>
          ) : (
            <Select value={draft.conversationId} onChange={(_, d) => set('conversationId', d.value)}>
              <option value="">{t('polls.form.conversationPlaceholder')}</option>
              {conversations.data.items.map((c) => (
                <option key={c.conversationId} value={c.conversationId}>
                  {labelOf(c)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {action.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{action.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={action.busy !== undefined}>
          {t('polls.form.post')}
        </Button>
        <Button onClick={onCancel}>{t('polls.form.cancel')}</Button>
      </div>
    </form>
  );
}
