import { Avatar, Body1, Button, Caption1, Link, Spinner, Text } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import type { AuditEntryDto } from '../../../../contracts/moderation';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useDates } from '../../hooks/useDates';
import { hrefOf } from '../../hooks/useHashRoute';
import { useAuditLog } from '../../hooks/useModeration';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useModerationStyles } from './Moderation.styles';

const ACTIONS: Record<string, MessageKey> = {
  hide: 'audit.action.hide',
  restore: 'audit.action.restore',
  warn: 'audit.action.warn',
  dismiss: 'audit.action.dismiss',
  reveal_author: 'audit.action.reveal',
  revealAuthor: 'audit.action.reveal',
};
const TARGETS: Record<string, MessageKey> = {
  post: 'audit.target.post',
  comment: 'audit.target.comment',
  member: 'audit.target.member',
  circle: 'audit.target.circle',
  charter: 'audit.target.charter',
};

/** Everything moderators did, newest first: who, what, on what, when, and their note. */
export function AuditLog() {
  const styles = useModerationStyles();
  const { t } = useI18n();
  const dates = useDates();
  const audit = useAuditLog();

  if (audit.status === 'loading') return <LoadingState />;
  if (audit.status === 'error' && audit.error)
    return <ErrorState error={audit.error} onRetry={audit.reload} />;
  if (audit.items.length === 0) {
    return <EmptyState icon={<HistoryRegular />} title={t('audit.emptyTitle')} body={t('audit.emptyBody')} />;
  }

  const describe = (entry: AuditEntryDto) => {
    const target = t(TARGETS[entry.targetType] ?? 'audit.target.other');
    const action = ACTIONS[entry.action];
    return action ? t(action, { target }) : t('audit.action.other', { action: entry.action, target });
  };

  return (
    <div className={styles.words}>
      <ul className={styles.audit} data-testid="audit-log">
        {audit.items.map((entry) => (
          <li key={entry.id} className={styles.auditEntry} data-testid="audit-entry">
            <Avatar name={entry.actor.displayName} color="colorful" size={32} aria-hidden />
            <div className={styles.auditText}>
              <Text>
                <strong>{entry.actor.displayName}</strong> {describe(entry)}
                {entry.targetType === 'post' ? (
                  <>
                    {' '}
                    <Link href={hrefOf('post', entry.targetId)}>{t('audit.open')}</Link>
                  </>
                ) : null}
              </Text>
              {entry.note ? <Body1>{t('audit.note', { note: entry.note })}</Body1> : null}
              <Caption1 className={styles.muted}>
                <time dateTime={entry.at}>{dates.dateTime(entry.at)}</time>
              </Caption1>
            </div>
          </li>
        ))}
      </ul>
      {audit.moreError ? <ErrorState error={audit.moreError} onRetry={audit.loadMore} /> : null}
      {audit.hasMore ? (
        <Button
          className={styles.more}
          onClick={audit.loadMore}
          disabled={audit.loadingMore}
          icon={audit.loadingMore ? <Spinner size="tiny" /> : undefined}
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
