import { Button, Caption1, Link, SearchBox, Subtitle2, Title2 } from '@fluentui/react-components';
import { LockClosedRegular, SearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CircleSummaryDto } from '../../../../contracts/circles';
import { PostNotifyProvider } from '../../components/PostCard/PostNotify';
import { PostList, PostListSkeleton } from '../../components/PostCard/PostList';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { isListed } from '../../hooks/postModel';
import { usePlural } from '../../hooks/usePlural';
import { SEARCH_MIN_LENGTH, useSearch } from '../../hooks/useSearch';
import { useI18n } from '../../i18n/i18n';
import { useSearchStyles } from './Search.styles';

/** Search posts and circles I may see (`#/search?q=`). The query lives in the address. */
export default function Search() {
  const styles = useSearchStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const { route } = useRoute();
  const q = (route.query.get('q') ?? '').trim();
  const results = useSearch(q);
  const circles = results.meta ?? [];
  const searching = q.length >= SEARCH_MIN_LENGTH;

  let content;
  if (!searching) {
    content = <Tips title={t('search.start.title')} body={t('search.start.body')} />;
  } else if (results.status === 'loading') {
    content = <PostListSkeleton count={2} />;
  } else if (results.status === 'error' && results.error) {
    content = <ErrorState error={results.error} onRetry={results.reload} />;
  } else if (results.items.length === 0 && circles.length === 0) {
    content = <Tips title={t('search.none.title', { q })} body={t('search.none.body')} />;
  } else {
    content = (
      <>
        {circles.length > 0 ? <CircleResults circles={circles} /> : null}
        {results.items.length > 0 ? (
          <section className={styles.section} aria-labelledby="search-posts">
            <Subtitle2 as="h2" id="search-posts" className={styles.sectionTitle}>
              {t('search.posts')}
            </Subtitle2>
            <PostList
              items={results.items.map((post) => ({ post }))}
              label={t('search.posts')}
              onChange={(post) => results.update(post.id, isListed(post) ? post : undefined)}
              hasMore={results.hasMore}
              loadingMore={results.loadingMore}
              moreError={results.moreError}
              lastAdded={results.lastAdded}
              onLoadMore={results.loadMore}
            />
          </section>
        ) : null}
      </>
    );
  }

  return (
    <PostNotifyProvider>
      <div className={styles.page}>
        <div className={styles.top}>
          <Title2 as="h1" className={styles.heading}>
            {t('search.title')}
          </Title2>
          <SearchForm key={q} initial={q} />
          <Caption1 className={styles.summary} role="status" aria-live="polite">
            {searching && results.status === 'ready'
              ? t('search.summary', {
                  posts: plural(
                    results.hasMore ? 'search.postsCountMore' : 'search.postsCount',
                    results.items.length,
                  ),
                  circles: plural('search.circlesCount', circles.length),
                  q,
                })
              : ''}
          </Caption1>
        </div>
        {content}
      </div>
    </PostNotifyProvider>
  );
}

/** The search box; searching puts the query in the address (so Back and reload keep it). */
function SearchForm({ initial }: { initial: string }) {
  const styles = useSearchStyles();
  const { t } = useI18n();
  const { navigate } = useRoute();
  const [value, setValue] = useState(initial);
  return (
    <form
      role="search"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(hrefOf('search', undefined, { q: value.trim() }));
      }}
    >
      <SearchBox
        className={styles.searchBox}
        value={value}
        onChange={(_event, data) => setValue(data.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
      />
      <Button type="submit" appearance="primary" icon={<SearchRegular />}>
        {t('search.submit')}
      </Button>
    </form>
  );
}

function CircleResults({ circles }: { circles: CircleSummaryDto[] }) {
  const styles = useSearchStyles();
  const { t } = useI18n();
  const plural = usePlural();
  return (
    <section className={styles.section} aria-labelledby="search-circles">
      <Subtitle2 as="h2" id="search-circles" className={styles.sectionTitle}>
        {t('search.circles')}
      </Subtitle2>
      <ul className={styles.circles}>
        {circles.map((circle) => (
          <li key={circle.id}>
            <div className={styles.circle}>
              <Link href={hrefOf('circles', circle.id)} className={styles.circleName}>
                {circle.visibility === 'private' ? (
                  <LockClosedRegular aria-label={t('composer.private')} />
                ) : null}{' '}
                {circle.name}
              </Link>
              <Caption1 className={styles.circleMeta}>
                {plural('search.members', circle.memberCount)}
                {circle.myStatus === 'active' ? ` · ${t('search.youAreIn')}` : ''}
              </Caption1>
              {circle.description ? <Caption1>{circle.description}</Caption1> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An empty result with tips on searching better. */
function Tips({ title, body }: { title: string; body: string }) {
  const styles = useSearchStyles();
  const { t } = useI18n();
  return (
    <EmptyState
      icon={<SearchRegular />}
      title={title}
      body={body}
      action={
        <ul className={styles.tips}>
          <li>{t('search.tip.words')}</li>
          <li>{t('search.tip.tags')}</li>
          <li>{t('search.tip.circles')}</li>
        </ul>
      }
    />
  );
}
