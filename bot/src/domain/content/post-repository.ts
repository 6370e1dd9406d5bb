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
import { systemClock, type Clock } from '../shared/clock';
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
  private readonly listeners: ((post: Stored<Post>) => void)[] = [];

  constructor(
    store: DocumentStore,
    private readonly clock: Clock = systemClock,
  ) {
    this.posts = store.container<Post>(Containers.posts);
    this.comments = store.container<Comment>(Containers.comments);
  }

  /** Calls `listener` with every post this repository writes (read models follow this instance's writes). */
  onChange(listener: (post: Stored<Post>) => void): void {
    this.listeners.push(listener);
  }

  private changed<P extends Stored<Post> | undefined>(post: P): P {
    if (post) for (const listener of this.listeners) listener(post);
    return post;
  }

  get(tenantId: string, postId: string): Promise<Stored<Post> | undefined> {
    return this.posts.read({ tenantId, pk: tenantId, id: postId });
  }

  /** Several posts, in the order asked (missing ones `undefined`). */
  getMany(tenantId: string, postIds: readonly string[]): Promise<(Stored<Post> | undefined)[]> {
    return this.posts.readMany(postIds.map((id) => ({ tenantId, pk: tenantId, id })));
  }

  async create(post: Post): Promise<Stored<Post>> {
    return this.changed(await this.posts.create(post));
  }

  async upsert(post: Post): Promise<Stored<Post>> {
    return this.changed(await this.posts.upsert(post));
  }

  /** Replaces if nobody changed it since it was read (ConcurrencyError otherwise). */
  async replace(post: Stored<Post>): Promise<Stored<Post>> {
    return this.changed(await this.posts.replace(post, { ifMatch: post.etag }));
  }

  /**
   * Atomic counter and field updates (reactions, comments, engagement). `updatedAt` moves with
   * every change, so other server instances' read models see engagement change too.
   */
  async patch(
    tenantId: string,
    postId: string,
    ops: PatchOp[],
    ifMatch?: string,
  ): Promise<Stored<Post> | undefined> {
    const touched = ops.some((op) => op.path === 'updatedAt')
      ? ops
      : [...ops, { op: 'set' as const, path: 'updatedAt', value: this.clock.now().toISOString() }];
    return this.changed(
      await this.posts.patch(
        { tenantId, pk: tenantId, id: postId },
        touched,
        ifMatch === undefined ? {} : { ifMatch },
      ),
    );
  }

  /**
   * What the feed's read model needs of every post (any status), oldest change first; with `since`,
   * only posts changed from then on.
   */
  rankingFields(
    tenantId: string,
    options: { limit: number; continuation?: string | undefined; since?: string },
  ): Promise<
    Page<
      Selected<
        Post,
        'circleId' | 'publishedAt' | 'engagement' | 'type' | 'tags' | 'audience' | 'status' | 'updatedAt'
      >
    >
  > {
    return this.posts.select(
      {
        tenantId,
        pk: tenantId,
        ...(options.since ? { where: [{ path: 'updatedAt', op: 'gte', value: options.since }] } : {}),
        orderBy: [{ path: 'updatedAt', direction: 'asc' }],
        limit: options.limit,
        ...(options.continuation ? { continuation: options.continuation } : {}),
      },
      ['circleId', 'publishedAt', 'engagement', 'type', 'tags', 'audience', 'status', 'updatedAt'],
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

  /** Sets the copy of a circle's visibility on each of its posts (after the circle changed). */
  async setCircleVisibility(
    tenantId: string,
    circleId: string,
    visibility: Post['circleVisibility'],
  ): Promise<void> {
    let continuation: string | undefined;
    do {
      const page = await this.posts.select(
        {
          tenantId,
          pk: tenantId,
          where: [{ path: 'circleId', op: 'eq', value: circleId }],
          limit: 500,
          ...(continuation ? { continuation } : {}),
        },
        ['circleVisibility'],
      );
      for (const post of page.items) {
        if (post.circleVisibility !== visibility) {
          await this.patch(tenantId, post.id, [{ op: 'set', path: 'circleVisibility', value: visibility }]);
        }
      }
      continuation = page.continuation;
    } while (continuation);
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
