import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Title2,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, PollRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PollDto } from '../../../../contracts/polls';
import { ApiPaths } from '../../../../contracts/routes';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useDates } from '../../hooks/useDates';
import { usePlural } from '../../hooks/usePlural';
import { usePollList } from '../../hooks/usePolls';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/poll-messages';
import { PollForm } from './PollForm';
import { usePollsStyles } from './Polls.styles';

/**
 * The animator's Polls screen (`#/polls`): a form that posts a poll to a channel or group chat,
 * and the recent polls with their results (bars), each closable after a confirmation.
 */
export default function Polls() {
  const styles = usePollsStyles();
  const { t } = useI18n();
  const polls = usePollList();
  const [creating, setCreating] = useState(false);
  const [posted, setPosted] = useState(false);
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t('polls.title')}
        </Title2>
        <Body1 className={styles.intro}>{t('polls.intro')}</Body1>
      </header>
      <div className={styles.toolbar}>
        {!creating ? (
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() => {
              setCreating(true);
              setPosted(false);
            }}
          >
            {t('polls.new')}
          </Button>
        ) : null}
        <Button icon={<ArrowClockwiseRegular />} onClick={polls.reload}>
          {t('polls.refresh')}
        </Button>
      </div>
      {posted ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('polls.form.posted')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {creating ? (
        <PollForm
          onCancel={() => setCreating(false)}
          onPosted={() => {
            setCreating(false);
            setPosted(true);
            polls.reload();
          }}
        />
      ) : null}
      <Subtitle2 as="h2">{t('polls.list')}</Subtitle2>
      {polls.status === 'loading' ? (
        <LoadingState />
      ) : polls.status === 'error' ? (
        <ErrorState error={polls.error} onRetry={polls.reload} />
      ) : polls.data.items.length === 0 ? (
        <EmptyState icon={<PollRegular />} title={t('polls.empty.title')} body={t('polls.empty.body')} />
      ) : (
        <ul className={styles.list}>
          {polls.data.items.map((poll) => (
            <li key={poll.id}>
              <PollItem poll={poll} onChanged={polls.reload} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One poll: status, where and when, results with bars (or why they are hidden), and closing. */
function PollItem({ poll, onChanged }: { poll: PollDto; onChanged: () => void }) {
  const styles = usePollsStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const dates = useDates();
  const { api } = useSession();
  const action = useAction();
  const open = poll.status === 'open';
  const top = Math.max(0, ...poll.options.map((o) => o.count ?? 0));
  const headingId = `poll-${poll.id}`;

  const handleClose = async () => {
    const outcome = await action.run('close', () => api.send<PollDto>('POST', ApiPaths.pollClose(poll.id)));
    if (outcome.ok) onChanged();
  };

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.row}>
        <Badge appearance="tint" color={open ? 'success' : 'informative'}>
          {t(open ? 'polls.status.open' : 'polls.status.closed')}
        </Badge>
        {!poll.posted && open ? (
          <Badge appearance="outline" color="warning">
            {t('polls.pending')}
          </Badge>
        ) : null}
        {poll.choice === 'multiple' ? <Badge appearance="outline">{t('polls.kind.multiple')}</Badge> : null}
        {poll.anonymous ? <Badge appearance="outline">{t('polls.kind.anonymous')}</Badge> : null}
      </div>
      <h3 id={headingId} className={styles.question}>
        {poll.question}
      </h3>
      <Caption1 className={styles.muted}>
        {[
          t(`polls.in.${poll.conversationType}`),
          poll.createdBy.name ? t('polls.by', { name: poll.createdBy.name }) : undefined,
          open
            ? t('polls.closesAt', { when: dates.dateTime(poll.closesAt) })
            : t('polls.closedAt', { when: dates.dateTime(poll.closedAt ?? poll.closesAt) }),
          plural('polls.voters', poll.voters),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Caption1>
      {poll.resultsVisible ? (
        <ul className={styles.results}>
          {poll.options.map((option) => {
            const count = option.count ?? 0;
            const percent = option.percent ?? 0;
            const winner = !open && count > 0 && count === top;
            return (
              <li key={option.id} className={styles.result}>
                <div className={styles.resultHead}>
                  <Body1 className={winner ? styles.winner : undefined}>{option.label}</Body1>
                  <Caption1 className={styles.muted}>
                    {plural('polls.voters', count)} · {percent} %
                  </Caption1>
                </div>
                <ProgressBar
                  value={percent / 100}
                  thickness="large"
                  color={winner ? 'success' : 'brand'}
                  aria-label={t('polls.optionResult', { label: option.label, count, percent })}
                />
                {option.voters && option.voters.length > 0 ? (
                  <Caption1 className={styles.muted}>
                    {t('polls.names', { names: option.voters.slice(0, 10).join(', ') })}
                  </Caption1>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <Body1 className={styles.muted}>{t('polls.hidden')}</Body1>
      )}
      {action.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{action.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {open && poll.canManage ? (
        <div className={styles.actions}>
          <Dialog>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={action.busy !== undefined}>{t('polls.close')}</Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{t('polls.closeTitle')}</DialogTitle>
                <DialogContent>{t('polls.closeBody')}</DialogContent>
                <DialogActions>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="primary" onClick={() => void handleClose()}>
                      {t('polls.closeConfirm')}
                    </Button>
                  </DialogTrigger>
                  <DialogTrigger disableButtonEnhancement>
                    <Button>{t('polls.form.cancel')}</Button>
                  </DialogTrigger>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </div>
      ) : null}
    </article>
  );
}
