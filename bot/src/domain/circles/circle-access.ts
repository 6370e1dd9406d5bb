import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Stored } from '../shared/document-store';
import type { Circle, Membership } from './circle';
import type { CircleRepository } from './circle-repository';

/** What an actor may do with a circle, decided once from the circle and their membership. */
export interface CircleView {
  circle: Stored<Circle>;
  membership: Stored<Membership> | undefined;
  /** The circle exists for them (private circles exist only for members and invitees). */
  canSee: boolean;
  /** They read its posts and comments (open circles: everyone; others: active members). */
  canRead: boolean;
  /** They post and comment in it (active members; in open circles, anyone who may read). */
  canPost: boolean;
  /** Owner or circle animator (or community admin): edits, invites, approves, moderates. */
  canManage: boolean;
}

/**
 * The one place that decides circle visibility. Every route that shows a circle, its posts, its
 * comments, search hits or counts goes through it, so private circles stay invisible everywhere.
 */
export class CircleAccess {
  constructor(private readonly deps: { circles: CircleRepository }) {}

  /** Decides what `actor` may do with an already loaded circle. */
  static decide(
    circle: Stored<Circle>,
    membership: Stored<Membership> | undefined,
    isAdmin: boolean,
  ): CircleView {
    const active = membership?.status === 'active';
    const canSee = circle.visibility !== 'private' || active || membership?.status === 'invited';
    const canRead = circle.visibility === 'open' || active;
    const manager = active && (membership.role === 'owner' || membership.role === 'animator');
    return {
      circle,
      membership,
      canSee,
      canRead,
      canPost: canRead && !circle.archivedAt && (active || circle.visibility === 'open'),
      canManage: manager || (isAdmin && circle.visibility !== 'private') || (isAdmin && active),
    };
  }

  /** The circle as `actor` may see it; CIRCLE.NOT_FOUND when it does not exist for them. */
  async view(actor: Actor, circleId: string, isAdmin = false): Promise<CircleView> {
    const [circle, membership] = await Promise.all([
      this.deps.circles.get(actor.tenantId, circleId),
      this.deps.circles.membership(actor.tenantId, circleId, actor.memberId),
    ]);
    if (!circle) throw circleNotFound();
    const view = CircleAccess.decide(circle, membership, isAdmin);
    if (!view.canSee) throw circleNotFound();
    return view;
  }

  /** Ids of the circles whose content `actor` reads: every open circle, and those they are active in. */
  async readableCircleIds(actor: Actor): Promise<{ all: Set<string>; memberOf: Set<string> }> {
    const [circles, memberships] = await Promise.all([
      this.deps.circles.all(actor.tenantId),
      this.deps.circles.membershipsOf(actor.tenantId, actor.memberId),
    ]);
    const memberOf = new Set(memberships.filter((m) => m.status === 'active').map((m) => m.circleId));
    const all = new Set(
      circles.filter((c) => c.visibility === 'open' || memberOf.has(c.id)).map((c) => c.id),
    );
    return { all, memberOf };
  }
}

/** The same answer for "does not exist" and "exists but is private": nothing leaks. */
export function circleNotFound(): AppError {
  return new AppError('CIRCLE.NOT_FOUND', 404, 'This circle does not exist or is private.');
}
