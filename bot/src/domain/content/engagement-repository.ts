import { Containers } from '../shared/containers';
import {
  pkOf,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
  type Page,
  type Stored,
} from '../shared/document-store';
import type { Reaction } from './post';

/** A member's reaction to a post (one per member and post). id = memberId. */
export interface ReactionDoc extends BaseDoc {
  kind: 'reaction';
  postId: string;
  memberId: string;
  reaction: Reaction;
  at: string;
}

/** A member's vote for an idea. id = vote|memberId. */
export interface VoteDoc extends BaseDoc {
  kind: 'vote';
  postId: string;
  memberId: string;
  at: string;
}

/** A saved post. id = postId. */
export interface Bookmark extends BaseDoc {
  kind: 'bookmark';
  postId: string;
  memberId: string;
  createdAt: string;
}

/**
 * Reactions and votes (container `reactions`, pk = tenantId|postId) and bookmarks (container
 * `bookmarks`, pk = tenantId|memberId). Reads: my reaction, vote and bookmark for a post (point
 * reads, batched for a page of posts); my bookmarks, newest first.
 */
export class EngagementRepository {
  private readonly reactions: DocumentContainer<ReactionDoc | VoteDoc>;
  private readonly bookmarks: DocumentContainer<Bookmark>;

  constructor(store: DocumentStore) {
    this.reactions = store.container<ReactionDoc | VoteDoc>(Containers.reactions);
    this.bookmarks = store.container<Bookmark>(Containers.bookmarks);
  }

  async reaction(
    tenantId: string,
    postId: string,
    memberId: string,
  ): Promise<Stored<ReactionDoc> | undefined> {
    const doc = await this.reactions.read({ tenantId, pk: pkOf(tenantId, postId), id: memberId });
    return doc?.kind === 'reaction' ? doc : undefined;
  }

  /** Seeding: writes a reaction (idempotent). */
  createOrKeepReaction(doc: ReactionDoc): Promise<Stored<ReactionDoc | VoteDoc>> {
    return this.reactions.upsert(doc);
  }

  /** Seeding: writes a vote (idempotent). */
  createOrKeepVote(doc: VoteDoc): Promise<Stored<ReactionDoc | VoteDoc>> {
    return this.reactions.upsert(doc);
  }

  /** My reactions to some posts, by post id (one batched read). */
  async reactionsOf(
    tenantId: string,
    postIds: readonly string[],
    memberId: string,
  ): Promise<Map<string, Reaction>> {
    const docs = await this.reactions.readMany(
      postIds.map((postId) => ({ tenantId, pk: pkOf(tenantId, postId), id: memberId })),
    );
    const found = new Map<string, Reaction>();
    docs.forEach((doc, n) => {
      if (doc?.kind === 'reaction') found.set(postIds[n]!, doc.reaction);
    });
    return found;
  }

  /** The ideas among `postIds` I voted for. */
  async votesOf(tenantId: string, postIds: readonly string[], memberId: string): Promise<Set<string>> {
    if (postIds.length === 0) return new Set();
    const docs = await this.reactions.readMany(
      postIds.map((postId) => ({ tenantId, pk: pkOf(tenantId, postId), id: `vote|${memberId}` })),
    );
    return new Set(postIds.filter((_, n) => docs[n]?.kind === 'vote'));
  }

  /** The posts among `postIds` I saved. */
  async bookmarksAmong(tenantId: string, memberId: string, postIds: readonly string[]): Promise<Set<string>> {
    const docs = await this.bookmarks.readMany(
      postIds.map((id) => ({ tenantId, pk: pkOf(tenantId, memberId), id })),
    );
    return new Set(postIds.filter((_, n) => docs[n] !== undefined));
  }

  createReaction(doc: ReactionDoc): Promise<Stored<ReactionDoc | VoteDoc>> {
    return this.reactions.create(doc);
  }

  replaceReaction(doc: Stored<ReactionDoc>): Promise<Stored<ReactionDoc | VoteDoc>> {
    return this.reactions.replace(doc, { ifMatch: doc.etag });
  }

  deleteReaction(doc: Stored<ReactionDoc>): Promise<boolean> {
    return this.reactions.delete({ tenantId: doc.tenantId, pk: doc.pk, id: doc.id }, { ifMatch: doc.etag });
  }

  async vote(tenantId: string, postId: string, memberId: string): Promise<Stored<VoteDoc> | undefined> {
    const doc = await this.reactions.read({ tenantId, pk: pkOf(tenantId, postId), id: `vote|${memberId}` });
    return doc?.kind === 'vote' ? doc : undefined;
  }

  createVote(doc: VoteDoc): Promise<Stored<ReactionDoc | VoteDoc>> {
    return this.reactions.create(doc);
  }

  /** Deletes a vote; false when it was already gone. */
  deleteVote(tenantId: string, postId: string, memberId: string): Promise<boolean> {
    return this.reactions.delete({ tenantId, pk: pkOf(tenantId, postId), id: `vote|${memberId}` });
  }

  bookmark(tenantId: string, memberId: string, postId: string): Promise<Stored<Bookmark> | undefined> {
    return this.bookmarks.read({ tenantId, pk: pkOf(tenantId, memberId), id: postId });
  }

  upsertBookmark(doc: Bookmark): Promise<Stored<Bookmark>> {
    return this.bookmarks.upsert(doc);
  }

  deleteBookmark(tenantId: string, memberId: string, postId: string): Promise<boolean> {
    return this.bookmarks.delete({ tenantId, pk: pkOf(tenantId, memberId), id: postId });
  }

  bookmarksOf(
    tenantId: string,
    memberId: string,
    page: { limit: number; continuation?: string | undefined },
  ): Promise<Page<Stored<Bookmark>>> {
    return this.bookmarks.query({
      tenantId,
      pk: pkOf(tenantId, memberId),
      orderBy: [{ path: 'createdAt', direction: 'desc' }],
      limit: page.limit,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    });
  }
}
