import type { CircleVisibility } from '../circles/circle';
import type { CircleRepository } from '../circles/circle-repository';
import type { Audience, Post, PostType } from '../content/post';
import type { PostRepository } from '../content/post-repository';
import type { Clock } from '../shared/clock';
import type { Stored } from '../shared/document-store';

/** What ranking reads of a published post. */
export interface PostMeta {
  id: string;
  circleId: string;
  publishedAt: string;
  engagement: number;
  type: PostType;
  tags: readonly string[];
  audience: Audience | undefined;
}

interface TenantIndex {
  byId: Map<string, PostMeta>;
  /** Each circle's posts, newest first. */
  byCircle: Map<string, PostMeta[]>;
  /** Each tag's posts, newest first. */
  byTag: Map<string, PostMeta[]>;
  /** Posts targeted at segments, newest first (a few hundred at most). */
  targeted: PostMeta[];
  /** The archive's best: older posts by engagement, recomputed now and then. */
  archive: { at: number; posts: PostMeta[] };
  /** Changes made by other server instances are picked up from this `updatedAt` on. */
  watermark: string;
  refreshedAt: number;
}

const ARCHIVE_AGE_MS = 30 * 86_400_000;
const ARCHIVE_TTL_MS = 60_000;

/**
 * An in-memory read model of a tenant's published posts, holding only what ranking reads: the
 * home feed picks its candidates here (a merge of a few sorted lists) instead of running four
 * index queries for every member. It is built from the store on first use, follows this
 * instance's writes at once (PostRepository reports every post it writes), and picks up other
 * instances' writes by reading the posts changed since its watermark every `refreshMs`.
 * It answers "which posts could this member's feed hold"; what each member may see is still
 * decided on the full post, per request.
 */
export class FeedIndex {
  private readonly tenants = new Map<string, Promise<TenantIndex>>();
  private readonly visibilityCache = new Map<
    string,
    { at: number; value: Promise<Map<string, CircleVisibility>> }
  >();

  constructor(
    private readonly deps: {
      posts: PostRepository;
      circles: CircleRepository;
      clock: Clock;
      refreshMs: number;
    },
  ) {
    deps.posts.onChange((post) => this.apply(post));
    deps.circles.onChange((tenantId) => this.visibilityCache.delete(tenantId));
  }

  /**
   * Every circle's visibility, kept for `refreshMs` (this instance's circle changes clear it at
   * once; another instance's show within `refreshMs`). Readability is still decided per request.
   */
  visibilities(tenantId: string): Promise<Map<string, CircleVisibility>> {
    const now = this.deps.clock.now().getTime();
    const cached = this.visibilityCache.get(tenantId);
    if (cached && now - cached.at <= this.deps.refreshMs) return cached.value;
    const value = this.deps.circles.visibilities(tenantId);
    this.visibilityCache.set(tenantId, { at: now, value });
    value.catch(() => this.visibilityCache.delete(tenantId));
    return value;
  }

  /** The tenant's index, loaded on first use and refreshed from other instances' writes. */
  async of(tenantId: string): Promise<Readonly<TenantIndex>> {
    let loading = this.tenants.get(tenantId);
    if (!loading) {
      loading = this.load(tenantId);
      this.tenants.set(tenantId, loading);
      loading.catch(() => this.tenants.delete(tenantId)); // a failed load is retried next time
    }
    const index = await loading;
    if (this.deps.clock.now().getTime() - index.refreshedAt > this.deps.refreshMs)
      await this.refresh(tenantId, index);
    return index;
  }

  /** The newest `limit` posts of some circles, newest first. */
  latestIn(index: Readonly<TenantIndex>, circleIds: Iterable<string>, limit: number): PostMeta[] {
    const lists = [...circleIds].map((id) => index.byCircle.get(id)).filter((l): l is PostMeta[] => !!l);
    return mergeNewest(lists, limit, () => true);
  }

  /** The newest `limit` posts carrying one of `tags` that pass `keep`. */
  latestTagged(
    index: Readonly<TenantIndex>,
    tags: readonly string[],
    limit: number,
    keep: (p: PostMeta) => boolean,
  ) {
    const lists = tags.map((tag) => index.byTag.get(tag)).filter((l): l is PostMeta[] => !!l);
    return mergeNewest(lists, limit, keep);
  }

  /** The best older posts (over 30 days), by engagement from others. */
  archive(index: TenantIndex): PostMeta[] {
    const now = this.deps.clock.now().getTime();
    if (now - index.archive.at > ARCHIVE_TTL_MS) {
      const cutoff = new Date(now - ARCHIVE_AGE_MS).toISOString();
      const posts = [...index.byId.values()]
        .filter((p) => p.publishedAt < cutoff && p.engagement >= 3)
        .sort((a, b) => b.engagement - a.engagement)
        .slice(0, 200);
      index.archive = { at: now, posts };
    }
    return index.archive.posts;
  }

  private async load(tenantId: string): Promise<TenantIndex> {
    const index: TenantIndex = {
      byId: new Map(),
      byCircle: new Map(),
      byTag: new Map(),
      targeted: [],
      archive: { at: 0, posts: [] },
      watermark: '',
      refreshedAt: this.deps.clock.now().getTime(),
    };
    const loaded: PostMeta[] = [];
    let watermark = '';
    let continuation: string | undefined;
    do {
      const page = await this.deps.posts.rankingFields(tenantId, { limit: 1000, continuation });
      for (const post of page.items) {
        if (post.updatedAt > watermark) watermark = post.updatedAt;
        if (post.status === 'published') loaded.push(metaOf(post));
      }
      continuation = page.continuation;
    } while (continuation);
    loaded.sort(newestFirst);
    for (const meta of loaded) {
      index.byId.set(meta.id, meta);
      append(index.byCircle, meta.circleId, meta);
      for (const tag of meta.tags) append(index.byTag, tag, meta);
      if (meta.audience) index.targeted.push(meta);
    }
    index.watermark = watermark;
    return index;
  }

  /** Reads the posts other instances changed since the watermark. */
  private async refresh(tenantId: string, index: TenantIndex): Promise<void> {
    index.refreshedAt = this.deps.clock.now().getTime();
    let continuation: string | undefined;
    do {
      const page = await this.deps.posts.rankingFields(tenantId, {
        limit: 1000,
        continuation,
        since: index.watermark,
      });
      for (const post of page.items) {
        if (post.updatedAt > index.watermark) index.watermark = post.updatedAt;
        this.put(index, post);
      }
      continuation = page.continuation;
    } while (continuation);
  }

  /** A post was written by this instance. */
  private apply(post: Stored<Post> | RankingFields): void {
    const loaded = this.tenants.get(post.tenantId);
    // Not loaded yet: the load will read it. Loading: apply once it is there.
    void loaded?.then((index) => this.put(index, post)).catch(() => undefined);
  }

  private put(index: TenantIndex, post: RankingFields): void {
    const previous = index.byId.get(post.id);
    if (previous) {
      index.byId.delete(post.id);
      remove(index.byCircle.get(previous.circleId), previous);
      for (const tag of previous.tags) remove(index.byTag.get(tag), previous);
      remove(index.targeted, previous);
      const archived = index.archive.posts.indexOf(previous);
      if (archived >= 0) index.archive.posts.splice(archived, 1);
    }
    if (post.status !== 'published') return;
    const meta = metaOf(post);
    index.byId.set(meta.id, meta);
    insertSorted(index.byCircle, meta.circleId, meta);
    for (const tag of meta.tags) insertSorted(index.byTag, tag, meta);
    if (meta.audience) {
      index.targeted.push(meta);
      index.targeted.sort(newestFirst);
    }
  }
}

/** What the index reads of a post. */
export type RankingFields = Pick<
  Post,
  | 'id'
  | 'tenantId'
  | 'circleId'
  | 'publishedAt'
  | 'engagement'
  | 'type'
  | 'tags'
  | 'audience'
  | 'status'
  | 'updatedAt'
>;

function metaOf(post: RankingFields): PostMeta {
  return {
    id: post.id,
    circleId: post.circleId,
    publishedAt: post.publishedAt,
    engagement: post.engagement,
    type: post.type,
    tags: post.tags,
    audience: post.audience,
  };
}

function newestFirst(a: PostMeta, b: PostMeta): number {
  return a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : a.id < b.id ? -1 : 1;
}

function append(map: Map<string, PostMeta[]>, key: string, meta: PostMeta): void {
  const list = map.get(key);
  if (list) list.push(meta);
  else map.set(key, [meta]);
}

/** Binary insertion keeps each list newest first without re-sorting it. */
function insertSorted(map: Map<string, PostMeta[]>, key: string, meta: PostMeta): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [meta]);
    return;
  }
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (newestFirst(list[mid]!, meta) < 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, meta);
}

function remove(list: PostMeta[] | undefined, meta: PostMeta): void {
  if (!list) return;
  const at = list.indexOf(meta);
  if (at >= 0) list.splice(at, 1);
}

/** The first `limit` items of several newest-first lists, merged, keeping those that pass `keep`. */
function mergeNewest(lists: PostMeta[][], limit: number, keep: (p: PostMeta) => boolean): PostMeta[] {
  const cursors = lists.map(() => 0);
  const out: PostMeta[] = [];
  const seen = new Set<string>();
  while (out.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const candidate = lists[i]![cursors[i]!];
      if (candidate && (best < 0 || newestFirst(candidate, lists[best]![cursors[best]!]!) < 0)) best = i;
    }
    if (best < 0) break;
    const next = lists[best]![cursors[best]!]!;
    cursors[best]!++;
    if (!seen.has(next.id) && keep(next)) {
      seen.add(next.id);
      out.push(next);
    }
  }
  return out;
}
