import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { noActivity, type ActivityRecorder } from '../shared/activity';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { ConcurrencyError, ConflictError, type Stored } from '../shared/document-store';
import { newId } from '../shared/ids';
import type { Language } from '../shared/locale';
import { normalizeTag, normalizeText, searchTerms } from '../shared/text';
import {
  circleSearchText,
  departmentKey,
  membershipId,
  POD_MAX_MEMBERS,
  type Circle,
  type CircleRole,
  type CircleType,
  type CircleVisibility,
  type Membership,
} from './circle';
import { CircleAccess, circleNotFound, type CircleView } from './circle-access';
import type { CircleRepository } from './circle-repository';
import type { PostRepository } from '../content/post-repository';

/** A circle in the directory, with the actor's place in it. */
export interface DirectoryEntry {
  circle: Stored<Circle>;
  membership: Stored<Membership> | undefined;
}

/** A circle suggested to the actor, and why. */
export interface Suggestion {
  circle: Stored<Circle>;
  reason: { kind: 'department'; department: string; count: number } | { kind: 'interest'; tag: string };
}

/** What a new circle needs. */
export interface CircleInput {
  type: CircleType;
  visibility: CircleVisibility;
  name: string;
  description: string;
  tags: string[];
  language?: Language | undefined;
}

const errors = {
  forbidden: () =>
    new AppError('CIRCLE.FORBIDDEN', 403, 'Only the circle’s owners and animators can do this.'),
  archived: () => new AppError('CIRCLE.ARCHIVED', 409, 'This circle is archived.'),
  podFull: () =>
    new AppError('CIRCLE.POD_FULL', 409, `A pod has at most ${POD_MAX_MEMBERS} members.`, {
      details: { max: POD_MAX_MEMBERS },
    }),
  lastOwner: () =>
    new AppError('CIRCLE.LAST_OWNER', 409, 'Name another owner before you leave: a circle needs one.'),
  nameTaken: (name: string) =>
    new AppError('CIRCLE.NAME_TAKEN', 409, `A circle named "${name}" already exists.`, { details: { name } }),
  communityAdminOnly: () =>
    new AppError('CIRCLE.COMMUNITY_ADMIN_ONLY', 403, 'Only administrators create community-wide circles.'),
  notInvited: () =>
    new AppError('CIRCLE.NO_PENDING_REQUEST', 404, 'There is no pending invitation or request to answer.'),
} as const;

/** Circles of every size (DESIGN.md key 2): directory, life cycle, membership. */
export class CircleService {
  private readonly access: CircleAccess;

  constructor(
    private readonly deps: {
      circles: CircleRepository;
      members: MemberRepository;
      clock: Clock;
      /** Posts carry their circle's visibility (search and feeds filter on it): kept in step on change. */
      posts?: PostRepository;
      activity?: ActivityRecorder;
    },
  ) {
    this.access = new CircleAccess({ circles: deps.circles });
  }

  /**
   * The directory: every circle the actor may see, optionally filtered by a search and a type,
   * with their membership. Private circles appear only to their members and invitees.
   */
  async directory({
    actor,
    query,
    type,
    includeArchived = false,
  }: {
    actor: Actor;
    query?: string | undefined;
    type?: CircleType | undefined;
    includeArchived?: boolean;
  }): Promise<DirectoryEntry[]> {
    const [circles, memberships] = await Promise.all([
      this.deps.circles.all(actor.tenantId),
      this.deps.circles.membershipsOf(actor.tenantId, actor.memberId),
    ]);
    const byCircle = new Map(memberships.map((m) => [m.circleId, m]));
    const terms = query ? searchTerms(query) : [];
    return circles
      .filter((circle) => CircleAccess.decide(circle, byCircle.get(circle.id), false).canSee)
      .filter((circle) => includeArchived || !circle.archivedAt)
      .filter((circle) => !type || circle.type === type)
      .filter((circle) => terms.every((term) => circle.searchText.includes(term)))
      .map((circle) => ({ circle, membership: byCircle.get(circle.id) }));
  }

  /**
   * Circles worth joining: open or closed circles the actor is not in, where people of their
   * department are (the more, the better) or whose tags match their interests.
   */
  async suggestions({ actor, limit = 5 }: { actor: Actor; limit?: number }): Promise<Suggestion[]> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    const entries = await this.directory({ actor });
    const department = member?.segments.department;
    const key = department ? departmentKey(department) : undefined;
    const interests = new Set((member?.segments.interests ?? []).map(normalizeTag));
    const scored: (Suggestion & { score: number })[] = [];
    for (const { circle, membership } of entries) {
      if (membership || circle.visibility === 'private' || circle.type === 'community') continue;
      const peers = key ? (circle.departmentCounts[key] ?? 0) : 0;
      const tag = circle.tags.find((t) => interests.has(normalizeTag(t)));
      if (peers > 0 && department) {
        scored.push({
          circle,
          reason: { kind: 'department', department, count: peers },
          score: peers * 2 + (tag ? 1 : 0),
        });
      } else if (tag) {
        scored.push({ circle, reason: { kind: 'interest', tag }, score: 1 });
      }
    }
    return scored
      .sort((a, b) => b.score - a.score || b.circle.memberCount - a.circle.memberCount)
      .slice(0, limit)
      .map(({ circle, reason }) => ({ circle, reason }));
  }

  /** A circle as the actor may see it (CIRCLE.NOT_FOUND for a private circle they are not in). */
  async get({ actor, circleId }: { actor: Actor; circleId: string }): Promise<CircleView> {
    return this.access.view(actor, circleId, await this.isAdmin(actor));
  }

  /** Creates a circle; the creator is its first owner. */
  async create({ actor, input }: { actor: Actor; input: CircleInput }): Promise<CircleView> {
    const member = await this.requireMember(actor);
    if (input.type === 'community' && !hasRole(member, 'admin')) throw errors.communityAdminOnly();
    await this.ensureNameFree(actor.tenantId, input.name);
    const now = this.deps.clock.now().toISOString();
    const tags = [...new Set(input.tags.map(normalizeTag).filter(Boolean))];
    const circle: Circle = {
      id: newId(),
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'circle',
      type: input.type,
      visibility: input.visibility,
      name: input.name.trim(),
      description: input.description.trim(),
      ...(input.language ? { language: input.language } : {}),
      tags,
      memberCount: 0,
      departmentCounts: {},
      searchText: circleSearchText({ name: input.name, description: input.description, tags }),
      createdBy: actor.memberId,
      createdAt: now,
      updatedAt: now,
    };
    const created = await this.deps.circles.create(circle);
    await this.activate(member, created, 'owner', undefined);
    return this.get({ actor, circleId: created.id });
  }

  /** Edits name, description, tags, visibility or language (owners, animators, admins). */
  async update({
    actor,
    circleId,
    changes,
  }: {
    actor: Actor;
    circleId: string;
    changes: Partial<Omit<CircleInput, 'type'>>;
  }): Promise<CircleView> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const view = await this.get({ actor, circleId });
      if (!view.canManage) throw errors.forbidden();
      const { circle } = view;
      if (changes.name && normalizeText(changes.name) !== normalizeText(circle.name)) {
        await this.ensureNameFree(actor.tenantId, changes.name);
      }
      const tags = changes.tags ? [...new Set(changes.tags.map(normalizeTag).filter(Boolean))] : circle.tags;
      const next: Stored<Circle> = {
        ...circle,
        ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
        ...(changes.description !== undefined ? { description: changes.description.trim() } : {}),
        ...(changes.visibility !== undefined ? { visibility: changes.visibility } : {}),
        ...(changes.language !== undefined ? { language: changes.language } : {}),
        tags,
        updatedAt: this.deps.clock.now().toISOString(),
      };
      next.searchText = circleSearchText(next);
      try {
        await this.deps.circles.replace(next);
        if (next.visibility !== circle.visibility)
          await this.deps.posts?.setCircleVisibility(actor.tenantId, circleId, next.visibility);
        return this.get({ actor, circleId });
      } catch (error) {
        if (error instanceof ConcurrencyError) continue; // a join changed the counters meanwhile
        throw error;
      }
    }
    throw new AppError('CIRCLE.BUSY', 409, 'The circle changed while saving. Try again.');
  }

  /** Archives (or restores) a circle: it leaves the directory and takes no new posts. */
  async setArchived({ actor, circleId, archived }: { actor: Actor; circleId: string; archived: boolean }) {
    const view = await this.get({ actor, circleId });
    const isOwner = view.membership?.status === 'active' && view.membership.role === 'owner';
    if (!isOwner && !(await this.isAdmin(actor))) throw errors.forbidden();
    const ops = archived
      ? [{ op: 'set' as const, path: 'archivedAt', value: this.deps.clock.now().toISOString() }]
      : view.circle.archivedAt
        ? [{ op: 'remove' as const, path: 'archivedAt' }]
        : [];
    if (ops.length > 0) await this.deps.circles.patchCounts(actor.tenantId, circleId, ops);
    return this.get({ actor, circleId });
  }

  /**
   * Joins: an open circle at once; a closed circle becomes a request; an invitation is accepted.
   * Joining twice is harmless (double clicks, retries).
   */
  async join({ actor, circleId }: { actor: Actor; circleId: string }): Promise<CircleView> {
    const member = await this.requireMember(actor);
    const view = await this.access.view(actor, circleId, hasRole(member, 'admin'));
    const { circle, membership } = view;
    if (circle.archivedAt) throw errors.archived();
    if (membership?.status === 'active' || membership?.status === 'requested') return view;
    if (membership?.status === 'invited') {
      await this.activate(member, circle, membership.role, membership);
    } else if (circle.visibility === 'open') {
      await this.activate(member, circle, 'member', undefined);
    } else if (circle.visibility === 'closed') {
      await this.createMembership(member, circle, 'requested', 'member', undefined);
    } else {
      throw circleNotFound(); // private: by invitation only, and invisible anyway
    }
    return this.get({ actor, circleId });
  }

  /**
   * Lets a member into a circle whatever its visibility (a redeemed reward that opens an exclusive
   * circle). Already in: nothing changes.
   */
  async admit({
    tenantId,
    circleId,
    memberId,
  }: {
    tenantId: string;
    circleId: string;
    memberId: string;
  }): Promise<void> {
    const [circle, member, membership] = await Promise.all([
      this.deps.circles.get(tenantId, circleId),
      this.deps.members.get(tenantId, memberId),
      this.deps.circles.membership(tenantId, circleId, memberId),
    ]);
    if (!circle || circle.archivedAt) throw circleNotFound();
    if (!member) throw new AppError('MEMBER.NOT_FOUND', 404, 'This person is not a member of the community.');
    if (membership?.status === 'active') return;
    await this.activate(member, circle, membership?.role ?? 'member', membership);
  }

  /** A new member joins the community-wide circles (the space everyone shares). */
  async joinCommunityWide(member: Stored<Member>): Promise<void> {
    const circles = await this.deps.circles.all(member.tenantId);
    for (const circle of circles.filter((c) => c.type === 'community' && !c.archivedAt)) {
      await this.admit({ tenantId: member.tenantId, circleId: circle.id, memberId: member.id });
    }
  }

  /** Leaves a circle (or withdraws a request, or declines an invitation). */
  async leave({ actor, circleId }: { actor: Actor; circleId: string }): Promise<void> {
    const view = await this.get({ actor, circleId });
    const { membership } = view;
    if (!membership) return;
    if (membership.status === 'active' && membership.role === 'owner') {
      const owners = await this.deps.circles.membersOf(actor.tenantId, circleId, 'active', { limit: 1000 });
      if (owners.items.filter((m) => m.role === 'owner').length <= 1) throw errors.lastOwner();
    }
    await this.removeMembership(membership);
  }

  /** Invites members (owners, animators and admins; in open circles any member may invite). */
  async invite({ actor, circleId, memberIds }: { actor: Actor; circleId: string; memberIds: string[] }) {
    const view = await this.get({ actor, circleId });
    const mayInvite =
      view.canManage || (view.circle.visibility === 'open' && view.membership?.status === 'active');
    if (!mayInvite) throw errors.forbidden();
    if (view.circle.archivedAt) throw errors.archived();
    const invited: string[] = [];
    for (const memberId of new Set(memberIds)) {
      const member = await this.deps.members.get(actor.tenantId, memberId);
      if (!member) {
        throw new AppError(
          'MEMBER.NOT_FOUND',
          404,
          'One of the people invited is not a member of the community.',
          {
            details: { memberId },
          },
        );
      }
      const existing = await this.deps.circles.membership(actor.tenantId, circleId, memberId);
      if (existing?.status === 'active' || existing?.status === 'invited') continue;
      if (existing?.status === 'requested') {
        await this.activate(member, view.circle, existing.role, existing); // they asked: inviting says yes
      } else {
        await this.createMembership(member, view.circle, 'invited', 'member', actor.memberId);
      }
      invited.push(memberId);
    }
    return { invited };
  }

  /** Answers a request to join a closed circle. */
  async decide({
    actor,
    circleId,
    memberId,
    approve,
  }: {
    actor: Actor;
    circleId: string;
    memberId: string;
    approve: boolean;
  }): Promise<void> {
    const view = await this.get({ actor, circleId });
    if (!view.canManage) throw errors.forbidden();
    const request = await this.deps.circles.membership(actor.tenantId, circleId, memberId);
    if (request?.status !== 'requested') throw errors.notInvited();
    if (!approve) {
      await this.removeMembership(request);
      return;
    }
    const member = await this.deps.members.get(actor.tenantId, memberId);
    if (!member) throw errors.notInvited();
    await this.activate(member, view.circle, request.role, request);
  }

  /** Changes a member's role (owners and admins). */
  async setRole({
    actor,
    circleId,
    memberId,
    role,
  }: {
    actor: Actor;
    circleId: string;
    memberId: string;
    role: CircleRole;
  }): Promise<void> {
    const view = await this.get({ actor, circleId });
    const isOwner = view.membership?.status === 'active' && view.membership.role === 'owner';
    if (!isOwner && !(await this.isAdmin(actor))) throw errors.forbidden();
    const target = await this.deps.circles.membership(actor.tenantId, circleId, memberId);
    if (target?.status !== 'active')
      throw new AppError('CIRCLE.NOT_A_MEMBER', 404, 'This person is not in the circle.');
    if (target.role === 'owner' && role !== 'owner') {
      const owners = await this.deps.circles.membersOf(actor.tenantId, circleId, 'active', { limit: 1000 });
      if (owners.items.filter((m) => m.role === 'owner').length <= 1) throw errors.lastOwner();
    }
    await this.deps.circles.replaceMembership({ ...target, role });
  }

  /** One page of a circle's members (or, for managers, of its pending requests and invitations). */
  async members({
    actor,
    circleId,
    status = 'active',
    limit = 50,
    continuation,
  }: {
    actor: Actor;
    circleId: string;
    status?: Membership['status'];
    limit?: number;
    continuation?: string | undefined;
  }) {
    const view = await this.get({ actor, circleId });
    // Members of a closed circle are its own business; pending lists are for its managers.
    if (!view.canRead || (status !== 'active' && !view.canManage)) throw errors.forbidden();
    const page = await this.deps.circles.membersOf(actor.tenantId, circleId, status, {
      limit,
      ...(continuation ? { continuation } : {}),
    });
    const members = await Promise.all(
      page.items.map((m) => this.deps.members.get(actor.tenantId, m.memberId)),
    );
    return {
      items: page.items.map((membership, n) => ({ membership, member: members[n] })),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  }

  private async activate(
    member: Member,
    circle: Stored<Circle>,
    role: CircleRole,
    existing: Stored<Membership> | undefined,
  ): Promise<void> {
    if (circle.type === 'pod' && circle.memberCount >= POD_MAX_MEMBERS) throw errors.podFull();
    const now = this.deps.clock.now().toISOString();
    try {
      if (existing)
        await this.deps.circles.replaceMembership({ ...existing, status: 'active', role, since: now });
      else await this.createMembership(member, circle, 'active', role, undefined);
    } catch (error) {
      // The same join arrived twice: the other one counted it.
      if (error instanceof ConflictError || error instanceof ConcurrencyError) return;
      throw error;
    }
    const updated = await this.deps.circles.patchCounts(
      circle.tenantId,
      circle.id,
      this.countOps(member, +1),
    );
    // Two joins raced for a pod's last seat: the one that went over gives it back.
    if (circle.type === 'pod' && updated && updated.memberCount > POD_MAX_MEMBERS) {
      const mine = await this.deps.circles.membership(circle.tenantId, circle.id, member.id);
      if (mine) await this.deps.circles.deleteMembership(mine);
      await this.deps.circles.patchCounts(circle.tenantId, circle.id, this.countOps(member, -1));
      throw errors.podFull();
    }
    await (this.deps.activity ?? noActivity).record({
      type: 'circle.joined',
      tenantId: circle.tenantId,
      memberId: member.id,
      circleId: circle.id,
      circleType: circle.type,
    });
  }

  private async createMembership(
    member: Member,
    circle: Stored<Circle>,
    status: Membership['status'],
    role: CircleRole,
    invitedBy: string | undefined,
  ): Promise<void> {
    const membership: Membership = {
      id: membershipId(circle.id, member.id),
      pk: circle.tenantId,
      tenantId: circle.tenantId,
      kind: 'membership',
      circleId: circle.id,
      memberId: member.id,
      role,
      status,
      since: this.deps.clock.now().toISOString(),
      ...(invitedBy ? { invitedBy } : {}),
    };
    try {
      await this.deps.circles.createMembership(membership);
    } catch (error) {
      if (status !== 'active' && error instanceof ConflictError) return; // a retried request or invitation
      throw error;
    }
  }

  private async removeMembership(membership: Stored<Membership>): Promise<void> {
    try {
      await this.deps.circles.deleteMembership(membership);
    } catch (error) {
      if (error instanceof ConcurrencyError) return; // already gone (a double click)
      throw error;
    }
    if (membership.status === 'active') {
      const member = await this.deps.members.get(membership.tenantId, membership.memberId);
      await this.deps.circles.patchCounts(
        membership.tenantId,
        membership.circleId,
        this.countOps(member ?? { segments: { interests: [] } }, -1),
      );
    }
  }

  private countOps(member: Pick<Member, 'segments'>, delta: 1 | -1) {
    const ops = [{ op: 'incr' as const, path: 'memberCount', value: delta }];
    if (member.segments.department) {
      ops.push({
        op: 'incr' as const,
        path: `departmentCounts.${departmentKey(member.segments.department)}`,
        value: delta,
      });
    }
    return ops;
  }

  private async ensureNameFree(tenantId: string, name: string): Promise<void> {
    const wanted = normalizeText(name);
    const circles = await this.deps.circles.all(tenantId);
    if (circles.some((c) => normalizeText(c.name) === wanted)) throw errors.nameTaken(name.trim());
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member)
      throw new AppError('MEMBER.NOT_FOUND', 404, 'Open Guildhall once to join the community first.');
    return member;
  }

  private async isAdmin(actor: Actor): Promise<boolean> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    return member ? hasRole(member, 'admin') : false;
  }
}
