import { z } from 'zod';
import { CircleSummary, CircleVisibility } from './circles';
import { Continuation, Id, Language, MemberSummary } from './schemas';

/** Posts, comments, reactions, bookmarks, the feed and search (DESIGN.md keys 4 to 7). */

export const PostType = z
  .enum(['article', 'video', 'link', 'question', 'idea', 'announcement', 'kudos'])
  .meta({ id: 'PostType', description: 'kudos posts are written through /api/v1/kudos, never as posts.' });
/** What the composer publishes. */
export const WritablePostType = z
  .enum(['article', 'video', 'link', 'question', 'idea', 'announcement'])
  .meta({ id: 'WritablePostType' });
export const Reaction = z.enum(['like', 'celebrate', 'insightful', 'curious']).meta({ id: 'Reaction' });
export const IdeaStatus = z
  .enum(['new', 'reviewing', 'planned', 'done', 'declined'])
  .meta({ id: 'IdeaStatus' });
export const PostStatus = z
  .enum(['draft', 'scheduled', 'published', 'held', 'hidden', 'deleted'])
  .meta({ id: 'PostStatus' });

export const Audience = z
  .object({
    departments: z.array(z.string().max(80)).max(20).default([]),
    locations: z.array(z.string().max(80)).max(20).default([]),
    jobRoles: z.array(z.string().max(80)).max(20).default([]),
    interests: z.array(z.string().max(40)).max(20).default([]),
  })
  .meta({ id: 'Audience', description: 'Segments the post is pushed to; empty lists mean anyone.' });

export const LinkPreview = z
  .object({
    url: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
    imageUrl: z.string().optional(),
    siteName: z.string().optional(),
  })
  .meta({ id: 'LinkPreview' });

export const VideoEmbed = z
  .object({ provider: z.enum(['youtube', 'vimeo', 'stream']), embedUrl: z.string() })
  .meta({ id: 'VideoEmbed' });

export const Post = z
  .object({
    id: z.string(),
    type: PostType,
    circle: z.object({ id: z.string(), name: z.string(), visibility: CircleVisibility }),
    /** null when the question is pseudonymous (unless it is yours). */
    author: MemberSummary.nullable(),
    anonymous: z.boolean(),
    isMine: z.boolean(),
    title: z.string(),
    body: z.string().meta({ description: 'Markdown as written; render it sanitised (no raw HTML).' }),
    url: z.string().nullable(),
    preview: LinkPreview.nullable(),
    video: VideoEmbed.nullable(),
    language: Language,
    tags: z.array(z.string()),
    mentions: z.array(MemberSummary),
    audience: Audience.nullable(),
    status: PostStatus,
    ready: z.boolean(),
    heldReason: z.string().nullable(),
    scheduledFor: z.iso.datetime().nullable(),
    publishedAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    counts: z.object({
      comments: z.number().int(),
      reactions: z.record(Reaction, z.number().int()),
      votes: z.number().int(),
    }),
    myReaction: Reaction.nullable(),
    myVote: z.boolean(),
    bookmarked: z.boolean(),
    acceptedAnswerId: z.string().nullable(),
    ideaStatus: IdeaStatus.nullable(),
    /** Kudos posts: who is thanked, and for which company value. */
    kudos: z.object({ to: MemberSummary, value: z.string() }).nullable(),
    canEdit: z.boolean(),
    canModerate: z.boolean(),
  })
  .meta({ id: 'Post' });

const title = z.string().trim().min(3, 'at least 3 characters').max(200);
const body = z.string().max(20_000);
const tags = z.array(z.string().trim().min(1).max(32)).max(10);
const url = z.url({ protocol: /^https?$/ }).max(2048);

export const PostInput = z
  .object({
    circleId: Id,
    type: WritablePostType,
    title,
    body: body.default(''),
    url: url.optional(),
    tags: tags.default([]),
    language: Language.optional(),
    anonymous: z.boolean().default(false),
    audience: Audience.optional(),
    /** now: publish; draft: keep it (ready: counts in the editorial stock); schedule: at scheduledFor. */
    publish: z.enum(['now', 'draft', 'schedule']).default('now'),
    scheduledFor: z.iso.datetime({ offset: true }).optional(),
    ready: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.publish === 'schedule' && !input.scheduledFor) {
      ctx.addIssue({ code: 'custom', path: ['scheduledFor'], message: 'required to schedule' });
    }
    if ((input.type === 'link' || input.type === 'video') && !input.url) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `required for a ${input.type}` });
    }
    if (input.anonymous && input.type !== 'question') {
      ctx.addIssue({
        code: 'custom',
        path: ['anonymous'],
        message: 'only questions can be asked anonymously',
      });
    }
  })
  .meta({ id: 'PostInput' });

export const PostChanges = z
  .object({
    title: title.optional(),
    body: body.optional(),
    url: url.nullable().optional(),
    tags: tags.optional(),
    language: Language.optional(),
    audience: Audience.nullable().optional(),
    ready: z.boolean().optional(),
    /** Reschedule (scheduled posts and drafts), or null to turn a scheduled post back into a draft. */
    scheduledFor: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .meta({ id: 'PostChanges' });

export const PostParams = z.object({ postId: Id });
export const CommentParams = z.object({ postId: Id, commentId: Id });

export const ReactionInput = z.object({ reaction: Reaction.nullable() }).meta({ id: 'ReactionInput' });
export const VoteInput = z.object({ up: z.boolean() }).meta({ id: 'VoteInput' });
export const BookmarkInput = z.object({ bookmarked: z.boolean() }).meta({ id: 'BookmarkInput' });
export const IdeaStatusInput = z.object({ status: IdeaStatus }).meta({ id: 'IdeaStatusInput' });
export const AcceptAnswerInput = z.object({ commentId: Id.nullable() }).meta({ id: 'AcceptAnswerInput' });
export const RevealInput = z
  .object({ reason: z.string().trim().min(10, 'explain why (at least 10 characters)').max(500) })
  .meta({ id: 'RevealInput' });
export const RevealedAuthor = z.object({ author: MemberSummary }).meta({ id: 'RevealedAuthor' });

export const Comment = z
  .object({
    id: z.string(),
    postId: z.string(),
    parentId: z.string().nullable(),
    author: MemberSummary.nullable(),
    anonymous: z.boolean(),
    isMine: z.boolean(),
    body: z.string(),
    mentions: z.array(MemberSummary),
    status: z.enum(['published', 'held', 'hidden', 'deleted']),
    heldReason: z.string().nullable(),
    accepted: z.boolean(),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    canEdit: z.boolean(),
    canModerate: z.boolean(),
  })
  .meta({ id: 'Comment' });

export const CommentThread = z
  .object({ comment: Comment, replies: z.array(Comment) })
  .meta({ id: 'CommentThread' });

export const CommentList = z.object({ items: z.array(CommentThread) }).meta({ id: 'CommentList' });

export const CommentInput = z
  .object({
    body: z.string().trim().min(1, 'write something').max(10_000),
    parentId: Id.optional(),
    anonymous: z.boolean().default(false),
  })
  .meta({ id: 'CommentInput' });

export const CommentChanges = z
  .object({ body: z.string().trim().min(1, 'write something').max(10_000) })
  .meta({ id: 'CommentChanges' });

export const FeedItem = z
  .object({
    post: Post,
    isNew: z.boolean().meta({ description: 'Published since the member’s previous visit.' }),
    reason: z.enum(['circle', 'tag', 'segment', 'evergreen']),
  })
  .meta({ id: 'FeedItem' });

export const FeedPage = z
  .object({
    items: z.array(FeedItem),
    continuation: z.string().optional(),
    newCount: z
      .number()
      .int()
      .meta({ description: 'Items on this page published since the previous visit.' }),
  })
  .meta({ id: 'FeedPage' });

export const PageQuery = z.object({ continuation: Continuation.optional() }).meta({ id: 'PageQuery' });

export const PostPage = z
  .object({ items: z.array(Post), continuation: z.string().optional() })
  .meta({ id: 'PostPage' });

export const MyPostsQuery = z
  .object({
    status: z.enum(['draft', 'scheduled', 'published', 'held']).default('draft'),
    continuation: Continuation.optional(),
  })
  .meta({ id: 'MyPostsQuery' });

export const SearchQuery = z
  .object({
    q: z.string().trim().min(2, 'at least 2 characters').max(100),
    continuation: Continuation.optional(),
  })
  .meta({ id: 'SearchQuery' });

export const SearchResults = z
  .object({ posts: z.array(Post), circles: z.array(CircleSummary), continuation: z.string().optional() })
  .meta({ id: 'SearchResults' });

export const LinkPreviewInput = z.object({ url }).meta({ id: 'LinkPreviewInput' });
export const LinkPreviewResult = z
  .object({ preview: LinkPreview.nullable(), video: VideoEmbed.nullable() })
  .meta({
    id: 'LinkPreviewResult',
  });

export type PostDto = z.infer<typeof Post>;
export type PostInputDto = z.input<typeof PostInput>;
export type PostChangesDto = z.input<typeof PostChanges>;
export type CommentDto = z.infer<typeof Comment>;
export type CommentThreadDto = z.infer<typeof CommentThread>;
export type FeedItemDto = z.infer<typeof FeedItem>;
export type FeedPageDto = z.infer<typeof FeedPage>;
export type SearchResultsDto = z.infer<typeof SearchResults>;
export type ReactionDto = z.infer<typeof Reaction>;
export type PostTypeDto = z.infer<typeof PostType>;
