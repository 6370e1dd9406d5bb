import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { ConflictError, type Stored } from '../shared/document-store';
import { normalizeTag, normalizeText, searchTerms } from '../shared/text';
import type { TenantRegistry } from '../shared/tenant-registry';
import { departmentKey } from '../circles/circle';
import type { CircleRepository } from '../circles/circle-repository';
import type { Member, Segments } from './member';
import type { MemberRepository } from './member-repository';

/** The acting member has no profile yet (they never opened Guildhall). */
export function memberNotFound(): AppError {
  return new AppError('MEMBER.NOT_FOUND', 404, 'Open Guildhall once to join the community first.');
}

/** How long a "last seen" stays fresh before a request refreshes it (saves a write per request). */
const LAST_SEEN_RESOLUTION_MS = 15 * 60 * 1000;

/** Members: first arrival and the member's own profile. */
export class MemberService {
  constructor(
    private readonly deps: {
      members: MemberRepository;
      tenants: TenantRegistry;
      clock: Clock;
      /** For keeping circles' department counts right when a member changes department. */
      circles?: CircleRepository;
      /** Runs once for a new member: joining the community-wide circles. */
      welcome?: (member: Stored<Member>) => Promise<void>;
    },
  ) {}

  /**
   * The acting member, created on first sight (from an SSO token, a bot activity or dev mode),
   * with "last seen" refreshed at most every 15 minutes.
   */
  async ensure({ actor, source }: { actor: Actor; source: Member['source'] }): Promise<Stored<Member>> {
    const now = this.deps.clock.now();
    const existing = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (existing) {
      if (now.getTime() - Date.parse(existing.lastSeenAt) < LAST_SEEN_RESOLUTION_MS) return existing;
      return (
        (await this.deps.members.setFields(actor.tenantId, actor.memberId, {
          lastSeenAt: now.toISOString(),
        })) ?? existing
      );
    }
    const member: Member = {
      id: actor.memberId,
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'member',
      displayName: actor.displayName?.trim() || 'New member',
      roles: [],
      segments: { interests: [] },
      followedTags: [],
      searchName: normalizeText(actor.displayName?.trim() || 'New member'),
      joinedAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      source,
    };
    let created: Stored<Member>;
    try {
      await this.deps.tenants.register(actor.tenantId, now);
      created = await this.deps.members.create(member);
    } catch (error) {
      // Two first requests raced (the tab and the bot at install): the other one created it.
      if (error instanceof ConflictError) {
        const winner = await this.deps.members.get(actor.tenantId, actor.memberId);
        if (winner) return winner;
      }
      throw error;
    }
    try {
      await this.deps.welcome?.(created);
    } catch {
      // Joining the community circle is a convenience: the member can join it from the directory.
    }
    return (await this.deps.members.get(actor.tenantId, actor.memberId)) ?? created;
  }

  /** Sets the tags whose posts come to the member's feed (normalized, deduplicated). */
  async setFollowedTags({ actor, tags }: { actor: Actor; tags: string[] }): Promise<Stored<Member>> {
    const followedTags = [...new Set(tags.map(normalizeTag).filter(Boolean))].slice(0, 30);
    const updated = await this.deps.members.setFields(actor.tenantId, actor.memberId, { followedTags });
    if (!updated) throw memberNotFound();
    return updated;
  }

  /** Sets the member's segments (department, location, role, interests) that publications target. */
  async setSegments({ actor, segments }: { actor: Actor; segments: Segments }): Promise<Stored<Member>> {
    const clean = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
    const department = clean(segments.department);
    const location = clean(segments.location);
    const jobRole = clean(segments.jobRole);
    const next: Segments = {
      ...(department ? { department } : {}),
      ...(location ? { location } : {}),
      ...(jobRole ? { jobRole } : {}),
      interests: [...new Set(segments.interests.map(normalizeTag).filter(Boolean))],
    };
    const before = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!before) throw memberNotFound();
    const updated = await this.deps.members.setFields(actor.tenantId, actor.memberId, { segments: next });
    if (!updated) throw memberNotFound();
    // Circles count their members by department ("5 people from Data joined"): move this member's count.
    if (before.segments.department !== next.department && this.deps.circles) {
      const memberships = await this.deps.circles.membershipsOf(actor.tenantId, actor.memberId);
      for (const membership of memberships.filter((m) => m.status === 'active')) {
        const ops = [
          ...(before.segments.department
            ? [
                {
                  op: 'incr' as const,
                  path: `departmentCounts.${departmentKey(before.segments.department)}`,
                  value: -1,
                },
              ]
            : []),
          ...(next.department
            ? [{ op: 'incr' as const, path: `departmentCounts.${departmentKey(next.department)}`, value: 1 }]
            : []),
        ];
        if (ops.length > 0) await this.deps.circles.patchCounts(actor.tenantId, membership.circleId, ops);
      }
    }
    return updated;
  }

  /** Members whose name matches the query (for mentions and invitations); empty query: the first by name. */
  search({ actor, query, limit }: { actor: Actor; query: string; limit: number }): Promise<Stored<Member>[]> {
    return this.deps.members.search(actor.tenantId, searchTerms(query), limit);
  }
}
