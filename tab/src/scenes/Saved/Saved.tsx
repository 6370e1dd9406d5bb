import { Body1, Button, Title2 } from '@fluentui/react-components';
import { BookmarkRegular, NewsRegular } from '@fluentui/react-icons';
import { PostNotifyProvider } from '../../components/PostCard/PostNotify';
import { PostList, PostListSkeleton } from '../../components/PostCard/PostList';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { hrefOf } from '../../hooks/useHashRoute';
import { isListed } from '../../hooks/postModel';
import { useSaved } from '../../hooks/useSearch';
import { useI18n } from '../../i18n/i18n';
import { useSavedStyles } from './Saved.styles';

/**
 * Posts I saved for later (`#/saved`). Unsaving one keeps it on screen until the next visit, so the
 * Undo in the notice has something to act on and the list does not jump under the pointer.
 */
export default function Saved() {
  const styles = useSavedStyles();
  const { t } = useI18n();
  const saved = useSaved();

  let content;
  if (saved.status === 'loading') content = <PostListSkeleton count={2} />;
  else if (saved.status === 'error' && saved.error)
    content = <ErrorState error={saved.error} onRetry={saved.reload} />;
  else if (saved.items.length === 0) {
    content = (
      <EmptyState
        icon={<BookmarkRegular />}
        title={t('saved.empty.title')}
        body={t('saved.empty.body')}
        action={
          <Button as="a" href={hrefOf('feed')} appearance="primary" icon={<NewsRegular />}>
            {t('postPage.backToFeed')}
          </Button>
        }
      />
    );
  } else {
    content = (
      <PostList
        items={saved.items.map((post) => ({ post }))}
        label={t('saved.title')}
        onChange={(post) => saved.update(post.id, isListed(post) ? post : undefined)}
        hasMore={saved.hasMore}
        loadingMore={saved.loadingMore}
        moreError={saved.moreError}
        lastAdded={saved.lastAdded}
        onLoadMore={saved.loadMore}
      />
    );
  }

  return (
    <PostNotifyProvider>
      <div className={styles.page}>
        <div className={styles.top}>
          <Title2 as="h1" className={styles.heading}>
            {t('saved.title')}
          </Title2>
          <Body1 className={styles.intro}>{t('saved.intro')}</Body1>
        </div>
        {content}
      </div>
    </PostNotifyProvider>
  );
}
