import type { BaseDoc } from '../shared/document-store';
import type { Language } from '../shared/locale';

/** Kinds of content (DESIGN.md keys 4 and 5). */
export type PostType = 'article' | 'video' | 'link' | 'question' | 'idea' | 'announcement';

/** The reactions a member can leave. */
export const REACTIONS = ['like', 'celebrate', 'insightful', 'curious'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** A publication in a circle. */
export interface Post extends BaseDoc {
  kind: 'post';
  type: PostType;
  circleId: string;
  /** Copied from the circle so feeds can filter without a join. */
  circleVisibility: 'open' | 'private';
  authorId: string;
  /** Pseudonymous question: members see "a member". */
  anonymous: boolean;
  title: string;
  /** Markdown. */
  body: string;
  url?: string;
  language: Language;
  tags: string[];
  status: 'published' | 'draft' | 'scheduled' | 'held' | 'hidden' | 'deleted';
  publishedAt: string;
  createdAt: string;
  updatedAt: string;
  editedAt?: string;
  counts: { comments: number; reactions: Record<Reaction, number> };
}

/** Zero reaction counts. */
export function noReactions(): Record<Reaction, number> {
  return { like: 0, celebrate: 0, insightful: 0, curious: 0 };
}
