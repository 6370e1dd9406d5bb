import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Spinner,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, CheckmarkCircleRegular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import type { PostDto } from '../../../../contracts/content';
import type { ApiError } from '../../api/client';
import { useInfiniteScroll } from '../../hooks/useInfiniteScroll';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { PostCard, type FeedReason } from './PostCard';
import { usePostListStyles } from './PostList.styles';

/** One entry of a list of posts (the feed adds isNew and reason). */
export interface PostListItem {
  post: PostDto;
  isNew?: boolean;
  reason?: FeedReason;
}

/**
 * Posts, page by page: the next page loads as the end comes near (IntersectionObserver), and a
 * "Show more" button does the same for keyboards. Screen readers hear how many posts were added.
 */
export function PostList({
  items,
  label,
  onChange,
  hasMore,
  loadingMore,
  moreError,
  lastAdded,
  onLoadMore,
  caughtUpIndex = -1,
}: {
  items: readonly PostListItem[];
  label: string;
  onChange: (post: PostDto) => void;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: ApiError | undefined;
  lastAdded: number;
  onLoadMore: () => void;
  /** Where "You're all caught up" goes (before this item), or -1. */
  caughtUpIndex?: number;
}) {
  const styles = usePostListStyles();
  const { t } = useI18n();
  const plural = usePlural();
  // Scrolling loads more, but not after a failure: that waits for "Try again".
  const sentinel = useInfiniteScroll<HTMLDivElement>(onLoadMore, hasMore && !loadingMore && !moreError);
  return (
    <>
      <section className={styles.list} aria-label={label} aria-busy={loadingMore}>
        {items.map((item, index) => (
          <Fragment key={item.post.id}>
            {index === caughtUpIndex ? <CaughtUp /> : null}
            <PostCard post={item.post} isNew={item.isNew} reason={item.reason} onChange={onChange} />
          </Fragment>
        ))}
      </section>
      <div ref={sentinel} className={styles.sentinel} />
      {moreError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{moreError.message}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onLoadMore}>
              {t('state.retry')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : hasMore ? (
        <div className={styles.more}>
          <Button
            appearance="secondary"
            onClick={onLoadMore}
            disabled={loadingMore}
            icon={loadingMore ? <Spinner size="tiny" /> : undefined}
          >
            {loadingMore ? t('feed.loadingMore') : t('feed.showMore')}
          </Button>
        </div>
      ) : items.length > 0 ? (
        <Caption1 as="p" className={styles.end}>
          {t('feed.end')}
        </Caption1>
      ) : null}
      <span className={styles.srOnly} role="status" aria-live="polite">
        {lastAdded > 0 ? plural('feed.loadedMore', lastAdded) : ''}
      </span>
    </>
  );
}

/** The line between what is new since my last visit and what I have seen. */
function CaughtUp() {
  const styles = usePostListStyles();
  const { t } = useI18n();
  return (
    <Divider className={styles.caughtUp} appearance="brand" data-testid="caught-up">
      <span className={styles.caughtUpText}>
        <CheckmarkCircleRegular aria-hidden />
        {t('feed.caughtUp')}
      </span>
      <span className={styles.caughtUpNote}>{t('feed.caughtUpNote')}</span>
    </Divider>
  );
}

/** Grey shapes where posts are loading. */
export function PostListSkeleton({ count = 3 }: { count?: number }) {
  const styles = usePostListStyles();
  const { t } = useI18n();
  return (
    <div className={styles.list} role="status" aria-label={t('feed.loading')}>
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} className={styles.skeleton} aria-hidden>
          <div className={styles.skeletonHeader}>
            <SkeletonItem shape="circle" size={36} />
            <div className={styles.skeletonLines}>
              <SkeletonItem size={12} className={styles.short} />
              <SkeletonItem size={12} className={styles.medium} />
            </div>
          </div>
          <SkeletonItem size={20} className={styles.medium} />
          <div className={styles.skeletonLines}>
            <SkeletonItem size={12} />
            <SkeletonItem size={12} />
            <SkeletonItem size={12} className={styles.medium} />
          </div>
        </Skeleton>
      ))}
    </div>
  );
}
