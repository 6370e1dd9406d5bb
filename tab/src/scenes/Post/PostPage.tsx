import { Button } from '@fluentui/react-components';
import { ArrowLeftRegular, DocumentDismissRegular } from '@fluentui/react-icons';
import { Comments } from '../../components/Comments/Comments';
import { PostCard } from '../../components/PostCard/PostCard';
import { PostNotifyProvider } from '../../components/PostCard/PostNotify';
import { PostListSkeleton } from '../../components/PostCard/PostList';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { usePost } from '../../hooks/usePost';
import { useI18n } from '../../i18n/i18n';
import { ModeratorTools } from './ModeratorTools';
import { usePostPageStyles } from './PostPage.styles';

/** One post in full, its moderation tools and its conversation (`#/post/<id>`). */
export default function PostPage() {
  const styles = usePostPageStyles();
  const { t } = useI18n();
  const { route } = useRoute();
  const postId = route.id ?? '';
  const post = usePost(postId);

  let content;
  if (post.status === 'loading') content = <PostListSkeleton count={1} />;
  else if (post.status === 'error' && (post.error.code === 'POST.NOT_FOUND' || post.error.status === 404)) {
    // The API answers the same for a post that does not exist and one in a private circle.
    content = (
      <EmptyState
        icon={<DocumentDismissRegular />}
        title={t('postPage.notFound.title')}
        body={t('postPage.notFound.body')}
        action={
          <Button as="a" href={hrefOf('feed')} appearance="primary">
            {t('postPage.backToFeed')}
          </Button>
        }
      />
    );
  } else if (post.status === 'error') content = <ErrorState error={post.error} onRetry={post.reload} />;
  else if (post.data.status === 'deleted') {
    content = (
      <EmptyState
        icon={<DocumentDismissRegular />}
        title={t('postPage.deleted.title')}
        body={t('postPage.deleted.body')}
        action={
          <Button as="a" href={hrefOf('feed')} appearance="primary">
            {t('postPage.backToFeed')}
          </Button>
        }
      />
    );
  } else {
    content = (
      <>
        <PostCard post={post.data} onChange={post.replace} variant="full" />
        <ModeratorTools post={post.data} onPostChange={post.replace} />
        {post.data.status === 'published' || post.data.status === 'hidden' ? (
          <Comments post={post.data} onPostChange={post.replace} />
        ) : null}
      </>
    );
  }

  return (
    <PostNotifyProvider>
      <div className={styles.page}>
        <Button
          as="a"
          href={hrefOf('feed')}
          appearance="subtle"
          icon={<ArrowLeftRegular />}
          className={styles.back}
        >
          {t('postPage.back')}
        </Button>
        {content}
      </div>
    </PostNotifyProvider>
  );
}
