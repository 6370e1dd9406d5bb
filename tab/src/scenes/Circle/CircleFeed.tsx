import { Button, Spinner } from '@fluentui/react-components';
import { LockClosedRegular, NewsRegular } from '@fluentui/react-icons';
import type { CircleDetailDto } from '../../../../contracts/circles';
import { PostCard } from '../../components/PostCard/PostCard';
import { PostNotifyProvider } from '../../components/PostCard/PostNotify';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useCirclePosts } from '../../hooks/useCircle';
import { useI18n } from '../../i18n/i18n';
import { useCirclePageStyles } from './CirclePage.styles';

/** The circle's posts, newest first, with "Load more"; members-only circles say so to others. */
export function CircleFeed({ circle }: { circle: CircleDetailDto }) {
  const styles = useCirclePageStyles();
  const { t } = useI18n();
  const posts = useCirclePosts(circle.id, circle.canRead);

  if (!circle.canRead) {
    return (
      <EmptyState
        icon={<LockClosedRegular />}
        title={t('circle.membersOnly')}
        body={t('circle.membersOnlyBody')}
      />
    );
  }
  if (posts.status === 'loading') return <LoadingState />;
  if (posts.status === 'error' && posts.error)
    return <ErrorState error={posts.error} onRetry={posts.reload} />;
  if (posts.items.length === 0) {
    return <EmptyState icon={<NewsRegular />} title={t('circle.noPosts')} body={t('circle.noPostsBody')} />;
  }
  // One toaster for all the cards (outside the feed: a feed holds articles only).
  return (
    <PostNotifyProvider>
      <div className={styles.panel}>
        <div role="feed" aria-busy={posts.loadingMore} aria-label={t('circle.posts')} className={styles.list}>
          {posts.items.map((post, index) => (
            <PostCard
              key={post.id}
              post={post}
              onChange={(next) => posts.update(next.id, next.status === 'deleted' ? undefined : next)}
              feedPosition={{ index: index + 1, size: posts.hasMore ? -1 : posts.items.length }}
            />
          ))}
        </div>
        {posts.moreError ? <ErrorState error={posts.moreError} onRetry={posts.loadMore} /> : null}
        {posts.hasMore ? (
          <Button
            className={styles.more}
            onClick={posts.loadMore}
            disabled={posts.loadingMore}
            icon={posts.loadingMore ? <Spinner size="tiny" /> : undefined}
          >
            {t('common.loadMore')}
          </Button>
        ) : null}
      </div>
    </PostNotifyProvider>
  );
}
