import {
  Avatar,
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Spinner,
} from '@fluentui/react-components';
import {
  ArrowReplyRegular,
  CheckmarkCircleFilled,
  CheckmarkCircleRegular,
  DeleteRegular,
  EditRegular,
  FlagRegular,
  PersonQuestionMarkRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { CommentDto } from '../../../../contracts/content';
import type { ApiError } from '../../api/client';
import { useMentionMap } from '../../hooks/usePost';
import { useI18n } from '../../i18n/i18n';
import { Markdown } from '../Markdown/Markdown';
import { usePostNotify } from '../PostCard/PostNotify';
import { RelativeTime } from '../PostCard/RelativeTime';
import { ReportDialog } from '../ReportDialog/ReportDialog';
import { CommentBox } from './CommentBox';
import { useCommentsStyles } from './Comments.styles';

/** One comment or reply: who, when, what, and the actions this member may take on it. */
export function CommentItem({
  comment,
  isAnswer,
  onReply,
  onEdit,
  onDelete,
  onAccept,
}: {
  comment: CommentDto;
  /** Comments on a question are answers. */
  isAnswer: boolean;
  onReply?: (() => void) | undefined;
  onEdit: (body: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
  /** Present when I may accept answers (the question's author, moderators). */
  onAccept?: ((accept: boolean) => Promise<unknown>) | undefined;
}) {
  const styles = useCommentsStyles();
  const { t } = useI18n();
  const notify = usePostNotify();
  const mentions = useMentionMap(comment.mentions);
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<'report' | 'delete' | undefined>();
  const [accepting, setAccepting] = useState(false);

  if (comment.status === 'deleted') {
    return <p className={mergeClasses(styles.comment, styles.removed)}>{t('comments.deleted')}</p>;
  }
  const name = comment.author ? comment.author.displayName : t('post.anonymousAuthor');
  const handleAccept = () => {
    if (!onAccept) return;
    setAccepting(true);
    onAccept(!comment.accepted).then(
      () => setAccepting(false),
      (error: ApiError) => {
        setAccepting(false);
        notify?.(error.message, { intent: 'error' });
      },
    );
  };

  return (
    <article
      className={mergeClasses(styles.comment, comment.accepted && styles.accepted)}
      aria-label={t('comments.by', { name })}
      data-comment-id={comment.id}
    >
      {comment.author && !comment.anonymous ? (
        <Avatar name={comment.author.displayName} color="colorful" size={32} aria-hidden />
      ) : (
        <Avatar icon={<PersonQuestionMarkRegular />} size={32} aria-hidden />
      )}
      <div className={styles.commentMain}>
        <div className={styles.byline}>
          <span className={styles.author}>{name}</span>
          <span className={styles.meta}>
            <RelativeTime iso={comment.createdAt} />
            {comment.editedAt ? ` · ${t('post.edited')}` : ''}
          </span>
          {comment.accepted ? (
            <Badge appearance="filled" color="success" icon={<CheckmarkCircleFilled />}>
              {t('comments.acceptedBadge')}
            </Badge>
          ) : null}
        </div>
        {comment.status === 'held' ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('comments.held')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {comment.status === 'hidden' ? (
          <MessageBar intent="error">
            <MessageBarBody>{t('comments.hidden')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {editing ? (
          <CommentBox
            label={t('comments.editLabel')}
            submitLabel={t('comments.save')}
            initial={comment.body}
            autoFocus
            onSubmit={(body) => onEdit(body).then(() => setEditing(false))}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className={styles.body}>
            <Markdown source={comment.body} mentions={mentions} headingOffset={3} />
          </div>
        )}
        {!editing ? (
          <div className={styles.actions}>
            {onReply ? (
              <Button appearance="subtle" size="small" icon={<ArrowReplyRegular />} onClick={onReply}>
                {t('comments.reply')}
              </Button>
            ) : null}
            {onAccept && isAnswer && comment.parentId === null ? (
              <Button
                appearance={comment.accepted ? 'subtle' : 'outline'}
                size="small"
                icon={
                  accepting ? (
                    <Spinner size="extra-tiny" />
                  ) : comment.accepted ? (
                    <CheckmarkCircleFilled />
                  ) : (
                    <CheckmarkCircleRegular />
                  )
                }
                disabled={accepting}
                onClick={handleAccept}
              >
                {t(comment.accepted ? 'comments.unaccept' : 'comments.accept')}
              </Button>
            ) : null}
            {comment.canEdit ? (
              <Button
                appearance="subtle"
                size="small"
                icon={<EditRegular />}
                onClick={() => setEditing(true)}
              >
                {t('post.edit')}
              </Button>
            ) : null}
            {comment.canEdit ? (
              <Button
                appearance="subtle"
                size="small"
                icon={<DeleteRegular />}
                onClick={() => setDialog('delete')}
              >
                {t('post.delete')}
              </Button>
            ) : null}
            {!comment.isMine ? (
              <Button
                appearance="subtle"
                size="small"
                icon={<FlagRegular />}
                onClick={() => setDialog('report')}
              >
                {t('post.report')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      {dialog === 'report' ? (
        <ReportDialog
          open
          onOpenChange={(open) => setDialog(open ? 'report' : undefined)}
          postId={comment.postId}
          commentId={comment.id}
        />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteCommentDialog onDelete={onDelete} onClose={() => setDialog(undefined)} />
      ) : null}
    </article>
  );
}

function DeleteCommentDialog({
  onDelete,
  onClose,
}: {
  onDelete: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('comments.deleteTitle')}</DialogTitle>
          <DialogContent>
            {t('comments.deleteBody')}
            {error ? (
              <MessageBar intent="error">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('feed.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabled={busy}
              icon={busy ? <Spinner size="tiny" /> : <DeleteRegular />}
              onClick={() => {
                setBusy(true);
                onDelete().then(onClose, (caught: ApiError) => {
                  setBusy(false);
                  setError(caught);
                });
              }}
            >
              {t('post.deleteConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
