import { randomBytes } from 'node:crypto';
import { CircleAccess } from '../circles/circle-access';
import type { CircleRepository } from '../circles/circle-repository';
import type { CircleService, DirectoryEntry } from '../circles/circle-service';
import type { Post } from '../content/post';
import type { FeedIndex, PostMeta } from './feed-index';
import type { PostRepository } from '../content/post-repository';
import type { PostService, PostView } from '../content/post-service';
import type { Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { Containers } from '../shared/containers';
import {
  InvalidContinuationError,
  pkOf,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
  type Filter,
  type Stored,
} from '../shared/document-store';
import { normalizeText, searchTerms } from '../shared/text';

/** Why a post is in someone's home feed. */
export type FeedReason = 'circle' | 'tag' | 'segment' | 'evergreen';

/** One entry of the home feed. */
export interface FeedEntry {
  view: PostView;
  isNew: boolean;
  reason: FeedReason;
}

/**
 * A ranked feed, frozen when the first page is asked for: later pages read from it, so new posts,
 * reactions and comments never make a page repeat or skip an item. New posts show on the next
 * refresh. After the ranked head, the feed goes on chronologically below its oldest post.
 */
interface FeedSession extends BaseDoc {
  kind: 'feed-session';
  ids: string[];
  reasons: Record<string, FeedReason>;
  /** What counts as new: published after the member's previous visit. */
  newSince: string;
  /** The chronological tail starts below this publication time. */
  tailBefore: string;
  createdAt: string;
}

/** Posts the member was shown (recent ones), so evergreen resurfacing offers only what they never saw. */
interface SeenDoc extends BaseDoc {
  kind: 'seen';
  ids: string[];
}

const PAGE = 20;
const HEAD = 150;
const SEEN_CAP = 3000;
const DAY = 86_400_000;

/** The home feed, circle feeds and search (DESIGN.md keys 6 and 7). */
export class FeedService {
  private readonly sessions: DocumentContainer<FeedSession | SeenDoc>;
  private readonly access: CircleAccess;

  constructor(
    private readonly deps: {
      store: DocumentStore;
      posts: PostRepository;
      postService: PostService;
      circles: CircleRepository;
      circleService: CircleService;
      members: MemberRepository;
      index: FeedIndex;
      clock: Clock;
    },
  ) {
    this.sessions = deps.store.container<FeedSession | SeenDoc>(Containers.feedSessions);
    this.access = new CircleAccess({ circles: deps.circles });
  }

  /**
   * One page of the member's home feed: posts of their circles, of tags they follow in circles
   * they may read, publications targeted at their segments, and now and then a well-loved older
   * post they never saw — ranked by recency and engagement from others.
   */
  async home({ actor, continuation }: { actor: Actor; continuation?: string | undefined }) {
    const member = await this.requireMember(actor);
    const cursor = continuation ? parseCursor(continuation) : undefined;
    const session = cursor
      ? await this.loadSession(actor, cursor.sessionId)
      : await this.newSession(actor, member);

    let items: FeedEntry[];
    let next: string | undefined;
    const offset = cursor?.offset ?? 0;
    if (cursor?.tail === undefined && offset < session.ids.length) {
      const ids = session.ids.slice(offset, offset + PAGE);
      const posts = await this.deps.posts.getMany(actor.tenantId, ids);
      items = await this.entries(actor, member, session, posts.filter(isPublished));
      next = encodeCursor(
        session.id,
        offset + PAGE < session.ids.length ? { offset: offset + PAGE } : { tail: '' },
      );
    } else {
      const memberOf = await this.memberCircleIds(actor);
      const known = new Set(session.ids);
      const page = await this.deps.posts.page(
        actor.tenantId,
        [
          { path: 'status', op: 'eq', value: 'published' },
          { path: 'circleId', op: 'in', values: [...memberOf] },
          { path: 'publishedAt', op: 'lt', value: session.tailBefore },
        ],
        { limit: PAGE, continuation: cursor?.tail || undefined },
      );
      items = await this.entries(
        actor,
        member,
        session,
        page.items.filter((p) => !known.has(p.id)),
      );
      if (page.continuation) next = encodeCursor(session.id, { tail: page.continuation });
    }
    // Posts of their own circles they saw as they came; what else they were shown is remembered,
    // so evergreen resurfacing never offers it again.
    await this.remember(
      actor,
      items.filter((i) => i.reason !== 'circle').map((i) => i.view.post.id),
    );
    return {
      items,
      ...(next ? { continuation: next } : {}),
      newCount: items.filter((i) => i.isNew).length,
    };
  }

  /**
   * What is new in the member's circles lately, newest first, for the bot's "feed" answer. It reads
   * only: the home feed's idea of "new since the last visit" is left as it was.
   */
  async recentInMyCircles({
    actor,
    days = 7,
    limit = 5,
  }: {
    actor: Actor;
    days?: number;
    limit?: number;
  }): Promise<FeedEntry[]> {
    const member = await this.requireMember(actor);
    const memberOf = await this.memberCircleIds(actor);
    const since = new Date(this.deps.clock.now().getTime() - days * DAY).toISOString();
    const page = await this.deps.posts.page(
      actor.tenantId,
      [
        { path: 'status', op: 'eq', value: 'published' },
        { path: 'circleId', op: 'in', values: [...memberOf] },
        { path: 'publishedAt', op: 'gte', value: since },
      ],
      { limit },
    );
    const newSince = member.lastFeedVisitAt ?? since;
    const views = await this.deps.postService.viewsOf(actor, page.items);
    return views.map((view) => ({
      view,
      isNew: view.post.publishedAt > newSince && !view.isMine,
      reason: 'circle' as const,
    }));
  }

  /** One page of a circle's posts, newest first (members only, except in open circles). */
  async circle({
    actor,
    circleId,
    continuation,
  }: {
    actor: Actor;
    circleId: string;
    continuation?: string | undefined;
  }) {
    const view = await this.access.view(actor, circleId);
    if (!view.canRead) {
      throw new AppError('CIRCLE.MEMBERS_ONLY', 403, 'Join this circle to read its posts.');
    }
    const page = await this.deps.posts.page(
      actor.tenantId,
      [
        { path: 'circleId', op: 'eq', value: circleId },
        { path: 'status', op: 'eq', value: 'published' },
      ],
      { limit: PAGE, continuation },
    );
    return {
      items: await this.deps.postService.viewsOf(actor, page.items),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  }

  /** The actor's own posts in a state (drafts, scheduled, held, published), latest change first. */
  async mine({
    actor,
    status,
    continuation,
  }: {
    actor: Actor;
    status: 'draft' | 'scheduled' | 'published' | 'held';
    continuation?: string | undefined;
  }) {
    const page = await this.deps.posts.page(
      actor.tenantId,
      [
        { path: 'authorId', op: 'eq', value: actor.memberId },
        { path: 'status', op: 'eq', value: status },
      ],
      { limit: PAGE, continuation, orderBy: 'updatedAt' },
    );
    return {
      items: await this.deps.postService.viewsOf(actor, page.items),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  }

  /**
   * Search across what the actor may see: published posts of open circles and of their own
   * circles, and the circles of the directory. Private circles never show, not even as a count.
   */
  async search({
    actor,
    query,
    continuation,
  }: {
    actor: Actor;
    query: string;
    continuation?: string | undefined;
  }) {
    const terms = searchTerms(query);
    if (terms.length === 0) return { posts: [], circles: [] as DirectoryEntry[] };
    const memberOf = await this.memberCircleIds(actor);
    const visible: Filter = {
      op: 'or',
      filters: [
        { path: 'circleVisibility', op: 'eq', value: 'open' },
        { path: 'circleId', op: 'in', values: [...memberOf] },
      ],
    };
    const page = await this.deps.posts.page(
      actor.tenantId,
      [
        { path: 'status', op: 'eq', value: 'published' },
        visible,
        ...terms.map((term) => ({ path: 'searchText', op: 'contains' as const, value: term })),
      ],
      { limit: PAGE, continuation },
    );
    const posts = await this.deps.postService.viewsOf(actor, page.items);
    const circles = continuation
      ? []
      : (await this.deps.circleService.directory({ actor, query })).slice(0, 10);
    return { posts, circles, ...(page.continuation ? { continuation: page.continuation } : {}) };
  }

  private async newSession(actor: Actor, member: Stored<Member>): Promise<Stored<FeedSession>> {
    const now = this.deps.clock.now();
    const [index, visibilities, memberships, seen] = await Promise.all([
      this.deps.index.of(actor.tenantId),
      this.deps.index.visibilities(actor.tenantId),
      this.deps.circles.membershipsOf(actor.tenantId, actor.memberId),
      this.seen(actor),
    ]);
    // Which circles' posts this member reads, decided from the live circles (not copies on posts).
    const joined = new Map(
      memberships.filter((m) => m.status === 'active').map((m) => [m.circleId, m.since]),
    );
    const readable = new Set(
      [...visibilities].filter(([id, v]) => v === 'open' || joined.has(id)).map(([id]) => id),
    );
    const canRead = (p: PostMeta) => readable.has(p.circleId);

    const reasons: Record<string, FeedReason> = {};
    const pool = new Map<string, PostMeta>();
    const add = (posts: PostMeta[], reason: FeedReason) => {
      for (const post of posts) {
        if (pool.has(post.id)) continue;
        pool.set(post.id, post);
        if (reason !== 'circle') reasons[post.id] = reason;
      }
    };
    const fromCircles = this.deps.index.latestIn(index, joined.keys(), HEAD);
    add(fromCircles, 'circle');
    add(this.deps.index.latestTagged(index, member.followedTags, 50, canRead), 'tag');
    add(index.targeted.filter((p) => canRead(p) && matchesAudience(p, member)).slice(0, 50), 'segment');
    const newSince = member.lastFeedVisitAt ?? new Date(now.getTime() - 3 * DAY).toISOString();
    const ranked = [...pool.values()]
      .map((post) => ({
        post,
        score: score(post, reasons[post.id] ?? 'circle', now) * (post.publishedAt > newSince ? 1.3 : 1),
      }))
      .sort((a, b) => b.score - a.score || b.post.publishedAt.localeCompare(a.post.publishedAt))
      .map((r) => r.post.id);
    // Resurface the archive: one well-loved older post the member never saw, every ten items. They
    // never saw it if it came from a circle they were not in at the time and was not shown to them since.
    const neverSeen = (p: PostMeta) => {
      const since = joined.get(p.circleId);
      return (
        canRead(p) && !pool.has(p.id) && !seen.has(p.id) && (since === undefined || p.publishedAt < since)
      );
    };
    const evergreen = this.deps.index
      .archive(index)
      .filter(neverSeen)
      .slice(0, Math.ceil(ranked.length / 10));
    for (const [n, post] of evergreen.entries()) {
      ranked.splice(Math.min(ranked.length, 4 + n * 10), 0, post.id);
      reasons[post.id] = 'evergreen';
    }
    const oldest = fromCircles[fromCircles.length - 1]?.publishedAt;
    const session: FeedSession = {
      id: randomBytes(12).toString('base64url'),
      pk: pkOf(actor.tenantId, actor.memberId),
      tenantId: actor.tenantId,
      kind: 'feed-session',
      ids: ranked,
      reasons,
      // A first visit shows the last three days as new.
      newSince,
      // Fewer posts than the head holds means the tail is empty: nothing older to page to.
      tailBefore: fromCircles.length < HEAD || !oldest ? '0000' : oldest,
      createdAt: now.toISOString(),
    };
    const stored = await this.sessions.upsert(session);
    await this.deps.members.setFields(actor.tenantId, actor.memberId, { lastFeedVisitAt: now.toISOString() });
    return stored as Stored<FeedSession>;
  }

  private async loadSession(actor: Actor, sessionId: string): Promise<Stored<FeedSession>> {
    const session = await this.sessions.read({
      tenantId: actor.tenantId,
      pk: pkOf(actor.tenantId, actor.memberId),
      id: sessionId,
    });
    if (session?.kind !== 'feed-session') throw new InvalidContinuationError('The feed expired; reload it.');
    return session;
  }

  private async entries(
    actor: Actor,
    member: Stored<Member>,
    session: FeedSession,
    posts: Stored<Post>[],
  ): Promise<FeedEntry[]> {
    const views = await this.deps.postService.viewsOf(actor, posts, member);
    return views
      .filter((view) => view.post.status === 'published')
      .map((view) => ({
        view,
        isNew: view.post.publishedAt > session.newSince && !view.isMine,
        reason: session.reasons[view.post.id] ?? 'circle',
      }));
  }

  private async seen(actor: Actor): Promise<Set<string>> {
    const doc = await this.sessions.read({
      tenantId: actor.tenantId,
      pk: pkOf(actor.tenantId, actor.memberId),
      id: 'seen',
    });
    return new Set(doc?.kind === 'seen' ? doc.ids : []);
  }

  /** Remembers what was shown (the newest few thousand), for evergreen resurfacing. */
  private async remember(actor: Actor, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const previous = await this.seen(actor);
    const merged = [...ids.filter((id) => !previous.has(id)), ...previous].slice(0, SEEN_CAP);
    if (merged.length === previous.size) return;
    await this.sessions.upsert({
      id: 'seen',
      pk: pkOf(actor.tenantId, actor.memberId),
      tenantId: actor.tenantId,
      kind: 'seen',
      ids: merged,
    });
  }

  private async memberCircleIds(actor: Actor): Promise<Set<string>> {
    const memberships = await this.deps.circles.membershipsOf(actor.tenantId, actor.memberId);
    return new Set(memberships.filter((m) => m.status === 'active').map((m) => m.circleId));
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return member;
  }
}

/**
 * Ranking: recent first, lifted by what others made of it, and by how close it is to the member
 * (what is new since the last visit gets a further lift where the session is built).
 */
export function score(
  post: Pick<Post, 'publishedAt' | 'engagement' | 'type'>,
  reason: FeedReason,
  now: Date,
): number {
  const ageHours = Math.max(0, (now.getTime() - Date.parse(post.publishedAt)) / 3_600_000);
  const recency = 1 / Math.pow(1 + ageHours / 24, 1.5);
  const quality = 1 + Math.log1p(Math.max(0, post.engagement)) * 0.6;
  const affinity = reason === 'circle' ? 1 : reason === 'segment' ? 0.9 : 0.8;
  const announcement = post.type === 'announcement' && ageHours < 72 ? 1.5 : 1;
  return recency * quality * affinity * announcement;
}

/** Whether a member belongs to the segments a post targets (empty lists match anyone). */
export function matchesAudience(post: Pick<Post, 'audience'>, member: Pick<Member, 'segments'>): boolean {
  const audience = post.audience;
  if (!audience) return false;
  const same = (list: string[], value: string | undefined) =>
    list.length === 0 || (value !== undefined && list.some((v) => normalizeText(v) === normalizeText(value)));
  const interests = member.segments.interests.map(normalizeText);
  return (
    same(audience.departments, member.segments.department) &&
    same(audience.locations, member.segments.location) &&
    same(audience.jobRoles, member.segments.jobRole) &&
    (audience.interests.length === 0 || audience.interests.some((i) => interests.includes(normalizeText(i))))
  );
}

function isPublished(post: Stored<Post> | undefined): post is Stored<Post> {
  return post?.status === 'published';
}

function encodeCursor(sessionId: string, at: { offset: number } | { tail: string }): string {
  return `fs1.${sessionId}.${'offset' in at ? `o${at.offset}` : `t${Buffer.from(at.tail).toString('base64url')}`}`;
}

function parseCursor(token: string): { sessionId: string; offset?: number; tail?: string } {
  const match = /^fs1\.([A-Za-z0-9_-]{8,32})\.(?:o(\d{1,5})|t([A-Za-z0-9_-]*))$/.exec(token);
  if (!match) throw new InvalidContinuationError();
  if (match[2] !== undefined) return { sessionId: match[1]!, offset: Number(match[2]) };
  return { sessionId: match[1]!, tail: Buffer.from(match[3] ?? '', 'base64url').toString('utf8') };
}
