import { Caption1, Subtitle1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { PostDto } from '../../../../contracts/content';
import { useComments } from '../../hooks/usePost';
import { useI18n } from '../../i18n/i18n';
import { ErrorState, LoadingState } from '../StateViews/StateViews';
import { CommentBox } from './CommentBox';
import { CommentItem } from './CommentItem';
import { useCommentsStyles } from './Comments.styles';

/**
 * The conversation under a post: threads with one level of replies. On a question comments are
 * answers; its author (or a moderator) accepts the one that solved it, which then comes first.
 */
export function Comments({ post, onPostChange }: { post: PostDto; onPostChange: (post: PostDto) => void }) {
  const styles = useCommentsStyles();
  const { t } = useI18n();
  const { list, threads, add, edit, remove, accept } = useComments(post, onPostChange);
  const [replyTo, setReplyTo] = useState<string | undefined>();
  const isQuestion = post.type === 'question';
  const canAccept = isQuestion && (post.isMine || post.canModerate);
  const asker = post.anonymous && post.isMine;
  // A question counts its answers; a discussion counts every comment and reply.
  const count = isQuestion
    ? threads.length
    : threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
  const closed = post.status === 'hidden' || post.status === 'deleted';

  return (
    <section className={styles.section} aria-labelledby="comments-title">
      <Subtitle1 as="h2" id="comments-title" className={styles.heading}>
        {t(isQuestion ? 'comments.answersTitle' : 'comments.title', {
          count: list.status === 'ready' ? count : '…',
        })}
      </Subtitle1>
      {!closed && post.status === 'published' ? (
        <CommentBox
          label={t(isQuestion ? 'comments.answerLabel' : 'comments.label')}
          submitLabel={t(isQuestion ? 'comments.answerSubmit' : 'comments.submit')}
          anonymousOption={asker}
          onSubmit={(body, anonymous) => add(body, { anonymous })}
        />
      ) : null}
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && threads.length === 0 ? (
        <Caption1 className={styles.empty}>{t(isQuestion ? 'comments.noAnswers' : 'comments.none')}</Caption1>
      ) : null}
      {threads.length > 0 ? (
        <ol className={styles.threads} aria-live="polite" aria-relevant="additions">
          {threads.map(({ comment, replies }) => (
            <li key={comment.id} className={styles.thread}>
              <CommentItem
                comment={comment}
                isAnswer={isQuestion}
                onReply={comment.status === 'published' && !closed ? () => setReplyTo(comment.id) : undefined}
                onEdit={(body) => edit(comment.id, body)}
                onDelete={() => remove(comment.id)}
                onAccept={canAccept ? (yes) => accept(yes ? comment.id : null) : undefined}
              />
              {replies.length > 0 || replyTo === comment.id ? (
                <ol
                  className={styles.replies}
                  aria-label={t('comments.repliesTo', {
                    name: comment.author?.displayName ?? t('post.anonymousAuthor'),
                  })}
                >
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentItem
                        comment={reply}
                        isAnswer={false}
                        // Replies stay one level deep: answering a reply adds to its thread.
                        onReply={
                          reply.status === 'published' && !closed ? () => setReplyTo(comment.id) : undefined
                        }
                        onEdit={(body) => edit(reply.id, body)}
                        onDelete={() => remove(reply.id)}
                      />
                    </li>
                  ))}
                  {replyTo === comment.id ? (
                    <li>
                      <CommentBox
                        label={t('comments.replyLabel', {
                          name: comment.author?.displayName ?? t('post.anonymousAuthor'),
                        })}
                        submitLabel={t('comments.replySubmit')}
                        autoFocus
                        anonymousOption={asker}
                        onSubmit={(body, anonymous) =>
                          add(body, { parentId: comment.id, anonymous }).then(() => setReplyTo(undefined))
                        }
                        onCancel={() => setReplyTo(undefined)}
                      />
                    </li>
                  ) : null}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
