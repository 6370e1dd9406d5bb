import { Body1, CounterBadge, Tab, TabList, Title2, mergeClasses } from '@fluentui/react-components';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { QueueItemDto } from '../../../../contracts/moderation';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useModerationApi, useModerationQueue, type ModerationActionName } from '../../hooks/useModeration';
import { useNotify } from '../../hooks/useNotify';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { AuditLog } from './AuditLog';
import { useModerationStyles } from './Moderation.styles';
import { QueueItemCard } from './QueueItemCard';
import { targetStatus } from './queueItem';
import { WatchedWords } from './WatchedWords';

type Panel = 'queue' | 'words' | 'audit';

const DONE: Record<ModerationActionName, MessageKey> = {
  hide: 'moderation.done.hide',
  restore: 'moderation.done.restore',
  warn: 'moderation.done.warn',
  dismiss: 'moderation.done.dismiss',
};

/** A stable key for a queue item (a post, or one comment of a post). */
const keyOf = (item: QueueItemDto) => `${item.targetType}:${item.comment?.id ?? item.post.id}`;

/**
 * The moderation console (key 5): reported and held content to review, the watched words, and
 * the audit log of every decision.
 */
export default function Moderation() {
  const styles = useModerationStyles();
  const { t } = useI18n();
  const [panel, setPanel] = useState<Panel>('queue');
  const queue = useModerationQueue();
  const { toaster, notify } = useNotify();
  const count = queue.status === 'ready' ? queue.data.length : 0;

  return (
    <div className={styles.page}>
      {toaster}
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t('moderation.title')}
        </Title2>
        <Body1 className={styles.intro}>{t('moderation.intro')}</Body1>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={panel}
        onTabSelect={(_event, data) => setPanel(data.value as Panel)}
        aria-label={t('moderation.sections')}
      >
        <Tab value="queue">
          {t('moderation.queue')}
          {count > 0 ? (
            <>
              {' '}
              <CounterBadge count={count} size="small" color="danger" aria-hidden />
            </>
          ) : null}
        </Tab>
        <Tab value="words">{t('words.title')}</Tab>
        <Tab value="audit">{t('audit.title')}</Tab>
      </TabList>
      <div
        role="tabpanel"
        aria-label={t(
          panel === 'queue' ? 'moderation.queue' : panel === 'words' ? 'words.title' : 'audit.title',
        )}
      >
        {panel === 'queue' ? <Queue queue={queue} notify={notify} /> : null}
        {panel === 'words' ? <WatchedWords notify={notify} /> : null}
        {panel === 'audit' ? <AuditLog /> : null}
      </div>
    </div>
  );
}

function Queue({
  queue,
  notify,
}: {
  queue: ReturnType<typeof useModerationQueue>;
  notify: ReturnType<typeof useNotify>['notify'];
}) {
  const styles = useModerationStyles();
  const { t } = useI18n();
  const api = useModerationApi();
  const { run, busy } = useAction();

  if (queue.status === 'loading') return <LoadingState />;
  if (queue.status === 'error') return <ErrorState error={queue.error} onRetry={queue.reload} />;
  if (queue.data.length === 0) {
    return (
      <EmptyState
        icon={<ShieldCheckmarkRegular />}
        title={t('moderation.emptyTitle')}
        body={t('moderation.emptyBody')}
      />
    );
  }

  const handleAct = async (item: QueueItemDto, action: ModerationActionName, note: string) => {
    const outcome = await run(`${keyOf(item)}|${action}`, () => api.act(item, action, note));
    if (!outcome.ok) {
      if (outcome.error.code !== 'CLIENT.BUSY') notify(outcome.error.message, { intent: 'error' });
      return;
    }
    // The queue is the truth: every action closes the item's reports, so it usually leaves.
    queue.reload();
    const title = item.targetType === 'comment' ? t('moderation.theComment') : `“${item.post.title}”`;
    const author = (item.targetType === 'comment' ? item.comment?.author : item.post.author)?.displayName;
    const wasHeld = targetStatus(item) === 'held';
    notify(
      t(action === 'restore' && wasHeld ? 'moderation.done.publish' : DONE[action], {
        title,
        author: author ?? t('moderation.theAuthor'),
      }),
    );
  };

  return (
    <ul
      className={mergeClasses(styles.list)}
      aria-busy={queue.refreshing}
      aria-label={t('moderation.queue')}
      data-testid="moderation-queue"
    >
      {queue.data.map((item) => {
        const key = keyOf(item);
        const running = busy?.startsWith(`${key}|`)
          ? (busy.split('|')[1] as ModerationActionName)
          : undefined;
        return (
          <li key={key}>
            <QueueItemCard
              item={item}
              busy={running}
              onAct={(action, note) => void handleAct(item, action, note)}
            />
          </li>
        );
      })}
    </ul>
  );
}
