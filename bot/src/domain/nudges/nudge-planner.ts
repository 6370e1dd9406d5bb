import type { CharterRepository } from '../charter/charter-repository';
import type { CircleRepository } from '../circles/circle-repository';
import type { Comment } from '../content/post';
import type { PostRepository } from '../content/post-repository';
import type { PostView } from '../content/post-service';
import type { ConversationRecord } from '../conversations/conversation';
import type { FeedService } from '../feed/feed-service';
import type { Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { localParts, weekKey } from '../outbox/budget';
import type { CampaignRequest, NudgeKind, Outbox, OutboxMessage } from '../outbox/outbox';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import { pick, type Language } from '../shared/locale';
import { WEEKDAYS, type NudgeRuleSections } from './nudge-rules';
import type { NudgeRulesService } from './nudge-rules-service';
import { listOf, nt, type NudgeItem, type NudgeMessage, type NudgeRenderer } from './nudge-text';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How many nudges one pass asked the outbox for, by kind (already queued ones not counted). */
export type PlanReport = Partial<Record<NudgeKind, number>>;

/** What the planner needs: the community's data read-only, the rules, and the outbox. */
export interface NudgePlannerDeps {
  store: DocumentStore;
  members: MemberRepository;
  circles: CircleRepository;
  charters: CharterRepository;
  posts: PostRepository;
  feed: FeedService;
  rules: NudgeRulesService;
  outbox: Outbox;
  render: NudgeRenderer;
  clock: Clock;
}

/** One planned campaign: the request and, per member, how to write their message (lazily). */
interface Plan {
  campaign: CampaignRequest;
  recipients: { member: Stored<Member>; write: () => Promise<NudgeMessage | undefined> }[];
}

/**
 * Decides who gets which personal nudge now (DESIGN.md keys 3, 7 and 9), and enqueues it through
 * the outbox. Every campaign id is derived from what it is about (the charter version, the week,
 * the batch window, the post), and a delivery's id from its campaign and member: a pass run twice,
 * or by two instances, adds nothing the first did not. Members who switched a kind off are skipped
 * here already (the outbox would drop them anyway); members without a personal chat with the bot
 * are not planned at all (nothing could reach them).
 */
export class NudgePlanner {
  private readonly conversations: DocumentContainer<ConversationRecord>;

  constructor(private readonly deps: NudgePlannerDeps) {
    this.conversations = deps.store.container<ConversationRecord>(Containers.conversations);
  }

  /** One pass over a tenant. */
  async planTenant(tenantId: string): Promise<PlanReport> {
    const rules = await this.deps.rules.current(tenantId);
    const now = this.deps.clock.now();
    const audience = await this.audience(tenantId);
    const report: PlanReport = {};
    if (audience.length === 0) return report;
    const plans: Plan[] = [];
    if (rules.welcome.enabled) plans.push(...(await this.welcome(tenantId, rules, audience, now)));
    if (rules.quiet.enabled) plans.push(...this.quiet(tenantId, rules, audience, now));
    if (rules.digest.enabled) plans.push(...(await this.digest(tenantId, rules, audience, now)));
    if (rules.circlePosts.enabled) plans.push(...this.circlePosts(tenantId, rules, audience, now));
    if (rules.replies.enabled) plans.push(...(await this.replies(tenantId, rules, audience, now)));
    // Events: the product has no events yet, so there is nothing to remind of.
    for (const plan of plans) {
      const queued = await this.enqueue(plan);
      const kind = plan.campaign.kind as NudgeKind;
      report[kind] = (report[kind] ?? 0) + queued;
    }
    return report;
  }

  /** Writes the messages of members not yet in the campaign, and enqueues them. */
  private async enqueue(plan: Plan): Promise<number> {
    const { tenantId, campaignId } = plan.campaign;
    const messages: OutboxMessage[] = [];
    for (const { member, write } of plan.recipients) {
      // Cheap point read first: a second pass skips the (costlier) writing of the message.
      if (await this.deps.outbox.delivery(tenantId, campaignId, { memberId: member.id })) continue;
      const message = await write();
      if (message) messages.push({ recipient: { memberId: member.id }, activity: this.deps.render(message) });
    }
    if (messages.length === 0) return 0;
    const { queued } = await this.deps.outbox.enqueue(plan.campaign, messages);
    return queued;
  }

  /** New members who have not acknowledged the charter some hours after joining. */
  private async welcome(
    tenantId: string,
    rules: NudgeRuleSections,
    audience: Stored<Member>[],
    now: Date,
  ): Promise<Plan[]> {
    const [charter, settings] = await Promise.all([
      this.deps.charters.current(tenantId),
      this.deps.charters.settings(tenantId),
    ]);
    if (!charter || !settings) return [];
    const cutoff = now.getTime() - rules.welcome.afterHours * HOUR;
    const due = audience.filter(
      (m) =>
        m.charterAcknowledgedVersion === undefined &&
        Date.parse(m.joinedAt) <= cutoff &&
        !muted(m, 'welcome'),
    );
    return [
      {
        campaign: {
          tenantId,
          campaignId: `welcome|v${charter.version}`,
          kind: 'welcome',
          title: {
            en: `Welcome (charter v${charter.version})`,
            fr: `Bienvenue (charte v${charter.version})`,
          },
          budget: 'counted',
          overBudget: 'wait',
          expiresAt: new Date(now.getTime() + 7 * DAY).toISOString(),
        },
        recipients: due.map((member) => ({
          member,
          write: async () => {
            const language = languageOf(member);
            const circles = await this.circleNames(member);
            return {
              kind: 'welcome',
              language,
              title: nt(language, 'welcome.title', { name: firstName(member) }),
              lines: [
                nt(language, 'welcome.intro', {
                  community: pick(settings.name, language),
                  since: sinceText(language, member.joinedAt, zoneOf(member)),
                }),
                ...(circles.length > 0
                  ? [nt(language, 'welcome.circles', { circles: listOf(language, circles) })]
                  : []),
              ],
              items: [],
              action: { title: nt(language, 'welcome.action') },
              execute: {
                title: nt(language, 'welcome.accept'),
                verb: 'charter.accept',
                data: { version: charter.version },
              },
              summary: nt(language, 'welcome.title', { name: firstName(member) }),
            };
          },
        })),
      },
    ];
  }

  /** Members not seen for weeks: the best recent post of their circles, once per quiet spell. */
  private quiet(tenantId: string, rules: NudgeRuleSections, audience: Stored<Member>[], now: Date): Plan[] {
    const weeks = rules.quiet.afterWeeks;
    const cutoff = now.getTime() - weeks * 7 * DAY;
    return audience
      .filter((m) => Date.parse(m.lastSeenAt) <= cutoff && !muted(m, 'quiet'))
      .map((member) => ({
        campaign: {
          tenantId,
          // The week they were last seen: one nudge per quiet spell, not one every week.
          campaignId: `quiet|${member.id}|${weekKey(new Date(member.lastSeenAt), 'UTC')}`,
          kind: 'quiet',
          title: { en: 'We miss you', fr: 'Vous nous manquez' },
          budget: 'counted',
          overBudget: 'wait',
          expiresAt: new Date(now.getTime() + 7 * DAY).toISOString(),
        },
        recipients: [
          {
            member,
            write: async () => {
              // What they missed: the best post since they were last seen (two months at most).
              const away = Math.ceil((now.getTime() - Date.parse(member.lastSeenAt)) / DAY) + 1;
              const best = (await this.bestOf(member, Math.min(away, 60), 1))[0];
              if (!best) return undefined; // nothing worth their time: better say nothing
              const language = languageOf(member);
              const weeksAway = Math.floor((now.getTime() - Date.parse(member.lastSeenAt)) / (7 * DAY));
              return {
                kind: 'quiet',
                language,
                title: nt(language, 'quiet.title', { name: firstName(member) }),
                lines: [nt(language, 'quiet.intro', { weeks: weeksAway }), ...segmentLine(member, language)],
                items: [itemOf(best, language)],
                action: { title: nt(language, 'quiet.action'), subPage: `post:${best.post.id}` },
                summary: nt(language, 'quiet.title', { name: firstName(member) }),
              };
            },
          },
        ],
      }));
  }

  /** The weekly digest, on the rules' day from their local time, in each member's time zone. */
  private async digest(
    tenantId: string,
    rules: NudgeRuleSections,
    audience: Stored<Member>[],
    now: Date,
  ): Promise<Plan[]> {
    const { day, time, maxPosts, expiresAfterDays } = rules.digest;
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    const byWeek = new Map<string, Stored<Member>[]>();
    for (const member of audience) {
      if (muted(member, 'digest')) continue;
      const local = localParts(now, zoneOf(member));
      if (WEEKDAYS[local.weekday] !== day) continue;
      if (local.hour * 60 + local.minute < hour * 60 + minute) continue;
      const week = isoWeekOf(local);
      byWeek.set(week, [...(byWeek.get(week) ?? []), member]);
    }
    if (byWeek.size === 0) return [];
    const settings = await this.deps.charters.settings(tenantId);
    return [...byWeek].map(([week, members]) => ({
      campaign: {
        tenantId,
        campaignId: `digest|${tenantId}|${week}`,
        kind: 'digest',
        title: { en: `Weekly digest ${week}`, fr: `Résumé de la semaine ${week}` },
        budget: 'counted',
        // A digest waits for quiet hours to end, but last week's is pointless later.
        overBudget: 'wait',
        expiresAt: new Date(now.getTime() + expiresAfterDays * DAY).toISOString(),
      },
      recipients: members.map((member) => ({
        member,
        write: async () => {
          const best = await this.bestOf(member, 7, maxPosts);
          if (best.length === 0) return undefined; // an empty digest is noise
          const language = languageOf(member);
          const community = settings ? pick(settings.name, language) : 'Guildhall';
          return {
            kind: 'digest',
            language,
            title: nt(language, 'digest.title', { community }),
            lines: [
              nt(language, 'digest.intro', { name: firstName(member) }),
              ...segmentLine(member, language),
            ],
            items: best.map((view) => itemOf(view, language)),
            action: { title: nt(language, 'digest.action'), subPage: 'feed' },
            summary: nt(language, 'digest.title', { community }),
          };
        },
      })),
    }));
  }

  /** New posts of the last complete window in the member's circles: one batch per window. */
  private circlePosts(
    tenantId: string,
    rules: NudgeRuleSections,
    audience: Stored<Member>[],
    now: Date,
  ): Plan[] {
    const { windowHours, maxPosts } = rules.circlePosts;
    const { start, end } = lastWindow(now, windowHours);
    const startIso = new Date(start).toISOString();
    const endIso = new Date(end).toISOString();
    return [
      {
        campaign: {
          tenantId,
          campaignId: `circlePosts|${startIso}`,
          kind: 'circlePosts',
          title: { en: `New posts since ${startIso}`, fr: `Nouvelles publications depuis ${startIso}` },
          budget: 'counted',
          // Old news is no news: over budget, the batch is dropped; the next window brings its own.
          overBudget: 'drop',
          expiresAt: new Date(end + windowHours * HOUR).toISOString(),
        },
        recipients: audience
          .filter((m) => !muted(m, 'circlePosts'))
          .map((member) => ({
            member,
            write: async () => {
              const recent = await this.deps.feed.recentInMyCircles({
                actor: actorOf(member),
                days: Math.ceil((now.getTime() - start) / DAY),
                limit: 50,
              });
              const fresh = recent
                .map((entry) => entry.view)
                .filter((v) => !v.isMine && v.post.publishedAt >= startIso && v.post.publishedAt < endIso);
              if (fresh.length === 0) return undefined;
              const language = languageOf(member);
              const circles = [...new Set(fresh.map((v) => v.circle.name))];
              const zone = zoneOf(member);
              return {
                kind: 'circlePosts',
                language,
                title: nt(language, 'circlePosts.title'),
                lines: [
                  nt(language, fresh.length === 1 ? 'circlePosts.intro.one' : 'circlePosts.intro.other', {
                    count: fresh.length,
                    circles: listOf(language, circles),
                    since: timeText(language, startIso, zone),
                  }),
                ],
                items: fresh.slice(0, maxPosts).map((view) => itemOf(view, language)),
                action: { title: nt(language, 'circlePosts.action'), subPage: 'feed' },
                summary: nt(language, 'circlePosts.title'),
              };
            },
          })),
      },
    ];
  }

  /**
   * Replies of the last complete window to a member's post or comment, batched per post: posts
   * whose last change falls in or after the window are read with their thread (one partition).
   */
  private async replies(
    tenantId: string,
    rules: NudgeRuleSections,
    audience: Stored<Member>[],
    now: Date,
  ): Promise<Plan[]> {
    const { start, end } = lastWindow(now, rules.replies.windowHours);
    const startIso = new Date(start).toISOString();
    const endIso = new Date(end).toISOString();
    const reachable = new Map(audience.filter((m) => !muted(m, 'replies')).map((m) => [m.id, m]));
    if (reachable.size === 0) return [];
    const plans: Plan[] = [];
    let continuation: string | undefined;
    let pages = 0;
    do {
      const page = await this.deps.posts.page(
        tenantId,
        [
          { path: 'updatedAt', op: 'gte', value: startIso },
          { path: 'status', op: 'eq', value: 'published' },
        ],
        { limit: 100, orderBy: 'updatedAt', continuation },
      );
      for (const post of page.items) {
        if (post.counts.comments === 0) continue;
        const thread = await this.deps.posts.commentsOf(tenantId, post.id);
        const inWindow = thread.filter(
          (c) => c.status === 'published' && c.createdAt >= startIso && c.createdAt < endIso,
        );
        if (inWindow.length === 0) continue;
        const byId = new Map(thread.map((c) => [c.id, c]));
        // Who is replied to: the post's author for every comment, a comment's author for replies to it.
        const received = new Map<string, { what: 'post' | 'comment'; comments: Stored<Comment>[] }>();
        const add = (memberId: string, what: 'post' | 'comment', comment: Stored<Comment>) => {
          if (memberId === comment.authorId || !reachable.has(memberId)) return;
          const entry = received.get(memberId) ?? { what, comments: [] };
          entry.comments.push(comment);
          received.set(memberId, entry);
        };
        for (const comment of inWindow) {
          add(post.authorId, 'post', comment);
          const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
          if (parent && parent.authorId !== post.authorId) add(parent.authorId, 'comment', comment);
        }
        if (received.size === 0) continue;
        const names = await this.deps.members.many(
          tenantId,
          [...received.values()].flatMap((r) =>
            r.comments.filter((c) => !c.anonymous).map((c) => c.authorId),
          ),
        );
        plans.push({
          campaign: {
            tenantId,
            campaignId: `replies|${post.id}|${startIso}`,
            kind: 'replies',
            title: {
              en: `Replies to “${post.title.slice(0, 80)}”`,
              fr: `Réponses à « ${post.title.slice(0, 80)} »`,
            },
            budget: 'counted',
            overBudget: 'wait',
            expiresAt: new Date(now.getTime() + 2 * DAY).toISOString(),
          },
          recipients: [...received].map(([memberId, { what, comments }]) => ({
            member: reachable.get(memberId)!,
            write: () => {
              const member = reachable.get(memberId)!;
              const language = languageOf(member);
              const who = comments.map((c) =>
                c.anonymous
                  ? nt(language, 'anAuthor')
                  : (names.get(c.authorId)?.displayName ?? nt(language, 'anAuthor')),
              );
              const intro = nt(
                language,
                comments.length === 1 ? 'replies.intro.one' : 'replies.intro.other',
                {
                  names: listOf(language, who),
                  count: comments.length,
                  what: nt(language, what === 'post' ? 'replies.post' : 'replies.comment'),
                },
              );
              const title = nt(language, 'replies.title', { post: post.title.slice(0, 80) });
              return Promise.resolve({
                kind: 'replies' as const,
                language,
                title,
                lines: [intro],
                items: comments.slice(0, 3).map((c) => ({
                  title: c.anonymous
                    ? nt(language, 'anAuthor')
                    : (names.get(c.authorId)?.displayName ?? nt(language, 'anAuthor')),
                  detail: excerptOf(c.body),
                  subPage: `post:${post.id}`,
                })),
                action: { title: nt(language, 'replies.action'), subPage: `post:${post.id}` },
                summary: title,
              });
            },
          })),
        });
      }
      continuation = page.continuation;
      pages++;
    } while (continuation && pages < 20);
    return plans;
  }

  /**
   * The best posts of the member's circles over the last `days` (what they may read only), by
   * engagement, posts aimed at their segments first; their own posts left out.
   */
  private async bestOf(member: Stored<Member>, days: number, limit: number): Promise<PostView[]> {
    const recent = await this.deps.feed.recentInMyCircles({ actor: actorOf(member), days, limit: 50 });
    const score = (view: PostView) => view.post.engagement + (aimsAt(view, member) ? 1000 : 0);
    return recent
      .map((entry) => entry.view)
      .filter((view) => !view.isMine && view.post.type !== 'kudos')
      .sort((a, b) => score(b) - score(a) || b.post.publishedAt.localeCompare(a.post.publishedAt))
      .slice(0, limit);
  }

  private async circleNames(member: Stored<Member>): Promise<string[]> {
    const memberships = await this.deps.circles.membershipsOf(member.tenantId, member.id);
    const ids = memberships.filter((m) => m.status === 'active').map((m) => m.circleId);
    const circles = await this.deps.circles.getMany(member.tenantId, ids);
    return circles.flatMap((c) => (c && !c.archivedAt ? [c.name] : [])).slice(0, 5);
  }

  /** Members with a personal chat with the bot: nothing can reach the others. */
  private async audience(tenantId: string): Promise<Stored<Member>[]> {
    const ids: string[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.conversations.select(
        {
          tenantId,
          pk: tenantId,
          where: [
            { path: 'type', op: 'eq', value: 'personal' },
            { path: 'removedAt', op: 'notExists' },
          ],
          limit: 1000,
          ...(continuation ? { continuation } : {}),
        },
        ['memberId'],
      );
      for (const item of page.items) if (item.memberId) ids.push(item.memberId);
      continuation = page.continuation;
    } while (continuation);
    const members: Stored<Member>[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      const found = await this.deps.members.many(tenantId, ids.slice(i, i + 100));
      members.push(...found.values());
    }
    return members;
  }
}

function muted(member: Member, kind: NudgeKind): boolean {
  return member.notifications?.mutedKinds.includes(kind) ?? false;
}

function languageOf(member: Member): Language {
  return member.language ?? 'en';
}

function zoneOf(member: Member): string {
  return member.timeZone ?? 'UTC';
}

function firstName(member: Member): string {
  return member.displayName.split(' ')[0] || member.displayName;
}

function actorOf(member: Member): Actor {
  return { tenantId: member.tenantId, memberId: member.id };
}

/** True when the post was aimed at one of the member's segments. */
function aimsAt(view: PostView, member: Member): boolean {
  const audience = view.post.audience;
  if (!audience) return false;
  const { department, location, jobRole, interests } = member.segments;
  return (
    (department !== undefined && audience.departments.includes(department)) ||
    (location !== undefined && audience.locations.includes(location)) ||
    (jobRole !== undefined && audience.jobRoles.includes(jobRole)) ||
    interests.some((i) => audience.interests.includes(i))
  );
}

/** "Picked for you (Data Science, Paris)" when the member told us where they are. */
function segmentLine(member: Member, language: Language): string[] {
  const parts = [member.segments.department, member.segments.location].filter((p): p is string => !!p);
  return parts.length > 0 ? [nt(language, 'segment', { segment: parts.join(', ') })] : [];
}

function itemOf(view: PostView, language: Language): NudgeItem {
  const reactions = Object.values(view.post.counts.reactions).reduce((a, b) => a + b, 0);
  return {
    title: view.post.title,
    detail: nt(language, 'stats', {
      circle: view.circle.name,
      reactions,
      comments: view.post.counts.comments,
    }),
    subPage: `post:${view.post.id}`,
  };
}

function excerptOf(body: string): string {
  const plain = body
    .replace(/@\[([^\]]+)\]\([^)]*\)/g, '@$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 160 ? `${plain.slice(0, 159).trimEnd()}…` : plain;
}

/** The last complete window of `hours` before `now`, aligned on the epoch (so every instance agrees). */
function lastWindow(now: Date, hours: number): { start: number; end: number } {
  const size = hours * HOUR;
  const end = Math.floor(now.getTime() / size) * size;
  return { start: end - size, end };
}

/** "on 24 November" / "le 24 novembre", in the member's zone. */
function sinceText(language: Language, iso: string, zone: string): string {
  const date = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(new Date(iso));
  return language === 'fr' ? `le ${date}` : `on ${date}`;
}

/** "Tue 08:00" / "mar. 08:00", in the member's zone. */
function timeText(language: Language, iso: string, zone: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: zone,
  }).format(new Date(iso));
}

/** `2026-W48`: the ISO week of a local calendar day. */
export function isoWeekOf(local: { year: number; month: number; day: number }): string {
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of that week decides its year
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
