import type { Language } from '../../domain/shared/locale';
import { t, type BotTextKey } from '../bot-text';
import {
  adaptiveCard,
  attachment,
  excerpt,
  plain,
  tabDeepLink,
  textBlock,
  type CardAttachment,
} from './adaptive-card';

/** A post as a card shows it, already decided for the reader (anonymity, language). */
export interface PostCardModel {
  id: string;
  type: 'article' | 'video' | 'link' | 'question' | 'idea' | 'announcement' | 'kudos';
  title: string;
  body: string;
  /** undefined for a pseudonymous question. */
  authorName: string | undefined;
  circleName: string;
  publishedAt: string;
  reactions: number;
  comments: number;
  isNew: boolean;
}

/**
 * The lines that present one post (used alone, in lists and in message extension results). Title,
 * body, author and circle are members' words, made literal with `plain()`.
 */
function postBody(post: PostCardModel, language: Language, teamsAppId: string): unknown[] {
  const meta = [
    t(language, `type.${post.type}` as BotTextKey),
    post.authorName ? plain(post.authorName) : t(language, 'aMember'),
    t(language, 'inCircle', { circle: plain(post.circleName) }),
    // Teams formats the date in the reader's own locale.
    `{{DATE(${post.publishedAt.replace(/\.\d{3}Z$/, 'Z')},SHORT)}}`,
  ].join(' · ');
  return [
    {
      type: 'Container',
      selectAction: { type: 'Action.OpenUrl', url: tabDeepLink(teamsAppId, `post:${post.id}`) },
      items: [
        textBlock(`${post.isNew ? `**${t(language, 'newBadge')}** · ` : ''}${meta}`, {
          isSubtle: true,
          size: 'Small',
        }),
        textBlock(plain(post.title), { weight: 'Bolder', spacing: 'None' }),
        ...(post.body.trim()
          ? [textBlock(plain(excerpt(post.body)), { spacing: 'Small', maxLines: 3 })]
          : []),
        textBlock(t(language, 'stats', { reactions: post.reactions, comments: post.comments }), {
          isSubtle: true,
          size: 'Small',
          spacing: 'Small',
        }),
      ],
    },
  ];
}

/** One post, shareable into a chat or channel, with a button that opens it in Guildhall. */
export function postCard(
  post: PostCardModel,
  options: { language: Language; teamsAppId: string },
): CardAttachment {
  return attachment(
    adaptiveCard(postBody(post, options.language, options.teamsAppId), [
      {
        type: 'Action.OpenUrl',
        title: t(options.language, 'openPost'),
        url: tabDeepLink(options.teamsAppId, `post:${post.id}`),
      },
    ]),
  );
}

/** "New in your circles": up to five posts, each opening in Guildhall, and the way to the feed. */
export function feedCard(
  posts: PostCardModel[],
  options: { language: Language; teamsAppId: string },
): CardAttachment {
  const { language, teamsAppId } = options;
  const body: unknown[] = [textBlock(t(language, 'feedTitle'), { size: 'Medium', weight: 'Bolder' })];
  if (posts.length === 0) body.push(textBlock(t(language, 'feedEmpty')));
  for (const [n, post] of posts.slice(0, 5).entries()) {
    body.push({
      type: 'Container',
      separator: n > 0,
      spacing: 'Medium',
      items: postBody(post, language, teamsAppId),
    });
  }
  return attachment(
    adaptiveCard(body, [
      { type: 'Action.OpenUrl', title: t(language, 'openFeed'), url: tabDeepLink(teamsAppId, 'feed') },
    ]),
  );
}

/** The compact preview Teams shows in the message extension's result list. */
export function postPreview(post: PostCardModel, language: Language) {
  return {
    contentType: 'application/vnd.microsoft.card.thumbnail',
    content: {
      title: post.title,
      text: `${post.authorName ?? t(language, 'aMember')} · ${post.circleName}${post.body ? ` — ${excerpt(post.body, 100)}` : ''}`,
    },
  };
}
