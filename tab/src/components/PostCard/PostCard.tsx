import {
  Avatar,
  Badge,
  Button,
  Caption1,
  Link,
  mergeClasses,
  ToggleButton,
  Tooltip,
} from '@fluentui/react-components';
import {
  ArrowCircleUpFilled,
  ArrowCircleUpRegular,
  BookmarkFilled,
  BookmarkRegular,
  CheckmarkCircleFilled,
  CommentRegular,
  HeartFilled,
  HistoryRegular,
  PersonQuestionMarkRegular,
  SparkleRegular,
  TagRegular,
  PeopleTeamRegular,
} from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { FeedItemDto, PostDto } from '../../../../contracts/content';
import { hrefOf } from '../../hooks/useHashRoute';
import { usePlural } from '../../hooks/usePlural';
import { useKudosValue } from '../../hooks/useKudosValue';
import { useMentionMap } from '../../hooks/usePost';
import { usePostActions, type PostActions } from '../../hooks/usePostActions';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import { Markdown } from '../Markdown/Markdown';
import { ReactionBar } from '../ReactionBar/ReactionBar';
import { usePostCardStyles } from './PostCard.styles';
import { PostMedia } from './PostMedia';
import { PostMenu } from './PostMenu';
import { PostNotifyProvider, usePostNotify } from './PostNotify';
import { PostStatusNotice } from './PostStatusNotice';
import { IDEA_STATUSES, POST_TYPES } from './postTypes';
import { RelativeTime } from './RelativeTime';

/** Why a post is in my feed (FeedItem.reason). */
export type FeedReason = FeedItemDto['reason'];

export interface PostCardProps {
  post: PostDto;
  /** Called with the post after a reaction, vote, bookmark, edit or delete (status `deleted`). */
  onChange?: (post: PostDto) => void;
  /** Published since my previous visit. */
  isNew?: boolean;
  /** Why the feed shows it ("From the archive"...). */
  reason?: FeedReason;
  /** `full` on the post page: the whole body, the player loaded, the title as the page heading. */
  variant?: 'excerpt' | 'full';
  /** Position in a `role="feed"` list (1-based), and the list's size (-1 while more may load). */
  feedPosition?: { index: number; size: number };
}

/** Bodies longer than this are clamped in lists, with a "Read more" link. */
const EXCERPT_CHARS = 280;
const EXCERPT_LINES = 5;

/**
 * A post as the feed, search, saved posts and circle pages show it. Works on its own (it keeps its
 * own copy of the post after actions) or controlled by a list through `onChange`.
 */
export function PostCard(props: PostCardProps) {
  // Notices need a toaster; a screen usually provides one for all its cards.
  const notify = usePostNotify();
  if (!notify) {
    return (
      <PostNotifyProvider>
        <PostCardInner {...props} />
      </PostNotifyProvider>
    );
  }
  return <PostCardInner {...props} />;
}

function PostCardInner({
  post: given,
  onChange,
  isNew,
  reason,
  variant = 'excerpt',
  feedPosition,
}: PostCardProps) {
  const styles = usePostCardStyles();
  const { t } = useI18n();
  const actions = usePostActions(given, onChange);
  const { post } = actions;
  const titleId = useId();
  const full = variant === 'full';
  const long = post.body.length > EXCERPT_CHARS || post.body.split('\n').length > EXCERPT_LINES;
  const TitleTag = full ? 'h1' : 'h2';
  const mentions = useMentionMap(post.mentions);
  // Kudos: "Alex thanked Camille" is the heading; their title is only the message's first line.
  const heading = post.kudos
    ? t('postKudos.thanked', {
        from: post.author?.displayName ?? t('post.anonymousAuthor'),
        to: post.kudos.to.displayName,
      })
    : post.title;

  return (
    <article
      className={mergeClasses(styles.card, isNew && styles.cardNew)}
      aria-labelledby={titleId}
      {...(feedPosition ? { 'aria-posinset': feedPosition.index, 'aria-setsize': feedPosition.size } : {})}
      data-post-id={post.id}
    >
      <PostContext isNew={isNew} reason={reason} post={post} />
      <PostHeader post={post} actions={actions} />
      <PostStatusNotice
        post={post}
        onPublish={
          post.canEdit && (post.status === 'draft' || post.status === 'scheduled')
            ? actions.publish
            : undefined
        }
      />
      <TitleTag id={titleId} className={mergeClasses(styles.title, full && styles.titleFull)}>
        {full ? (
          heading
        ) : (
          <Link href={hrefOf('post', post.id)} className={styles.titleLink}>
            {heading}
          </Link>
        )}
      </TitleTag>
      {post.kudos ? <KudosValue value={post.kudos.value} /> : null}
      {post.body.trim() ? (
        <div className={mergeClasses(styles.body, !full && long && styles.clamped)}>
          <Markdown source={post.body} mentions={mentions} headingOffset={full ? 1 : 2} />
        </div>
      ) : null}
      {!full && long ? (
        <Link
          href={hrefOf('post', post.id)}
          className={styles.readMore}
          aria-label={t('post.readMoreOf', { title: post.title })}
        >
          {t('post.readMore')}
        </Link>
      ) : null}
      <PostMedia post={post} autoLoadVideo={full} />
      {post.tags.length > 0 ? (
        <ul className={styles.tags} aria-label={t('post.tags')}>
          {post.tags.map((tag) => (
            <li key={tag}>
              <a className={styles.tag} href={hrefOf('search', undefined, { q: `#${tag}` })}>
                #{tag}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {/* Reactions and comments belong to published posts; a draft or a held post has none yet. */}
      {post.status === 'published' ? <PostFooter actions={actions} full={full} /> : null}
    </article>
  );
}

/** The value a kudos thanks someone for, with a heart. */
function KudosValue({ value }: { value: string }) {
  const styles = usePostCardStyles();
  const { t } = useI18n();
  const label = useKudosValue(value);
  return (
    <span className={styles.kudosValue} data-testid="kudos-value">
      <HeartFilled className={styles.kudosHeart} aria-hidden />
      {t('postKudos.value', { value: label })}
    </span>
  );
}

/** "New" and why the feed shows the post. */
function PostContext({
  isNew,
  reason,
  post,
}: {
  isNew: boolean | undefined;
  reason: FeedReason | undefined;
  post: PostDto;
}) {
  const styles = usePostCardStyles();
  const { t } = useI18n();
  const { me } = useSession();
  let label: ReactNode = null;
  if (reason === 'evergreen') {
    label = (
      <>
        <HistoryRegular className={styles.contextIcon} aria-hidden />
        {t('feedReason.evergreen')}
      </>
    );
  } else if (reason === 'tag') {
    const tag = post.tags.find((candidate) => me.followedTags.includes(candidate));
    label = (
      <>
        <TagRegular className={styles.contextIcon} aria-hidden />
        {tag ? t('feedReason.tagNamed', { tag }) : t('feedReason.tag')}
      </>
    );
  } else if (reason === 'segment') {
    label = (
      <>
        <PeopleTeamRegular className={styles.contextIcon} aria-hidden />
        {t('feedReason.segment')}
      </>
    );
  }
  if (!isNew && !label) return null;
  return (
    <div className={styles.context}>
      {isNew ? (
        <Badge appearance="filled" color="brand" size="small" icon={<SparkleRegular />}>
          {t('feed.new')}
        </Badge>
      ) : null}
      {label ? <Caption1 className={styles.context}>{label}</Caption1> : null}
    </div>
  );
}

/** Author, circle, time, type, and the menu. */
function PostHeader({ post, actions }: { post: PostDto; actions: PostActions }) {
  const styles = usePostCardStyles();
  const { t } = useI18n();
  const type = POST_TYPES[post.type];
  const authorName = post.author ? post.author.displayName : t('post.anonymousAuthor');
  return (
    <header className={styles.header}>
      {post.author && !post.anonymous ? (
        <Avatar name={post.author.displayName} color="colorful" size={36} aria-hidden />
      ) : (
        <Avatar icon={<PersonQuestionMarkRegular />} color="neutral" size={36} aria-hidden />
      )}
      <div className={styles.byline}>
        <span className={styles.author}>
          {authorName}
          {post.anonymous && post.isMine ? ` · ${t('post.askedAnonymously')}` : ''}
        </span>
        <span className={styles.meta}>
          {post.author?.jobRole && !post.anonymous ? <span>{post.author.jobRole} ·</span> : null}
          <Link href={hrefOf('circles', post.circle.id)} className={styles.circleLink}>
            {post.circle.name}
          </Link>
          <span aria-hidden>·</span>
          <RelativeTime iso={post.publishedAt} />
          {post.editedAt ? <span>· {t('post.edited')}</span> : null}
        </span>
      </div>
      <div className={styles.badges}>
        <Badge appearance="tint" color={type.color} icon={<type.Icon />}>
          {t(type.label)}
        </Badge>
        {post.type === 'question' && post.acceptedAnswerId ? (
          <Badge appearance="tint" color="success" icon={<CheckmarkCircleFilled />}>
            {t('post.answered')}
          </Badge>
        ) : null}
        {post.type === 'idea' && post.ideaStatus ? (
          <Badge appearance="outline" color={IDEA_STATUSES[post.ideaStatus].color}>
            {t(IDEA_STATUSES[post.ideaStatus].label)}
          </Badge>
        ) : null}
      </div>
      <div className={styles.menu}>
        <PostMenu actions={actions} />
      </div>
    </header>
  );
}

/** Reactions, the idea vote, comments and the bookmark. */
function PostFooter({ actions, full }: { actions: PostActions; full: boolean }) {
  const styles = usePostCardStyles();
  const { t, formatNumber } = useI18n();
  const plural = usePlural();
  const { post } = actions;
  const comments = post.counts.comments;
  return (
    <footer className={styles.footer}>
      <ReactionBar post={post} onReact={actions.react} />
      {post.type === 'idea' ? (
        <ToggleButton
          size="small"
          appearance={post.myVote ? 'primary' : 'outline'}
          checked={post.myVote}
          icon={post.myVote ? <ArrowCircleUpFilled /> : <ArrowCircleUpRegular />}
          onClick={() => actions.vote(!post.myVote)}
        >
          {t('postIdea.vote', { count: formatNumber(post.counts.votes) })}
        </ToggleButton>
      ) : null}
      {!full ? (
        <Button
          as="a"
          href={hrefOf('post', post.id)}
          appearance="subtle"
          size="small"
          icon={<CommentRegular />}
          aria-label={comments > 0 ? plural('post.commentsCount', comments) : t('post.comment')}
        >
          {comments > 0 ? formatNumber(comments) : t('post.comment')}
        </Button>
      ) : null}
      <span className={styles.spacer} />
      <Tooltip content={t('post.save')} relationship="label" withArrow>
        <ToggleButton
          appearance="subtle"
          size="small"
          checked={post.bookmarked}
          className={post.bookmarked ? styles.saved : undefined}
          icon={post.bookmarked ? <BookmarkFilled /> : <BookmarkRegular />}
          onClick={() => actions.bookmark(!post.bookmarked)}
        />
      </Tooltip>
    </footer>
  );
}
