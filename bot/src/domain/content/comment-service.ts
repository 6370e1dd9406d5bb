import type { CharterRepository } from '../charter/charter-repository';
import type { CharterService } from '../charter/charter-service';
import type { Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import { noActivity, type ActivityRecorder } from '../shared/activity';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { ConcurrencyError, pkOf, type Stored } from '../shared/document-store';
import { newId } from '../shared/ids';
import type { RateLimiter } from '../shared/rate-limiter';
import { ENGAGEMENT_WEIGHTS, type Comment } from './post';
import type { PostRepository } from './post-repository';
import type { PostService, PostView } from './post-service';
import { findWatchedWord, mentionedIds } from './text-rules';

/** A comment as one member sees it. */
export interface CommentView {
  comment: Stored<Comment>;
  /** Undefined when the comment is pseudonymous and not the viewer's. */
  author: Stored<Member> | undefined;
  mentions: Stored<Member>[];
  isMine: boolean;
  canEdit: boolean;
  canModerate: boolean;
}

/** A top-level comment and its replies. */
export interface CommentThreadView {
  comment: CommentView;
  replies: CommentView[];
}

const commentNotFound = () => new AppError('COMMENT.NOT_FOUND', 404, 'This comment does not exist.');
const HOUR = 3_600_000;

/** Threaded comments, one level of replies (DESIGN.md key 5). */
export class CommentService {
  constructor(
    private readonly deps: {
      posts: PostRepository;
      postService: PostService;
      members: MemberRepository;
      charters: CharterRepository;
      charter: CharterService;
      rateLimiter: RateLimiter;
      clock: Clock;
      activity?: ActivityRecorder;
    },
  ) {}

  /** The comments of a post the actor may read, as threads; held and hidden ones only for their author and moderators. */
  async list({ actor, postId }: { actor: Actor; postId: string }): Promise<CommentThreadView[]> {
    const post = await this.deps.postService.get({ actor, postId });
    const comments = await this.deps.posts.commentsOf(actor.tenantId, postId);
    const visible = comments.filter((c) => this.canSee(c, actor, post));
    const people = await this.deps.members.many(actor.tenantId, [
      ...visible.flatMap((c) => [
        ...(c.anonymous && c.authorId !== actor.memberId ? [] : [c.authorId]),
        ...c.mentions,
      ]),
    ]);
    const views = new Map(visible.map((c) => [c.id, this.viewOf(c, actor, post, people)]));
    const threads: CommentThreadView[] = [];
    for (const comment of visible) {
      if (comment.parentId) continue;
      threads.push({
        comment: views.get(comment.id)!,
        replies: visible.filter((c) => c.parentId === comment.id).map((c) => views.get(c.id)!),
      });
    }
    return threads;
  }

  /** Comments on a post, or replies to a top-level comment. */
  async create({
    actor,
    postId,
    body,
    parentId,
    anonymous,
  }: {
    actor: Actor;
    postId: string;
    body: string;
    parentId?: string | undefined;
    anonymous: boolean;
  }): Promise<CommentView> {
    const post = await this.deps.postService.get({ actor, postId });
    if (post.post.status !== 'published') {
      throw new AppError('POST.NOT_ALLOWED', 403, 'Comments open once the post is published.');
    }
    const member = await this.requireMember(actor);
    await this.deps.charter.requireAcknowledged(member);
    if (parentId) {
      const parent = await this.deps.posts.comment(actor.tenantId, postId, parentId);
      if (!parent || parent.status === 'deleted') throw commentNotFound();
      if (parent.parentId) {
        throw new AppError(
          'COMMENT.TOO_DEEP',
          409,
          'Reply to the first comment of the thread: replies go one level deep.',
        );
      }
    }
    const settings = await this.deps.charters.settings(actor.tenantId);
    await this.deps.rateLimiter.hit({
      tenantId: actor.tenantId,
      memberId: actor.memberId,
      action: 'comment',
      limit: settings?.rateLimits.commentsPerHour ?? 60,
      windowMs: HOUR,
      code: 'COMMENT.RATE_LIMITED',
    });
    const held = findWatchedWord(body, settings?.watchedWords ?? []);
    const ids = mentionedIds(body).slice(0, 50);
    const found = await this.deps.members.many(actor.tenantId, ids);
    const comment: Comment = {
      id: newId(),
      pk: pkOf(actor.tenantId, postId),
      tenantId: actor.tenantId,
      kind: 'comment',
      postId,
      circleId: post.circle.id,
      authorId: actor.memberId,
      // Only the asker keeps their cover when answering in their own pseudonymous question.
      anonymous: anonymous && post.post.anonymous && post.isMine,
      ...(parentId ? { parentId } : {}),
      body,
      mentions: ids.filter((id) => found.has(id)),
      status: held ? 'held' : 'published',
      ...(held ? { heldReason: held } : {}),
      createdAt: this.deps.clock.now().toISOString(),
    };
    const created = await this.deps.posts.createComment(comment);
    if (created.status === 'published') {
      await this.count(post, actor, +1);
      await (this.deps.activity ?? noActivity).record({
        type: 'comment.created',
        tenantId: actor.tenantId,
        memberId: actor.memberId,
        commentId: created.id,
        postId,
        circleId: post.circle.id,
      });
    }
    const people = await this.deps.members.many(actor.tenantId, [actor.memberId, ...created.mentions]);
    return this.viewOf(created, actor, post, people);
  }

  /** Edits the actor's own comment. */
  async update({
    actor,
    postId,
    commentId,
    body,
  }: {
    actor: Actor;
    postId: string;
    commentId: string;
    body: string;
  }) {
    const post = await this.deps.postService.get({ actor, postId });
    for (let attempt = 0; attempt < 3; attempt++) {
      const comment = await this.deps.posts.comment(actor.tenantId, postId, commentId);
      if (!comment || !this.canSee(comment, actor, post)) throw commentNotFound();
      if (
        comment.authorId !== actor.memberId ||
        comment.status === 'deleted' ||
        comment.status === 'hidden'
      ) {
        throw new AppError('COMMENT.NOT_ALLOWED', 403, {
          en: 'Only the author can edit this comment.',
          fr: 'Seul l’auteur peut modifier ce commentaire.',
        });
      }
      const settings = await this.deps.charters.settings(actor.tenantId);
      const held = findWatchedWord(body, settings?.watchedWords ?? []);
      const ids = mentionedIds(body).slice(0, 50);
      const found = await this.deps.members.many(actor.tenantId, ids);
      const next: Stored<Comment> = {
        ...comment,
        body,
        mentions: ids.filter((id) => found.has(id)),
        editedAt: this.deps.clock.now().toISOString(),
        ...(held ? { status: 'held' as const, heldReason: held } : {}),
      };
      try {
        const saved = await this.deps.posts.replaceComment(next);
        if (comment.status === 'published' && saved.status === 'held') await this.count(post, actor, -1);
        const people = await this.deps.members.many(actor.tenantId, [actor.memberId, ...saved.mentions]);
        return this.viewOf(saved, actor, post, people);
      } catch (error) {
        if (error instanceof ConcurrencyError) continue;
        throw error;
      }
    }
    throw new AppError('COMMENT.BUSY', 409, 'The comment changed while saving. Try again.');
  }

  /** Deletes the actor's own comment (replies stay, under "deleted comment"). */
  async delete({
    actor,
    postId,
    commentId,
  }: {
    actor: Actor;
    postId: string;
    commentId: string;
  }): Promise<void> {
    const post = await this.deps.postService.get({ actor, postId });
    const comment = await this.deps.posts.comment(actor.tenantId, postId, commentId);
    if (!comment || !this.canSee(comment, actor, post) || comment.status === 'deleted')
      throw commentNotFound();
    if (comment.authorId !== actor.memberId) {
      throw new AppError('COMMENT.NOT_ALLOWED', 403, {
        en: 'Only the author can delete this comment.',
        fr: 'Seul l’auteur peut supprimer ce commentaire.',
      });
    }
    await this.deps.posts.replaceComment({ ...comment, status: 'deleted', body: '', mentions: [] });
    if (comment.status === 'published') await this.count(post, actor, -1);
    // Points for a comment go with it.
    await (this.deps.activity ?? noActivity).record({
      type: 'comment.withdrawn',
      tenantId: actor.tenantId,
      memberId: comment.authorId,
      commentId,
    });
    if (post.post.acceptedAnswerId === commentId) {
      // The accepted answer is gone: the question is open again.
      await this.deps.posts.patch(actor.tenantId, postId, [
        { op: 'remove', path: 'acceptedAnswerId' },
        { op: 'incr', path: 'engagement', value: -ENGAGEMENT_WEIGHTS.acceptedAnswer },
      ]);
    }
  }

  private canSee(comment: Comment, actor: Actor, post: PostView): boolean {
    if (comment.status === 'published' || comment.status === 'deleted') return true;
    return comment.authorId === actor.memberId || post.canModerate;
  }

  private viewOf(
    comment: Stored<Comment>,
    actor: Actor,
    post: PostView,
    people: Map<string, Stored<Member>>,
  ): CommentView {
    const isMine = comment.authorId === actor.memberId;
    const deleted = comment.status === 'deleted';
    return {
      comment,
      author: deleted || (comment.anonymous && !isMine) ? undefined : people.get(comment.authorId),
      mentions: comment.mentions
        .map((id) => people.get(id))
        .filter((m): m is Stored<Member> => m !== undefined),
      isMine,
      canEdit: isMine && !deleted && comment.status !== 'hidden',
      canModerate: post.canModerate,
    };
  }

  /** Keeps the post's comment count and engagement in step (others' comments are engagement). */
  private async count(post: PostView, actor: Actor, delta: number): Promise<void> {
    const ops = [{ op: 'incr' as const, path: 'counts.comments', value: delta }];
    if (post.post.authorId !== actor.memberId) {
      ops.push({ op: 'incr' as const, path: 'engagement', value: delta * ENGAGEMENT_WEIGHTS.comment });
    }
    await this.deps.posts.patch(actor.tenantId, post.post.id, ops);
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return member;
  }
}
