import { Containers } from '../shared/containers';
import {
  pkOf,
  type DocumentContainer,
  type DocumentStore,
  type Filter,
  type Page,
  type PatchOp,
  type Selected,
  type Stored,
} from '../shared/document-store';
import type { Comment, Post } from './post';

/**
 * Posts (container `posts`, pk = tenantId) and comments (container `comments`, pk = tenantId|postId).
 * Post reads: by id; feeds (status = published, circleId in …, ORDER BY publishedAt DESC);
 * a circle's feed (circleId, publishedAt DESC); the scheduler (status = scheduled, scheduledFor);
 * an author's drafts (authorId, updatedAt DESC); evergreen (engagement DESC); search (searchText);
 * home-feed candidates (a few properties of posts with an audience, newest first: a sparse index).
 * Comment reads: a post's thread (one partition, createdAt ASC); a comment by id.
 */
export class PostRepository {
  private readonly posts: DocumentContainer<Post>;
  private readonly comments: DocumentContainer<Comment>;

  constructor(store: DocumentStore) {
    this.posts = store.container<Post>(Containers.posts);
    this.comments = store.container<Comment>(Containers.comments);
  }

  get(tenantId: string, postId: string): Promise<Stored<Post> | undefined> {
    return this.posts.read({ tenantId, pk: tenantId, id: postId });
  }

  create(post: Post): Promise<Stored<Post>> {
    return this.posts.create(post);
  }

  upsert(post: Post): Promise<Stored<Post>> {
    return this.posts.upsert(post);
  }

  /** Replaces if nobody changed it since it was read (ConcurrencyError otherwise). */
  replace(post: Stored<Post>): Promise<Stored<Post>> {
    return this.posts.replace(post, { ifMatch: post.etag });
  }

  /** Atomic counter and field updates (reactions, comments, engagement). */
  patch(
    tenantId: string,
    postId: string,
    ops: PatchOp[],
    ifMatch?: string,
  ): Promise<Stored<Post> | undefined> {
    return this.posts.patch(
      { tenantId, pk: tenantId, id: postId },
      ops,
      ifMatch === undefined ? {} : { ifMatch },
    );
  }

  /** One page of posts matching `where`, newest first. */
  page(
    tenantId: string,
    where: Filter[],
    options: {
      limit: number;
      continuation?: string | undefined;
      orderBy?: 'publishedAt' | 'updatedAt' | 'engagement';
    },
  ): Promise<Page<Stored<Post>>> {
    return this.posts.query({
      tenantId,
      pk: tenantId,
      where,
      orderBy: [{ path: options.orderBy ?? 'publishedAt', direction: 'desc' }],
      limit: options.limit,
      ...(options.continuation ? { continuation: options.continuation } : {}),
    });
  }

  /**
   * Like `page`, but only the named properties of each post (and its id): for reads that rank or
   * sift many posts and show few, so large bodies are neither transferred nor parsed.
   */
  select<K extends keyof Post>(
    tenantId: string,
    where: Filter[],
    options: {
      limit: number;
      continuation?: string | undefined;
      orderBy?: 'publishedAt' | 'updatedAt' | 'engagement';
    },
    fields: readonly K[],
  ): Promise<Page<Selected<Post, K>>> {
    return this.posts.select(
      {
        tenantId,
        pk: tenantId,
        where,
        orderBy: [{ path: options.orderBy ?? 'publishedAt', direction: 'desc' }],
        limit: options.limit,
        ...(options.continuation ? { continuation: options.continuation } : {}),
      },
      fields,
    );
  }

  /** Scheduled posts due at `now` (oldest first), for the scheduler. */
  async due(tenantId: string, now: string, limit: number): Promise<Stored<Post>[]> {
    const page = await this.posts.query({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'status', op: 'eq', value: 'scheduled' },
        { path: 'scheduledFor', op: 'lte', value: now },
      ],
      orderBy: [
        { path: 'status', direction: 'asc' },
        { path: 'scheduledFor', direction: 'asc' },
      ],
      limit,
    });
    return page.items;
  }

  count(tenantId: string, where: Filter[]): Promise<number> {
    return this.posts.count({ tenantId, pk: tenantId, where });
  }

  comment(tenantId: string, postId: string, commentId: string): Promise<Stored<Comment> | undefined> {
    return this.comments.read({ tenantId, pk: pkOf(tenantId, postId), id: commentId });
  }

  createComment(comment: Comment): Promise<Stored<Comment>> {
    return this.comments.create(comment);
  }

  upsertComment(comment: Comment): Promise<Stored<Comment>> {
    return this.comments.upsert(comment);
  }

  replaceComment(comment: Stored<Comment>): Promise<Stored<Comment>> {
    return this.comments.replace(comment, { ifMatch: comment.etag });
  }

  /** Every comment of a post, oldest first (threads are small: one partition, paged through). */
  async commentsOf(tenantId: string, postId: string): Promise<Stored<Comment>[]> {
    const all: Stored<Comment>[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.comments.query({
        tenantId,
        pk: pkOf(tenantId, postId),
        orderBy: [{ path: 'createdAt', direction: 'asc' }],
        limit: 500,
        ...(continuation ? { continuation } : {}),
      });
      all.push(...page.items);
      continuation = page.continuation;
    } while (continuation);
    return all;
  }
}
