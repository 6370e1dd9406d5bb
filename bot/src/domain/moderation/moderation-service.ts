import { CircleAccess, type CircleView } from '../circles/circle-access';
import type { CircleRepository } from '../circles/circle-repository';
import type { Comment, Post } from '../content/post';
import type { PostRepository } from '../content/post-repository';
import { isModerator, withdrawal, type PostService, type PostView } from '../content/post-service';
import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import { noActivity, type ActivityRecorder } from '../shared/activity';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { Containers } from '../shared/containers';
import type { BaseDoc, DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import { newId } from '../shared/ids';
import type { AuditEntry, AuditLog } from './audit';

/** Why someone reported something. */
export type ReportReason = 'spam' | 'harassment' | 'off_topic' | 'confidential' | 'misinformation' | 'other';

/** A member's report of a post or comment. id = targetType|targetId|reporterId: one open report per reporter. */
export interface Report extends BaseDoc {
  kind: 'report';
  targetType: 'post' | 'comment';
  targetId: string;
  postId: string;
  commentId?: string;
  circleId: string;
  reporterId: string;
  reason: ReportReason;
  note: string;
  status: 'open' | 'resolved';
  createdAt: string;
  resolvedAt?: string;
}

/** Something in the queue: reported or held content, with why. */
export interface QueueEntry {
  targetType: 'post' | 'comment';
  post: PostView;
  comment: Stored<Comment> | undefined;
  commentAuthor: Stored<Member> | undefined;
  reports: Stored<Report>[];
  heldReason: string | undefined;
  firstFlaggedAt: string;
}

export type ModerationActionKind = 'hide' | 'restore' | 'warn' | 'dismiss';

const forbidden = () =>
  new AppError('MODERATION.FORBIDDEN', 403, 'Only the moderators of this content can do this.');

/**
 * Reports, the moderation queue and moderators' actions (DESIGN.md key 5). Community animators
 * and admins moderate the circles they can see; circle owners and animators moderate their circle.
 * Private content reaches only moderators who are members of its circle. Every action is audited.
 */
export class ModerationService {
  private readonly reports: DocumentContainer<Report>;
  private readonly comments: DocumentContainer<Comment>;

  constructor(
    private readonly deps: {
      store: DocumentStore;
      posts: PostRepository;
      postService: PostService;
      circles: CircleRepository;
      members: MemberRepository;
      audit: AuditLog;
      clock: Clock;
      activity?: ActivityRecorder;
    },
  ) {
    this.reports = deps.store.container<Report>(Containers.reports);
    this.comments = deps.store.container<Comment>(Containers.comments);
  }

  /** Reports a post or comment the actor can see. Reporting twice is harmless. */
  async report({
    actor,
    targetType,
    postId,
    commentId,
    reason,
    note,
  }: {
    actor: Actor;
    targetType: 'post' | 'comment';
    postId: string;
    commentId?: string | undefined;
    reason: ReportReason;
    note: string;
  }): Promise<'received' | 'already_reported'> {
    const post = await this.deps.postService.get({ actor, postId });
    const targetId = targetType === 'comment' ? commentId! : postId;
    if (targetType === 'comment') {
      const comment = await this.deps.posts.comment(actor.tenantId, postId, targetId);
      if (!comment || comment.status === 'deleted')
        throw new AppError('COMMENT.NOT_FOUND', 404, 'This comment does not exist.');
    }
    const id = `${targetType}|${targetId}|${actor.memberId}`;
    const existing = await this.reports.read({ tenantId: actor.tenantId, pk: actor.tenantId, id });
    if (existing?.status === 'open') return 'already_reported';
    await this.reports.upsert({
      id,
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'report',
      targetType,
      targetId,
      postId,
      ...(targetType === 'comment' ? { commentId: targetId } : {}),
      circleId: post.circle.id,
      reporterId: actor.memberId,
      reason,
      note,
      status: 'open',
      createdAt: this.deps.clock.now().toISOString(),
    });
    return 'received';
  }

  /** What waits for the actor as a moderator: open reports and held posts and comments, oldest first. */
  async queue({ actor }: { actor: Actor }): Promise<QueueEntry[]> {
    const member = await this.requireMember(actor);
    if (!hasRole(member, 'animator')) {
      const memberships = await this.deps.circles.membershipsOf(actor.tenantId, actor.memberId);
      const managesACircle = memberships.some((m) => m.status === 'active' && m.role !== 'member');
      if (!managesACircle) throw forbidden();
    }
    const [openReports, heldPosts, heldComments] = await Promise.all([
      this.all(this.reports, actor.tenantId, [{ path: 'status', op: 'eq', value: 'open' }]),
      this.deps.posts.page(actor.tenantId, [{ path: 'status', op: 'eq', value: 'held' }], { limit: 200 }),
      this.all(this.comments, actor.tenantId, [{ path: 'status', op: 'eq', value: 'held' }]),
    ]);
    const entries = new Map<string, QueueEntry>();
    const views = new Map<string, CircleView | undefined>();
    const moderates = async (circleId: string) => {
      if (!views.has(circleId)) {
        const [circle, membership] = await Promise.all([
          this.deps.circles.get(actor.tenantId, circleId),
          this.deps.circles.membership(actor.tenantId, circleId, actor.memberId),
        ]);
        views.set(
          circleId,
          circle ? CircleAccess.decide(circle, membership, hasRole(member, 'admin')) : undefined,
        );
      }
      const view = views.get(circleId);
      return view !== undefined && isModerator(member, view);
    };
    const entryFor = async (
      targetType: 'post' | 'comment',
      postId: string,
      commentId: string | undefined,
    ) => {
      const key = `${targetType}|${commentId ?? postId}`;
      const existing = entries.get(key);
      if (existing) return existing;
      let post: PostView;
      try {
        post = await this.deps.postService.get({ actor, postId });
      } catch {
        return undefined; // deleted since it was reported: nothing left to review
      }
      const comment = commentId
        ? await this.deps.posts.comment(actor.tenantId, postId, commentId)
        : undefined;
      if (targetType === 'comment' && (!comment || comment.status === 'deleted')) return undefined;
      const entry: QueueEntry = {
        targetType,
        post,
        comment,
        commentAuthor: comment ? await this.deps.members.get(actor.tenantId, comment.authorId) : undefined,
        reports: [],
        heldReason: targetType === 'comment' ? comment?.heldReason : post.post.heldReason,
        firstFlaggedAt: '9999',
      };
      entries.set(key, entry);
      return entry;
    };
    for (const report of openReports) {
      if (!(await moderates(report.circleId))) continue;
      const entry = await entryFor(report.targetType, report.postId, report.commentId);
      if (!entry) continue;
      entry.reports.push(report);
      if (report.createdAt < entry.firstFlaggedAt) entry.firstFlaggedAt = report.createdAt;
    }
    for (const post of heldPosts.items) {
      if (!(await moderates(post.circleId))) continue;
      const entry = await entryFor('post', post.id, undefined);
      if (entry && post.updatedAt < entry.firstFlaggedAt) entry.firstFlaggedAt = post.updatedAt;
    }
    for (const comment of heldComments) {
      if (!(await moderates(comment.circleId))) continue;
      const entry = await entryFor('comment', comment.postId, comment.id);
      if (entry && comment.createdAt < entry.firstFlaggedAt) entry.firstFlaggedAt = comment.createdAt;
    }
    return [...entries.values()].sort((a, b) => a.firstFlaggedAt.localeCompare(b.firstFlaggedAt));
  }

  /**
   * Hides, restores (also publishes held content), warns the author, or dismisses the reports.
   * Every action closes the target's open reports and is written to the audit log.
   */
  async act({
    actor,
    targetType,
    postId,
    commentId,
    action,
    note,
  }: {
    actor: Actor;
    targetType: 'post' | 'comment';
    postId: string;
    commentId?: string | undefined;
    action: ModerationActionKind;
    note: string;
  }): Promise<QueueEntry> {
    const view = await this.deps.postService.get({ actor, postId });
    if (!view.canModerate) throw forbidden();
    const now = this.deps.clock.now().toISOString();
    let comment: Stored<Comment> | undefined;
    if (targetType === 'comment') {
      comment = await this.deps.posts.comment(actor.tenantId, postId, commentId!);
      if (!comment || comment.status === 'deleted')
        throw new AppError('COMMENT.NOT_FOUND', 404, 'This comment does not exist.');
    }
    if (action === 'hide' || action === 'restore') {
      const status = action === 'hide' ? 'hidden' : 'published';
      if (comment) {
        const wasCounted = comment.status === 'published';
        const { heldReason: _h, ...rest } = comment;
        comment = await this.deps.posts.replaceComment({ ...rest, status });
        const delta = (status === 'published' ? 1 : 0) - (wasCounted ? 1 : 0);
        if (delta !== 0)
          await this.deps.posts.patch(actor.tenantId, postId, [
            { op: 'incr', path: 'counts.comments', value: delta },
          ]);
        await this.pointsFollow(status === 'hidden' ? 'withdrawn' : 'published', comment, view.post);
      } else {
        const { heldReason: _h, ...rest } = view.post;
        const replaced = await this.deps.posts.replace({ ...rest, status, updatedAt: now });
        await this.pointsFollow(status === 'hidden' ? 'withdrawn' : 'published', undefined, replaced);
      }
    }
    const targetId = comment?.id ?? postId;
    const open = await this.all(this.reports, actor.tenantId, [
      { path: 'targetId', op: 'eq', value: targetId },
      { path: 'status', op: 'eq', value: 'open' },
    ]);
    for (const report of open)
      await this.reports.replace(
        { ...report, status: 'resolved', resolvedAt: now },
        { ifMatch: report.etag },
      );
    await this.deps.audit.record({
      id: newId(),
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'audit',
      actorId: actor.memberId,
      action,
      targetType,
      targetId,
      note,
      at: now,
    });
    const post = await this.deps.postService.get({ actor, postId });
    return {
      targetType,
      post,
      comment,
      commentAuthor: comment ? await this.deps.members.get(actor.tenantId, comment.authorId) : undefined,
      reports: [],
      heldReason: undefined,
      firstFlaggedAt: now,
    };
  }

  /**
   * Points follow moderation: hidden content loses what it earned; held content that a moderator
   * lets through earns now. (Content hidden then restored stays unpaid: each event pays once.)
   */
  private async pointsFollow(
    change: 'withdrawn' | 'published',
    comment: Comment | undefined,
    post: Post,
  ): Promise<void> {
    const activity = this.deps.activity ?? noActivity;
    const { tenantId } = post;
    if (comment) {
      await activity.record(
        change === 'withdrawn'
          ? { type: 'comment.withdrawn', tenantId, memberId: comment.authorId, commentId: comment.id }
          : {
              type: 'comment.created',
              tenantId,
              memberId: comment.authorId,
              commentId: comment.id,
              postId: post.id,
              circleId: post.circleId,
            },
      );
    } else if (change === 'withdrawn') {
      await activity.record(withdrawal(post));
    } else if (!post.kudos) {
      await activity.record({
        type: 'post.published',
        tenantId,
        memberId: post.authorId,
        postId: post.id,
        circleId: post.circleId,
      });
    }
  }

  /** The audit log, newest first (community animators and admins). */
  async audit({ actor, continuation }: { actor: Actor; continuation?: string | undefined }) {
    const member = await this.requireMember(actor);
    if (!hasRole(member, 'animator')) throw forbidden();
    const page = await this.deps.audit.page(actor.tenantId, { limit: 50, continuation });
    const people = await this.deps.members.many(
      actor.tenantId,
      page.items.map((e) => e.actorId),
    );
    return {
      items: page.items.map((entry: Stored<AuditEntry>) => ({ entry, actor: people.get(entry.actorId) })),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  }

  private async all<T extends Report | Comment>(
    container: DocumentContainer<T>,
    tenantId: string,
    where: Parameters<DocumentContainer<T>['query']>[0]['where'],
  ): Promise<Stored<T>[]> {
    const found: Stored<T>[] = [];
    let continuation: string | undefined;
    do {
      // Held comments live in their posts' partitions: a tenant-wide query, off the hot path.
      const page = await container.query({
        tenantId,
        ...(where ? { where } : {}),
        limit: 500,
        ...(continuation ? { continuation } : {}),
      });
      found.push(...page.items);
      continuation = page.continuation;
    } while (continuation && found.length < 2000);
    return found;
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return member;
  }
}
