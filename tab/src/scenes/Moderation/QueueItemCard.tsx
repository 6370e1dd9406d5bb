import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Link,
  Spinner,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import {
  ArrowUndoRegular,
  ChevronDownRegular,
  ChevronUpRegular,
  DismissCircleRegular,
  EyeOffRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import { lazy, Suspense, useId, useState, type JSX } from 'react';
import type { QueueItemDto } from '../../../../contracts/moderation';
import { useDates } from '../../hooks/useDates';
import { hrefOf } from '../../hooks/useHashRoute';
import { WARNING_NOTE_MIN, type ModerationActionName } from '../../hooks/useModeration';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { actionsFor, excerpt, noteProblem, reasonCounts, targetStatus } from './queueItem';
import { useModerationStyles } from './Moderation.styles';

// The full post (media, reactions) only when a moderator asks for it.
const PostCard = lazy(() =>
  import('../../components/PostCard/PostCard').then((module) => ({ default: module.PostCard })),
);

/** Labels of report reasons. */
export const REASON_LABEL: Record<QueueItemDto['reports'][number]['reason'], MessageKey> = {
  spam: 'moderation.reason.spam',
  harassment: 'moderation.reason.harassment',
  off_topic: 'moderation.reason.off_topic',
  confidential: 'moderation.reason.confidential',
  misinformation: 'moderation.reason.misinformation',
  other: 'moderation.reason.other',
};

const ACTION_BUTTON: Record<ModerationActionName, { label: MessageKey; icon: JSX.Element }> = {
  hide: { label: 'moderation.action.hide', icon: <EyeOffRegular /> },
  restore: { label: 'moderation.action.restore', icon: <ArrowUndoRegular /> },
  warn: { label: 'moderation.action.warn', icon: <WarningRegular /> },
  dismiss: { label: 'moderation.action.dismiss', icon: <DismissCircleRegular /> },
};

/**
 * One thing to review: why it is here (reports by reason, or the watched word that held it), since
 * when, what it says, and the four decisions. The note goes to the audit log; a warning needs one.
 */
export function QueueItemCard({
  item,
  busy,
  onAct,
}: {
  item: QueueItemDto;
  busy: ModerationActionName | undefined;
  onAct: (action: ModerationActionName, note: string) => void;
}) {
  const styles = useModerationStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const dates = useDates();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const titleId = useId();
  const { post, comment } = item;
  const status = targetStatus(item);
  const author = item.targetType === 'comment' ? comment?.author : post.author;

  const handleAct = (action: ModerationActionName) => {
    if (noteProblem(action, note)) {
      setNoteError(true);
      return;
    }
    setNoteError(false);
    onAct(action, note);
  };

  return (
    <Card className={styles.item} role="article" aria-labelledby={titleId} data-testid="queue-item">
      <div className={styles.itemTop}>
        <Badge appearance="filled" color={item.targetType === 'post' ? 'brand' : 'informative'}>
          {t(item.targetType === 'post' ? 'moderation.post' : 'moderation.comment')}
        </Badge>
        {status === 'hidden' ? (
          <Badge appearance="tint" color="danger">
            {t('moderation.statusHidden')}
          </Badge>
        ) : null}
        {item.heldReason ? (
          <Badge appearance="tint" color="warning" icon={<WarningRegular />}>
            {t('moderation.held', { reason: item.heldReason })}
          </Badge>
        ) : null}
        {reasonCounts(item.reports).map(({ reason, count }) => (
          <Badge key={reason} appearance="outline" color="danger">
            {t('moderation.reasonCount', { reason: t(REASON_LABEL[reason]), count })}
          </Badge>
        ))}
        <Caption1 className={styles.when}>
          {item.reports.length > 0 ? `${plural('moderation.reports', item.reports.length)} · ` : ''}
          {t('moderation.firstFlagged', { when: dates.relative(item.firstFlaggedAt) })}
        </Caption1>
      </div>

      <div className={styles.preview}>
        <Subtitle2 as="h3" id={titleId} className={styles.previewTitle}>
          {item.targetType === 'comment' ? (
            t('moderation.commentOn', { title: post.title })
          ) : (
            <Link href={hrefOf('post', post.id)}>{post.title}</Link>
          )}
        </Subtitle2>
        <Caption1 className={styles.previewMeta}>
          {t('moderation.byIn', {
            author: author?.displayName ?? t('moderation.anonymous'),
            circle: post.circle.name,
          })}
        </Caption1>
        <Body1>{excerpt(item.targetType === 'comment' ? (comment?.body ?? '') : post.body) || '—'}</Body1>
        {item.targetType === 'post' ? (
          <Button
            className={styles.expand}
            appearance="transparent"
            size="small"
            icon={expanded ? <ChevronUpRegular /> : <ChevronDownRegular />}
            aria-expanded={expanded}
            onClick={() => setExpanded((open) => !open)}
          >
            {t(expanded ? 'moderation.hidePost' : 'moderation.showPost')}
          </Button>
        ) : null}
        {expanded ? (
          <Suspense fallback={<Spinner size="tiny" />}>
            <PostCard post={post} />
          </Suspense>
        ) : null}
      </div>

      {item.reports.some((report) => report.note.trim()) ? (
        <ul className={styles.notes} aria-label={t('moderation.reporterNotes')}>
          {item.reports
            .filter((report) => report.note.trim())
            .map((report, index) => (
              <li key={index}>
                <q>{report.note}</q> — {t(REASON_LABEL[report.reason])}, {dates.relative(report.at)}
              </li>
            ))}
        </ul>
      ) : null}

      <Field
        className={styles.noteField}
        label={t('moderation.note')}
        hint={t('moderation.noteHint', { min: WARNING_NOTE_MIN })}
        {...(noteError
          ? {
              validationState: 'error' as const,
              validationMessage: t('moderation.noteTooShort', { min: WARNING_NOTE_MIN }),
            }
          : {})}
      >
        <Textarea value={note} rows={2} resize="vertical" onChange={(_e, data) => setNote(data.value)} />
      </Field>
      <div className={styles.actions}>
        {actionsFor(item).map((action) => (
          <Button
            key={action}
            appearance={action === 'hide' ? 'primary' : 'secondary'}
            icon={busy === action ? <Spinner size="tiny" /> : ACTION_BUTTON[action].icon}
            disabled={Boolean(busy)}
            aria-describedby={titleId}
            onClick={() => handleAct(action)}
          >
            {t(
              action === 'restore' && status === 'held'
                ? 'moderation.action.publish'
                : ACTION_BUTTON[action].label,
            )}
          </Button>
        ))}
      </div>
    </Card>
  );
}
