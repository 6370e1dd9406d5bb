import type { CharterRepository } from '../charter/charter-repository';
import type { CharterService } from '../charter/charter-service';
import { CircleAccess, type CircleView } from '../circles/circle-access';
import type { Circle } from '../circles/circle';
import type { CircleRepository } from '../circles/circle-repository';
import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import type { AuditLog } from '../moderation/audit';
import { noActivity, type ActivityEvent, type ActivityRecorder } from '../shared/activity';
import type { Actor } from '../shared/actor';
import { AppError, type BilingualMessage } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { ConcurrencyError, ConflictError, type PatchOp, type Stored } from '../shared/document-store';
import { newId } from '../shared/ids';
import type { Language } from '../shared/locale';
import type { RateLimiter } from '../shared/rate-limiter';
import { normalizeTag } from '../shared/text';
import type { EngagementRepository } from './engagement-repository';
import type { LinkPreviewer } from './link-previewer';
import {
  emptyCounts,
  ENGAGEMENT_WEIGHTS,
  type Audience,
  type IdeaStatus,
  type Post,
  type PostType,
  type Reaction,
} from './post';
import type { PostRepository } from './post-repository';
import { findWatchedWord, mentionedIds, postSearchText } from './text-rules';
import { videoEmbedOf } from './video';

/** A post as one member sees it, with everything a screen or a card needs. */
export interface PostView {
  post: Stored<Post>;
  circle: Stored<Circle>;
  /** Undefined for a pseudonymous post the viewer did not write. */
  author: Stored<Member> | undefined;
  mentions: Stored<Member>[];
  /** Kudos posts: the member thanked. */
  kudosTo: Stored<Member> | undefined;
  isMine: boolean;
  myReaction: Reaction | undefined;
  myVote: boolean;
  bookmarked: boolean;
  canEdit: boolean;
  canModerate: boolean;
}

/** What a new post needs. */
export interface PostDraft {
  circleId: string;
  type: PostType;
  title: string;
  body: string;
  url?: string | undefined;
  tags: string[];
  language?: Language | undefined;
  anonymous: boolean;
  audience?: Audience | undefined;
  publish: 'now' | 'draft' | 'schedule';
  scheduledFor?: string | undefined;
  ready?: boolean | undefined;
}

/** Changes an author may make. */
export interface PostEdit {
  title?: string | undefined;
  body?: string | undefined;
  url?: string | null | undefined;
  tags?: string[] | undefined;
  language?: Language | undefined;
  audience?: Audience | null | undefined;
  ready?: boolean | undefined;
  scheduledFor?: string | null | undefined;
}

export const postNotFound = () =>
  new AppError('POST.NOT_FOUND', 404, 'This post does not exist or is private.');
const notAllowed = (message: BilingualMessage) => new AppError('POST.NOT_ALLOWED', 403, message);
const HOUR = 3_600_000;

/** The people who may publish on a circle's behalf: community animators, admins, circle managers. */
function isEditor(member: Member, view: Pick<CircleView, 'canManage'>): boolean {
  return hasRole(member, 'animator') || view.canManage;
}

/** Posts (DESIGN.md keys 4 to 6): writing, reading with visibility, editing, publishing, reactions. */
export class PostService {
  constructor(
    private readonly deps: {
      posts: PostRepository;
      engagement: EngagementRepository;
      circles: CircleRepository;
      members: MemberRepository;
      charters: CharterRepository;
      charter: CharterService;
      audit: AuditLog;
      rateLimiter: RateLimiter;
      linkPreviewer: LinkPreviewer;
      clock: Clock;
      /** Points and badges follow what members do. */
      activity?: ActivityRecorder;
    },
  ) {}

  private get activity(): ActivityRecorder {
    return this.deps.activity ?? noActivity;
  }

  /** Publishes, drafts or schedules a post. */
  async create({ actor, draft }: { actor: Actor; draft: PostDraft }): Promise<PostView> {
    const member = await this.requireMember(actor);
    const view = await this.circleView(actor, draft.circleId, member);
    if (!view.canPost) {
      throw view.circle.archivedAt
        ? new AppError('CIRCLE.ARCHIVED', 409, 'This circle is archived.')
        : notAllowed({ en: 'Join this circle to post in it.', fr: 'Rejoignez ce cercle pour y publier.' });
    }
    const editor = isEditor(member, view);
    if (draft.type === 'announcement' && !editor)
      notAllowedThrow({
        en: 'Only animators publish announcements.',
        fr: 'Seuls les animateurs publient des annonces.',
      });
    if (draft.publish === 'schedule' && !editor)
      notAllowedThrow({
        en: 'Only animators schedule posts.',
        fr: 'Seuls les animateurs programment des publications.',
      });
    if (draft.audience && !editor)
      notAllowedThrow({
        en: 'Only animators target publications at segments.',
        fr: 'Seuls les animateurs ciblent des publications vers des segments.',
      });

    const now = this.deps.clock.now();
    let scheduledFor: string | undefined;
    if (draft.publish === 'schedule') scheduledFor = this.checkSchedule(draft.scheduledFor, now);
    if (draft.publish === 'now') await this.beforePublishing(member, 'post');

    const media = await this.mediaOf(draft.type, draft.url);
    const mentions = await this.validMentions(actor.tenantId, draft.body);
    const tags = cleanTags(draft.tags);
    const settings = await this.deps.charters.settings(actor.tenantId);
    const held =
      draft.publish === 'now'
        ? findWatchedWord(`${draft.title} ${draft.body}`, settings?.watchedWords ?? [])
        : undefined;
    const status =
      draft.publish === 'draft'
        ? 'draft'
        : draft.publish === 'schedule'
          ? 'scheduled'
          : held
            ? 'held'
            : 'published';
    const post: Post = {
      id: newId(),
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'post',
      type: draft.type,
      circleId: view.circle.id,
      circleVisibility: view.circle.visibility,
      authorId: actor.memberId,
      anonymous: draft.type === 'question' && draft.anonymous,
      title: draft.title.trim(),
      body: draft.body,
      ...(draft.url ? { url: draft.url } : {}),
      ...media,
      language: draft.language ?? view.circle.language ?? member.language ?? 'en',
      tags,
      mentions,
      ...(draft.audience ? { audience: draft.audience } : {}),
      status,
      ...(status === 'draft' ? { ready: draft.ready ?? false } : {}),
      ...(held ? { heldReason: held } : {}),
      ...(scheduledFor ? { scheduledFor } : {}),
      publishedAt: scheduledFor ?? now.toISOString(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      counts: emptyCounts(),
      engagement: 0,
      ...(draft.type === 'idea' ? { ideaStatus: 'new' } : {}),
      searchText: postSearchText({ title: draft.title, body: draft.body, tags }),
    };
    const created = await this.deps.posts.create(post);
    if (created.status === 'published') await this.published(created);
    return this.viewOf(actor, created, { member, circleView: view });
  }

  /**
   * A kudos post in a circle (the community's, usually): thanks from the actor to a member, for a
   * company value. It shows in feeds like any post; giving it earns the giver nothing (the
   * receiver's points are the kudos service's business).
   */
  async publishKudos({
    actor,
    circleId,
    toId,
    message,
    value,
  }: {
    actor: Actor;
    circleId: string;
    toId: string;
    message: string;
    value: string;
  }): Promise<PostView> {
    const member = await this.requireMember(actor);
    const view = await this.circleView(actor, circleId, member);
    await this.deps.charter.requireAcknowledged(member);
    const now = this.deps.clock.now().toISOString();
    const firstLine = message.split('\n')[0]!.trim();
    const post: Post = {
      id: newId(),
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'post',
      type: 'kudos',
      circleId: view.circle.id,
      circleVisibility: view.circle.visibility,
      authorId: actor.memberId,
      anonymous: false,
      title: firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine,
      body: message,
      language: member.language ?? 'en',
      tags: ['kudos'],
      mentions: [toId],
      kudos: { toId, value },
      status: 'published',
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
      counts: emptyCounts(),
      engagement: 0,
      searchText: postSearchText({ title: firstLine, body: message, tags: ['kudos'] }),
    };
    const created = await this.deps.posts.create(post);
    return this.viewOf(actor, created, { member, circleView: view });
  }

  /** A post as the actor may see it; POST.NOT_FOUND when they may not (private circle, someone's draft...). */
  async get({ actor, postId }: { actor: Actor; postId: string }): Promise<PostView> {
    const member = await this.requireMember(actor);
    const post = await this.deps.posts.get(actor.tenantId, postId);
    if (!post) throw postNotFound();
    const view = await this.circleViewOrNotFound(actor, post.circleId, member);
    if (!canSeePost(post, member, view)) throw postNotFound();
    return this.viewOf(actor, post, { member, circleView: view });
  }

  /** Edits a post (its author; drafts and scheduled posts also their circle's editors). */
  async update({ actor, postId, edit }: { actor: Actor; postId: string; edit: PostEdit }): Promise<PostView> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { post, circle } = await this.get({ actor, postId });
      const member = await this.requireMember(actor);
      const view = await this.circleView(actor, circle.id, member);
      if (!this.mayEdit(post, member, view))
        throw notAllowed({
          en: 'Only the author can edit this post.',
          fr: 'Seul l’auteur peut modifier cette publication.',
        });
      const now = this.deps.clock.now();
      const next: Stored<Post> = { ...post, updatedAt: now.toISOString() };
      if (edit.title !== undefined) next.title = edit.title.trim();
      if (edit.body !== undefined) {
        next.body = edit.body;
        next.mentions = await this.validMentions(actor.tenantId, edit.body);
      }
      if (edit.url !== undefined && edit.url !== post.url) {
        delete next.url;
        delete next.preview;
        delete next.video;
        if (edit.url) Object.assign(next, { url: edit.url }, await this.mediaOf(post.type, edit.url));
        else if (post.type === 'link' || post.type === 'video') {
          throw new AppError('REQUEST.INVALID', 400, 'This kind of post needs its URL.', {
            details: { fields: ['url'] },
          });
        }
      }
      if (edit.tags !== undefined) next.tags = cleanTags(edit.tags);
      if (edit.language !== undefined) next.language = edit.language;
      if (edit.audience !== undefined) {
        if (!isEditor(member, view))
          notAllowedThrow({
            en: 'Only animators target publications at segments.',
            fr: 'Seuls les animateurs ciblent des publications vers des segments.',
          });
        if (edit.audience) next.audience = edit.audience;
        else delete next.audience;
      }
      if (edit.ready !== undefined && post.status === 'draft') next.ready = edit.ready;
      if (edit.scheduledFor !== undefined) {
        if (post.status !== 'draft' && post.status !== 'scheduled') {
          throw new AppError(
            'POST.BAD_SCHEDULE',
            409,
            'Only drafts and scheduled posts can be (re)scheduled.',
          );
        }
        if (edit.scheduledFor === null) {
          next.status = 'draft';
          next.ready = true;
          delete next.scheduledFor;
        } else {
          if (!isEditor(member, view))
            notAllowedThrow({
              en: 'Only animators schedule posts.',
              fr: 'Seuls les animateurs programment des publications.',
            });
          next.status = 'scheduled';
          next.scheduledFor = this.checkSchedule(edit.scheduledFor, now);
          next.publishedAt = next.scheduledFor;
          delete next.ready;
        }
      }
      if (post.status === 'published' || post.status === 'held') {
        next.editedAt = now.toISOString();
        const settings = await this.deps.charters.settings(actor.tenantId);
        const held = findWatchedWord(`${next.title} ${next.body}`, settings?.watchedWords ?? []);
        if (held && post.status === 'published') {
          next.status = 'held';
          next.heldReason = held;
        }
      }
      next.searchText = postSearchText(next);
      try {
        const saved = await this.deps.posts.replace(next);
        return this.viewOf(actor, saved, { member, circleView: view });
      } catch (error) {
        if (error instanceof ConcurrencyError) continue; // a reaction counted meanwhile: apply the edit again
        throw error;
      }
    }
    throw new AppError('POST.BUSY', 409, 'The post changed while saving. Try again.');
  }

  /** Deletes a post (its author). Its comments go with it. */
  async delete({ actor, postId }: { actor: Actor; postId: string }): Promise<void> {
    const { post, isMine } = await this.get({ actor, postId });
    if (!isMine)
      throw notAllowed({
        en: 'Only the author can delete this post.',
        fr: 'Seul l’auteur peut supprimer cette publication.',
      });
    await this.deps.posts.patch(actor.tenantId, post.id, [
      { op: 'set', path: 'status', value: 'deleted' },
      { op: 'set', path: 'updatedAt', value: this.deps.clock.now().toISOString() },
    ]);
    // Points for a post go with it (posting then deleting earns nothing).
    await this.activity.record(withdrawal(post));
  }

  /** Publishes a draft or a scheduled post now. */
  async publishNow({ actor, postId }: { actor: Actor; postId: string }): Promise<PostView> {
    const { post, circle } = await this.get({ actor, postId });
    const member = await this.requireMember(actor);
    const view = await this.circleView(actor, circle.id, member);
    if (post.status !== 'draft' && post.status !== 'scheduled') return this.get({ actor, postId });
    if (!this.mayEdit(post, member, view))
      notAllowedThrow({
        en: 'Only the author or an animator can publish this.',
        fr: 'Seuls l’auteur ou un animateur peuvent publier ceci.',
      });
    const author =
      post.authorId === member.id ? member : await this.deps.members.get(actor.tenantId, post.authorId);
    if (author) await this.beforePublishing(author, 'post');
    const published = await this.transitionToPublished(post, this.deps.clock.now().toISOString());
    await this.published(published);
    return this.get({ actor, postId });
  }

  /**
   * Publishes a scheduled post exactly once: the transition is a conditional write on the etag,
   * so two schedulers (or a retry after a crash) can race and only one wins. Returns whether this
   * caller published it.
   */
  async publishScheduled(post: Stored<Post>): Promise<boolean> {
    if (post.status !== 'scheduled') return false;
    try {
      const published = await this.transitionToPublished(
        post,
        post.scheduledFor ?? this.deps.clock.now().toISOString(),
      );
      await this.published(published);
      return true;
    } catch (error) {
      if (error instanceof ConcurrencyError) return false;
      throw error;
    }
  }

  /** Sets (or removes, with null) the actor's reaction. Reacting to your own post does not count. */
  async react({
    actor,
    postId,
    reaction,
  }: {
    actor: Actor;
    postId: string;
    reaction: Reaction | null;
  }): Promise<PostView> {
    const { post } = await this.readable(actor, postId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = await this.deps.engagement.reaction(actor.tenantId, post.id, actor.memberId);
      if ((existing?.reaction ?? null) === reaction) break;
      try {
        if (!existing && reaction) {
          await this.deps.engagement.createReaction({
            id: actor.memberId,
            pk: `${actor.tenantId}|${post.id}`,
            tenantId: actor.tenantId,
            kind: 'reaction',
            postId: post.id,
            memberId: actor.memberId,
            reaction,
            at: this.deps.clock.now().toISOString(),
          });
        } else if (existing && reaction) {
          await this.deps.engagement.replaceReaction({ ...existing, reaction });
        } else if (existing) {
          await this.deps.engagement.deleteReaction(existing);
        }
      } catch (error) {
        if (isRace(error)) continue; // a double click: read again and converge
        throw error;
      }
      const ops = [];
      if (existing)
        ops.push({ op: 'incr' as const, path: `counts.reactions.${existing.reaction}`, value: -1 });
      if (reaction) ops.push({ op: 'incr' as const, path: `counts.reactions.${reaction}`, value: 1 });
      // Engagement rewards what others think of a post: your own reaction is not a signal.
      if (post.authorId !== actor.memberId) {
        const delta = (reaction ? 1 : 0) - (existing ? 1 : 0);
        if (delta !== 0) ops.push({ op: 'incr' as const, path: 'engagement', value: delta });
      }
      if (ops.length > 0) await this.deps.posts.patch(actor.tenantId, post.id, ops);
      if (!existing && reaction && post.authorId !== actor.memberId) {
        await this.activity.record({
          type: 'reaction.received',
          tenantId: actor.tenantId,
          memberId: post.authorId,
          actorId: actor.memberId,
          postId: post.id,
          circleId: post.circleId,
        });
      }
      break;
    }
    return this.get({ actor, postId });
  }

  /** Votes for an idea, or takes the vote back. Idempotent. */
  async vote({ actor, postId, up }: { actor: Actor; postId: string; up: boolean }): Promise<PostView> {
    const { post } = await this.readable(actor, postId);
    if (post.type !== 'idea') throw new AppError('POST.NOT_AN_IDEA', 409, 'Only ideas take votes.');
    const existing = await this.deps.engagement.vote(actor.tenantId, post.id, actor.memberId);
    let delta = 0;
    if (up && !existing) {
      try {
        await this.deps.engagement.createVote({
          id: `vote|${actor.memberId}`,
          pk: `${actor.tenantId}|${post.id}`,
          tenantId: actor.tenantId,
          kind: 'vote',
          postId: post.id,
          memberId: actor.memberId,
          at: this.deps.clock.now().toISOString(),
        });
        delta = 1;
      } catch (error) {
        if (!isRace(error)) throw error; // the same vote arrived twice: it counted once
      }
    } else if (!up && existing) {
      if (await this.deps.engagement.deleteVote(actor.tenantId, post.id, actor.memberId)) delta = -1;
    }
    if (delta !== 0) {
      const ops = [{ op: 'incr' as const, path: 'counts.votes', value: delta }];
      if (post.authorId !== actor.memberId)
        ops.push({ op: 'incr' as const, path: 'engagement', value: delta });
      await this.deps.posts.patch(actor.tenantId, post.id, ops);
    }
    return this.get({ actor, postId });
  }

  /** Saves a post for later, or forgets it. */
  async bookmark({
    actor,
    postId,
    bookmarked,
  }: {
    actor: Actor;
    postId: string;
    bookmarked: boolean;
  }): Promise<PostView> {
    const { post } = await this.readable(actor, postId);
    if (bookmarked) {
      await this.deps.engagement.upsertBookmark({
        id: post.id,
        pk: `${actor.tenantId}|${actor.memberId}`,
        tenantId: actor.tenantId,
        kind: 'bookmark',
        postId: post.id,
        memberId: actor.memberId,
        createdAt: this.deps.clock.now().toISOString(),
      });
    } else {
      await this.deps.engagement.deleteBookmark(actor.tenantId, actor.memberId, post.id);
    }
    return this.get({ actor, postId });
  }

  /** The actor's saved posts that they may still see, newest saved first. */
  async bookmarks({ actor, continuation }: { actor: Actor; continuation?: string | undefined }) {
    const page = await this.deps.engagement.bookmarksOf(actor.tenantId, actor.memberId, {
      limit: 20,
      ...(continuation ? { continuation } : {}),
    });
    const views: PostView[] = [];
    for (const bookmark of page.items) {
      try {
        views.push(await this.get({ actor, postId: bookmark.postId }));
      } catch (error) {
        // Deleted, hidden or no longer visible (they left a private circle): not shown.
        if (!(error instanceof AppError && error.code === 'POST.NOT_FOUND')) throw error;
      }
    }
    return { items: views, ...(page.continuation ? { continuation: page.continuation } : {}) };
  }

  /** Moves an idea along (community animators and circle managers). */
  async setIdeaStatus({
    actor,
    postId,
    status,
  }: {
    actor: Actor;
    postId: string;
    status: IdeaStatus;
  }): Promise<PostView> {
    const view = await this.get({ actor, postId });
    if (view.post.type !== 'idea') throw new AppError('POST.NOT_AN_IDEA', 409, 'Only ideas have a status.');
    if (!view.canModerate)
      notAllowedThrow({
        en: 'Only animators change the status of an idea.',
        fr: 'Seuls les animateurs changent le statut d’une idée.',
      });
    await this.deps.posts.patch(actor.tenantId, postId, [{ op: 'set', path: 'ideaStatus', value: status }]);
    return this.get({ actor, postId });
  }

  /** Marks (or clears, with null) the answer that solved a question: its author or a moderator. */
  async acceptAnswer({
    actor,
    postId,
    commentId,
  }: {
    actor: Actor;
    postId: string;
    commentId: string | null;
  }) {
    const view = await this.get({ actor, postId });
    const { post } = view;
    if (post.type !== 'question')
      throw new AppError('POST.NOT_A_QUESTION', 409, 'Only questions have an accepted answer.');
    if (!view.isMine && !view.canModerate)
      notAllowedThrow({
        en: 'Only the person who asked can accept an answer.',
        fr: 'Seule la personne qui a posé la question peut accepter une réponse.',
      });
    const previous = post.acceptedAnswerId;
    if (commentId !== null) {
      const comment = await this.deps.posts.comment(actor.tenantId, postId, commentId);
      if (!comment || comment.status !== 'published') {
        throw new AppError('COMMENT.NOT_FOUND', 404, 'This comment does not exist.');
      }
    }
    if ((previous ?? null) === commentId) return view;
    for (const [id, accepted] of [
      [previous, false],
      [commentId, true],
    ] as const) {
      if (!id) continue;
      const comment = await this.deps.posts.comment(actor.tenantId, postId, id);
      if (comment) await this.deps.posts.replaceComment({ ...comment, accepted });
    }
    const ops: PatchOp[] = [
      commentId === null
        ? { op: 'remove', path: 'acceptedAnswerId' }
        : { op: 'set', path: 'acceptedAnswerId', value: commentId },
    ];
    // An accepted answer is the strongest quality signal the feed knows.
    if (!previous && commentId)
      ops.push({ op: 'incr', path: 'engagement', value: ENGAGEMENT_WEIGHTS.acceptedAnswer });
    if (previous && !commentId)
      ops.push({ op: 'incr', path: 'engagement', value: -ENGAGEMENT_WEIGHTS.acceptedAnswer });
    await this.deps.posts.patch(actor.tenantId, postId, ops);
    if (commentId !== null) {
      const answer = await this.deps.posts.comment(actor.tenantId, postId, commentId);
      // Accepting your own answer to your own question earns nothing.
      if (answer && answer.authorId !== post.authorId) {
        await this.activity.record({
          type: 'answer.accepted',
          tenantId: actor.tenantId,
          memberId: answer.authorId,
          actorId: actor.memberId,
          postId,
          commentId,
          circleId: post.circleId,
        });
      }
    }
    return this.get({ actor, postId });
  }

  /** Who asked a pseudonymous question: moderators only, with a reason, always recorded. */
  async revealAuthor({
    actor,
    postId,
    reason,
  }: {
    actor: Actor;
    postId: string;
    reason: string;
  }): Promise<Stored<Member>> {
    const view = await this.get({ actor, postId });
    const member = await this.requireMember(actor);
    if (!hasRole(member, 'animator')) {
      throw new AppError(
        'MODERATION.FORBIDDEN',
        403,
        'Only community animators and administrators can do this.',
      );
    }
    if (!view.post.anonymous) throw new AppError('POST.NOT_ANONYMOUS', 409, 'This post is not anonymous.');
    await this.deps.audit.record({
      id: newId(),
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'audit',
      actorId: actor.memberId,
      action: 'reveal-author',
      targetType: 'post',
      targetId: postId,
      note: reason,
      at: this.deps.clock.now().toISOString(),
    });
    const author = await this.deps.members.get(actor.tenantId, view.post.authorId);
    if (!author) throw memberNotFound();
    return author;
  }

  /** Views of several posts for one viewer, loading members, reactions and bookmarks together. */
  async viewsOf(actor: Actor, posts: Stored<Post>[], viewer?: Stored<Member>): Promise<PostView[]> {
    if (posts.length === 0) return [];
    const member = viewer ?? (await this.requireMember(actor));
    const circleIds = [...new Set(posts.map((p) => p.circleId))];
    const [circles, memberships] = await Promise.all([
      this.deps.circles.getMany(actor.tenantId, circleIds),
      this.deps.circles.membershipsIn(actor.tenantId, circleIds, actor.memberId),
    ]);
    const views = new Map<string, CircleView>();
    circleIds.forEach((circleId, n) => {
      const circle = circles[n];
      if (circle) views.set(circleId, CircleAccess.decide(circle, memberships[n], hasRole(member, 'admin')));
    });
    const visible = posts.filter((post) => {
      const view = views.get(post.circleId);
      return view !== undefined && canSeePost(post, member, view);
    });
    // Everything the views need, read together: people, my reactions, votes and bookmarks.
    const ids = visible.map((p) => p.id);
    const [people, reactions, votes, bookmarks] = await Promise.all([
      this.deps.members.many(
        actor.tenantId,
        visible.flatMap((p) => [
          ...(p.anonymous && p.authorId !== actor.memberId ? [] : [p.authorId]),
          ...p.mentions,
          ...(p.kudos ? [p.kudos.toId] : []),
        ]),
      ),
      this.deps.engagement.reactionsOf(actor.tenantId, ids, actor.memberId),
      this.deps.engagement.votesOf(
        actor.tenantId,
        visible.filter((p) => p.type === 'idea').map((p) => p.id),
        actor.memberId,
      ),
      this.deps.engagement.bookmarksAmong(actor.tenantId, actor.memberId, ids),
    ]);
    return visible.map((post) =>
      this.assemble(actor, post, {
        member,
        circleView: views.get(post.circleId)!,
        people,
        reactions,
        votes,
        bookmarks,
      }),
    );
  }

  private async viewOf(
    actor: Actor,
    post: Stored<Post>,
    context: { member: Stored<Member>; circleView: CircleView },
  ): Promise<PostView> {
    const isMine = post.authorId === actor.memberId;
    const [people, reactions, votes, bookmarks] = await Promise.all([
      this.deps.members.many(actor.tenantId, [
        ...(post.anonymous && !isMine ? [] : [post.authorId]),
        ...post.mentions,
        // A kudos names who it thanks.
        ...(post.kudos ? [post.kudos.toId] : []),
      ]),
      this.deps.engagement.reactionsOf(actor.tenantId, [post.id], actor.memberId),
      post.type === 'idea'
        ? this.deps.engagement.votesOf(actor.tenantId, [post.id], actor.memberId)
        : new Set<string>(),
      this.deps.engagement.bookmarksAmong(actor.tenantId, actor.memberId, [post.id]),
    ]);
    return this.assemble(actor, post, { ...context, people, reactions, votes, bookmarks });
  }

  private assemble(
    actor: Actor,
    post: Stored<Post>,
    context: {
      member: Stored<Member>;
      circleView: CircleView;
      people: Map<string, Stored<Member>>;
      reactions: Map<string, Reaction>;
      votes: Set<string>;
      bookmarks: Set<string>;
    },
  ): PostView {
    const { member, circleView, people } = context;
    const isMine = post.authorId === actor.memberId;
    return {
      post,
      circle: circleView.circle,
      author: post.anonymous && !isMine ? undefined : people.get(post.authorId),
      mentions: post.mentions.map((id) => people.get(id)).filter((m): m is Stored<Member> => m !== undefined),
      kudosTo: post.kudos ? people.get(post.kudos.toId) : undefined,
      isMine,
      myReaction: context.reactions.get(post.id),
      myVote: context.votes.has(post.id),
      bookmarked: context.bookmarks.has(post.id),
      canEdit: this.mayEdit(post, member, circleView),
      canModerate: isModerator(member, circleView),
    };
  }

  /** A published post the actor may read (for reacting, voting, bookmarking). */
  private async readable(actor: Actor, postId: string): Promise<PostView> {
    const view = await this.get({ actor, postId });
    if (view.post.status !== 'published')
      throw notAllowed({ en: 'This post is not published.', fr: 'Cette publication n’est pas publiée.' });
    return view;
  }

  private mayEdit(post: Post, member: Member, view: CircleView): boolean {
    if (post.status === 'deleted' || post.status === 'hidden') return false;
    if (post.authorId === member.id) return true;
    return (post.status === 'draft' || post.status === 'scheduled') && isEditor(member, view);
  }

  /** Reports a post that went live (points for its author). */
  async published(post: Post): Promise<void> {
    await this.activity.record({
      type: 'post.published',
      tenantId: post.tenantId,
      memberId: post.authorId,
      postId: post.id,
      circleId: post.circleId,
    });
  }

  private async transitionToPublished(post: Stored<Post>, publishedAt: string): Promise<Stored<Post>> {
    const { scheduledFor: _s, ready: _r, ...rest } = post;
    return this.deps.posts.replace({
      ...rest,
      status: 'published',
      publishedAt,
      updatedAt: this.deps.clock.now().toISOString(),
    });
  }

  /** Charter accepted and under the publishing limit. */
  private async beforePublishing(member: Stored<Member>, kind: 'post'): Promise<void> {
    await this.deps.charter.requireAcknowledged(member);
    const settings = await this.deps.charters.settings(member.tenantId);
    await this.deps.rateLimiter.hit({
      tenantId: member.tenantId,
      memberId: member.id,
      action: kind,
      limit: settings?.rateLimits.postsPerHour ?? 10,
      windowMs: HOUR,
      code: 'POST.RATE_LIMITED',
    });
  }

  private checkSchedule(at: string | undefined, now: Date): string {
    const time = at ? Date.parse(at) : NaN;
    if (Number.isNaN(time) || time < now.getTime() + 60_000 || time > now.getTime() + 366 * 24 * HOUR) {
      throw new AppError(
        'POST.BAD_SCHEDULE',
        400,
        'Schedule it at least a minute from now and within a year.',
      );
    }
    return new Date(time).toISOString();
  }

  private async mediaOf(type: PostType, url: string | undefined) {
    if (!url) return {};
    if (type === 'video') {
      const video = videoEmbedOf(url);
      if (!video) {
        throw new AppError(
          'POST.UNSUPPORTED_VIDEO',
          400,
          'Share a YouTube, Vimeo or Microsoft Stream link for a video, or post it as a link.',
        );
      }
      return { video };
    }
    const video = videoEmbedOf(url);
    if (video) return { video };
    const preview = await this.deps.linkPreviewer.preview(url);
    return preview ? { preview } : {};
  }

  private async validMentions(tenantId: string, body: string): Promise<string[]> {
    const ids = mentionedIds(body).slice(0, 50);
    const found = await this.deps.members.many(tenantId, ids);
    return ids.filter((id) => found.has(id));
  }

  private async circleView(actor: Actor, circleId: string, member: Member): Promise<CircleView> {
    const access = new CircleAccess({ circles: this.deps.circles });
    return access.view(actor, circleId, hasRole(member, 'admin'));
  }

  private async circleViewOrNotFound(actor: Actor, circleId: string, member: Member): Promise<CircleView> {
    try {
      return await this.circleView(actor, circleId, member);
    } catch (error) {
      if (error instanceof AppError && error.code === 'CIRCLE.NOT_FOUND') throw postNotFound();
      throw error;
    }
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return member;
  }
}

/** Community animators and admins moderate what they can see; circle managers moderate their circle. */
export function isModerator(member: Member, view: Pick<CircleView, 'canManage' | 'canSee'>): boolean {
  return view.canSee && (hasRole(member, 'animator') || view.canManage);
}

/** Whether a member may see a post in a circle they have this view of. */
export function canSeePost(post: Post, member: Member, view: CircleView): boolean {
  if (!view.canSee) return false;
  const mine = post.authorId === member.id;
  switch (post.status) {
    case 'published':
      return view.canRead;
    case 'held':
    case 'hidden':
      return mine || isModerator(member, view);
    case 'draft':
      return mine || (post.ready === true && isEditor(member, view) && view.canRead);
    case 'scheduled':
      return mine || (isEditor(member, view) && view.canRead);
    case 'deleted':
      return false;
  }
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter(Boolean))].slice(0, 10);
}

function isRace(error: unknown): boolean {
  return error instanceof ConcurrencyError || error instanceof ConflictError;
}

function notAllowedThrow(message: BilingualMessage): never {
  throw notAllowed(message);
}

/** What withdrawing a post takes back: its author's points, or for kudos the receiver's. */
export function withdrawal(post: Post): ActivityEvent {
  return post.kudos
    ? { type: 'kudos.withdrawn', tenantId: post.tenantId, memberId: post.kudos.toId, postId: post.id }
    : { type: 'post.withdrawn', tenantId: post.tenantId, memberId: post.authorId, postId: post.id };
}
