import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { CalendarAddRegular, SendRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { PostDto } from '../../../../contracts/content';
import { useAction } from '../../hooks/useAction';
import { useDates } from '../../hooks/useDates';
import { useEditorialApi } from '../../hooks/useEditorial';
import { hrefOf } from '../../hooks/useHashRoute';
import { useI18n } from '../../i18n/i18n';
import { useEditorialStyles } from './Editorial.styles';
import { defaultScheduleTime, fromLocalInput, scheduleProblem, toLocalInput } from './schedule';

type Task = { kind: 'schedule' | 'publish'; post: PostDto };

/**
 * Drafts their authors marked ready: the stock to plan from. Each can be given a date ("Schedule…")
 * or go out now.
 */
export function ReadyDrafts({
  drafts,
  onScheduled,
  onPublished,
}: {
  drafts: PostDto[];
  onScheduled: (post: PostDto, at: Date) => void;
  onPublished: (post: PostDto) => void;
}) {
  const styles = useEditorialStyles();
  const { t } = useI18n();
  const dates = useDates();
  const [task, setTask] = useState<Task | undefined>();

  if (drafts.length === 0) return <Text className={styles.muted}>{t('drafts.empty')}</Text>;
  return (
    <>
      <ul className={styles.drafts} data-testid="ready-drafts">
        {drafts.map((post) => (
          <li key={post.id} className={styles.draft} data-testid="ready-draft">
            <div className={styles.draftText}>
              <Link href={hrefOf('post', post.id)}>{post.title}</Link>
              <Caption1 className={styles.draftMeta}>
                {t('drafts.meta', {
                  circle: post.circle.name,
                  author: post.author?.displayName ?? t('moderation.anonymous'),
                  date: dates.short(post.editedAt ?? post.publishedAt),
                })}
              </Caption1>
            </div>
            <div className={styles.draftActions}>
              <Button
                icon={<CalendarAddRegular />}
                aria-label={t('drafts.scheduleOne', { title: post.title })}
                onClick={() => setTask({ kind: 'schedule', post })}
              >
                {t('drafts.schedule')}
              </Button>
              <Button
                appearance="subtle"
                icon={<SendRegular />}
                aria-label={t('drafts.publishOne', { title: post.title })}
                onClick={() => setTask({ kind: 'publish', post })}
              >
                {t('drafts.publishNow')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {task?.kind === 'schedule' ? (
        <ScheduleDialog
          post={task.post}
          onClose={() => setTask(undefined)}
          onDone={(post, at) => {
            setTask(undefined);
            onScheduled(post, at);
          }}
        />
      ) : null}
      {task?.kind === 'publish' ? (
        <PublishDialog
          post={task.post}
          onClose={() => setTask(undefined)}
          onDone={(post) => {
            setTask(undefined);
            onPublished(post);
          }}
        />
      ) : null}
    </>
  );
}

function ScheduleDialog({
  post,
  onClose,
  onDone,
}: {
  post: PostDto;
  onClose: () => void;
  onDone: (post: PostDto, at: Date) => void;
}) {
  const styles = useEditorialStyles();
  const { t } = useI18n();
  const dates = useDates();
  const api = useEditorialApi();
  const { run, busy, error } = useAction();
  const [value, setValue] = useState(() => toLocalInput(defaultScheduleTime()));
  const [submitted, setSubmitted] = useState(false);
  const problem = scheduleProblem(value);
  const at = fromLocalInput(value);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem || !at) return;
    const outcome = await run('schedule', () => api.schedule(post.id, at));
    if (outcome.ok) onDone(outcome.value, at);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <DialogBody>
            <DialogTitle>{t('drafts.scheduleTitle', { title: post.title })}</DialogTitle>
            <DialogContent className={styles.dialogForm}>
              {error ? (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              ) : null}
              <Field
                label={t('drafts.when')}
                hint={
                  at && !problem
                    ? t('drafts.willPublish', { day: dates.weekdayDay(at), time: dates.time(at) })
                    : undefined
                }
                {...(submitted && problem
                  ? {
                      validationState: 'error' as const,
                      validationMessage: t(problem === 'past' ? 'drafts.past' : 'form.required'),
                    }
                  : {})}
              >
                <Input
                  type="datetime-local"
                  value={value}
                  min={toLocalInput(new Date())}
                  onChange={(_e, data) => setValue(data.value)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={Boolean(busy)}
                icon={busy ? <Spinner size="tiny" /> : <CalendarAddRegular />}
              >
                {t('drafts.scheduleConfirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function PublishDialog({
  post,
  onClose,
  onDone,
}: {
  post: PostDto;
  onClose: () => void;
  onDone: (post: PostDto) => void;
}) {
  const { t } = useI18n();
  const api = useEditorialApi();
  const { run, busy, error } = useAction();
  const handlePublish = async () => {
    const outcome = await run('publish', () => api.publishNow(post.id));
    if (outcome.ok) onDone(outcome.value);
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('drafts.publishTitle', { title: post.title })}</DialogTitle>
          <DialogContent>
            {t('drafts.publishBody', { circle: post.circle.name })}
            {error ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              appearance="primary"
              disabled={Boolean(busy)}
              icon={busy ? <Spinner size="tiny" /> : <SendRegular />}
              onClick={() => void handlePublish()}
            >
              {t('drafts.publishNow')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
