import { Caption1, Link, Subtitle2 } from '@fluentui/react-components';
import { DocumentEditRegular } from '@fluentui/react-icons';
import type { PostDto } from '../../../../contracts/content';
import { hrefOf } from '../../hooks/useHashRoute';
import { useMyPendingPosts } from '../../hooks/useMyPosts';
import { dateTime } from '../../hooks/relativeTime';
import { useI18n } from '../../i18n/i18n';
import { useSuggestionStyles } from './CircleSuggestions.styles';

/** "Your drafts": what I saved, scheduled or is waiting for a moderator, one click from the post. */
export function MyPendingPosts({ version }: { version: number }) {
  const styles = useSuggestionStyles();
  const { t } = useI18n();
  const pending = useMyPendingPosts(version);
  // A side panel of convenience: absent while loading, on error, and when there is nothing pending.
  if (pending.status !== 'ready' || pending.data.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="my-pending-title">
      <Subtitle2 as="h2" id="my-pending-title" className={styles.title}>
        <DocumentEditRegular aria-hidden />
        {t('feedPending.title')}
      </Subtitle2>
      <ul className={styles.list}>
        {pending.data.map((post) => (
          <li key={post.id} className={styles.text}>
            <Link href={hrefOf('post', post.id)} className={styles.name}>
              {post.title}
            </Link>
            <PendingStatus post={post} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PendingStatus({ post }: { post: PostDto }) {
  const styles = useSuggestionStyles();
  const { t, locale } = useI18n();
  let text: string;
  if (post.status === 'scheduled') {
    text = t('feedPending.scheduled', { date: post.scheduledFor ? dateTime(post.scheduledFor, locale) : '' });
  } else if (post.status === 'held') text = t('feedPending.held');
  else text = t(post.ready ? 'feedPending.ready' : 'feedPending.draft');
  return <Caption1 className={styles.reason}>{text}</Caption1>;
}
