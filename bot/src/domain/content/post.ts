import type { CircleVisibility } from '../circles/circle';
import type { BaseDoc } from '../shared/document-store';
import type { Language } from '../shared/locale';

/** Kinds of content (DESIGN.md keys 4 and 5). */
export const POST_TYPES = ['article', 'video', 'link', 'question', 'idea', 'announcement', 'kudos'] as const;
export type PostType = (typeof POST_TYPES)[number];

/** The reactions a member can leave (one per member and post, changeable). */
export const REACTIONS = ['like', 'celebrate', 'insightful', 'curious'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Where an idea stands. */
export const IDEA_STATUSES = ['new', 'reviewing', 'planned', 'done', 'declined'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/**
 * Life of a post: a `draft` (its author's; `ready` ones make the editorial stock), `scheduled`
 * (published by the scheduler at `scheduledFor`), `published`, `held` (a watched word: waits for
 * a moderator), `hidden` (by a moderator), `deleted` (by its author).
 */
export type PostStatus = 'draft' | 'scheduled' | 'published' | 'held' | 'hidden' | 'deleted';

/** Members a publication is pushed to, by segment (DESIGN.md key 7). Empty lists mean "anyone". */
export interface Audience {
  departments: string[];
  locations: string[];
  jobRoles: string[];
  interests: string[];
}

/** What a link looked like when it was shared (fetched server-side, best effort). */
export interface LinkPreview {
  url: string;
  title?: string;
  description?: string;
  imageUrl?: string;
  siteName?: string;
}

/** An embeddable video. */
export interface VideoEmbed {
  provider: 'youtube' | 'vimeo' | 'stream';
  embedUrl: string;
}

/** Counters kept on the post (atomic increments). */
export interface PostCounts {
  comments: number;
  reactions: Record<Reaction, number>;
  votes: number;
}

/** A publication in a circle. */
export interface Post extends BaseDoc {
  kind: 'post';
  type: PostType;
  circleId: string;
  /** Copied from the circle (and kept in step) so feeds and search filter without a join. */
  circleVisibility: CircleVisibility;
  authorId: string;
  /** Pseudonymous question: members see "a member"; moderators reveal through an audited action. */
  anonymous: boolean;
  title: string;
  /** Markdown, stored as written; rendered to sanitised HTML by the reader. */
  body: string;
  url?: string;
  preview?: LinkPreview;
  video?: VideoEmbed;
  language: Language;
  tags: string[];
  /** Member ids @mentioned in the body. */
  mentions: string[];
  audience?: Audience;
  status: PostStatus;
  /** Drafts only: ready to publish (counts in the editorial stock). */
  ready?: boolean;
  /** Why a post is held (the watched word). */
  heldReason?: string;
  scheduledFor?: string;
  /** When it went (or goes) live; for drafts, their creation time. Feeds order on it. */
  publishedAt: string;
  createdAt: string;
  updatedAt: string;
  editedAt?: string;
  counts: PostCounts;
  /** Weighted engagement (quality over volume), the feed's ranking signal. */
  engagement: number;
  acceptedAnswerId?: string;
  ideaStatus?: IdeaStatus;
  /** Kudos posts: the member thanked and the company value. */
  kudos?: { toId: string; value: string };
  /** Normalized title, body and tags, for search. */
  searchText: string;
}

/** A comment; `parentId` makes it a reply (one level deep). */
export interface Comment extends BaseDoc {
  kind: 'comment';
  postId: string;
  circleId: string;
  authorId: string;
  /** Only the author of a pseudonymous question may answer under the same cover. */
  anonymous: boolean;
  parentId?: string;
  body: string;
  mentions: string[];
  status: 'published' | 'held' | 'hidden' | 'deleted';
  heldReason?: string;
  createdAt: string;
  editedAt?: string;
  accepted?: boolean;
}

/** Zero counts. */
export function emptyCounts(): PostCounts {
  return { comments: 0, reactions: { like: 0, celebrate: 0, insightful: 0, curious: 0 }, votes: 0 };
}

/** Weights of engagement signals: answers and reactions from others count more than volume. */
export const ENGAGEMENT_WEIGHTS = { reaction: 1, comment: 2, vote: 1, acceptedAnswer: 5 } as const;
