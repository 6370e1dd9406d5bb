import { Button, Caption1, SearchBox, Title2 } from '@fluentui/react-components';
import { BookmarkRegular, NewsRegular, PeopleCommunityRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { Composer } from '../../components/Composer/Composer';
import { PostNotifyProvider } from '../../components/PostCard/PostNotify';
import { PostList, PostListSkeleton } from '../../components/PostCard/PostList';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { caughtUpIndex } from '../../hooks/paging';
import { useFeed, type Feed as FeedList } from '../../hooks/useFeed';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { CircleSuggestions } from './CircleSuggestions';
import { MyPendingPosts } from './MyPendingPosts';
import { useFeedStyles } from './Feed.styles';

/** Wide enough for the suggestions column beside the feed. */
const WIDE = '(min-width: 960px)';

/** The home feed (keys 4 to 7): new posts first, what I follow, the composer, and circles to join. */
export default function Feed() {
  const styles = useFeedStyles();
  const feed = useFeed();
  const wide = useMediaQuery(WIDE);
  const newCount = feed.items.filter((item) => item.isNew).length;
  // Saving a draft or scheduling a post refreshes the "Your drafts" panel.
  const [savedCount, setSavedCount] = useState(0);
  const handleSaved = useCallback(() => setSavedCount((n) => n + 1), []);
  const side = (
    <>
      <CircleSuggestions onJoined={feed.reload} limit={wide ? 4 : 2} />
      <MyPendingPosts version={savedCount} />
    </>
  );

  return (
    <PostNotifyProvider>
      <div className={styles.page}>
        <FeedHeader newCount={feed.status === 'ready' ? newCount : 0} />
        <div className={styles.columns}>
          <div className={styles.main}>
            <Composer onPublished={feed.addPublished} onSaved={handleSaved} />
            {wide ? null : side}
            <FeedBody feed={feed} />
          </div>
          {wide ? <aside className={styles.side}>{side}</aside> : null}
        </div>
      </div>
    </PostNotifyProvider>
  );
}

/** Title, how many posts are new, the search box and the link to saved posts. */
function FeedHeader({ newCount }: { newCount: number }) {
  const styles = useFeedStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const { navigate } = useRoute();
  const [query, setQuery] = useState('');
  return (
    <div className={styles.top}>
      <div className={styles.headingBlock}>
        <Title2 as="h1" className={styles.heading}>
          {t('feed.title')}
        </Title2>
        {newCount > 0 ? (
          <Caption1 className={styles.newCount}>{plural('feed.newCount', newCount)}</Caption1>
        ) : null}
      </div>
      <form
        role="search"
        className={styles.search}
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim()) navigate(hrefOf('search', undefined, { q: query.trim() }));
        }}
      >
        <SearchBox
          className={styles.searchBox}
          value={query}
          onChange={(_event, data) => setQuery(data.value)}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
        />
      </form>
      <Button as="a" href={hrefOf('saved')} appearance="subtle" icon={<BookmarkRegular />}>
        {t('saved.link')}
      </Button>
    </div>
  );
}

/** The list, or its loading, error and empty states. */
function FeedBody({ feed }: { feed: FeedList }) {
  const { t } = useI18n();
  if (feed.status === 'loading') return <PostListSkeleton />;
  if (feed.status === 'error' && feed.error) return <ErrorState error={feed.error} onRetry={feed.reload} />;
  if (feed.items.length === 0) {
    return (
      <EmptyState
        icon={<NewsRegular />}
        title={t('feed.empty.title')}
        body={t('feed.empty.body')}
        action={
          <Button as="a" href={hrefOf('circles')} appearance="primary" icon={<PeopleCommunityRegular />}>
            {t('feed.empty.action')}
          </Button>
        }
      />
    );
  }
  return (
    <PostList
      items={feed.items}
      label={t('feed.listLabel')}
      onChange={feed.changePost}
      hasMore={feed.hasMore}
      loadingMore={feed.loadingMore}
      moreError={feed.moreError}
      lastAdded={feed.lastAdded}
      onLoadMore={feed.loadMore}
      caughtUpIndex={caughtUpIndex(feed.items)}
    />
  );
}
