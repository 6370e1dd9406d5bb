import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, PatchOp, Stored } from '../shared/document-store';
import { membershipId, type Circle, type Membership } from './circle';

/**
 * Circles (container `circles`) and memberships (container `memberships`), both pk = tenantId.
 * Reads: a circle by id; every circle of the tenant (a few hundred: the directory filters and
 * ranks them in memory); a member's memberships (memberId); a circle's members (circleId, status).
 */
export class CircleRepository {
  private readonly circles: DocumentContainer<Circle>;
  private readonly memberships: DocumentContainer<Membership>;
  private readonly listeners: ((tenantId: string) => void)[] = [];

  constructor(store: DocumentStore) {
    this.circles = store.container<Circle>(Containers.circles);
    this.memberships = store.container<Membership>(Containers.memberships);
  }

  get(tenantId: string, circleId: string): Promise<Stored<Circle> | undefined> {
    return this.circles.read({ tenantId, pk: tenantId, id: circleId });
  }

  /** Several circles, in the order asked (missing ones `undefined`). */
  getMany(tenantId: string, circleIds: readonly string[]): Promise<(Stored<Circle> | undefined)[]> {
    return this.circles.readMany(circleIds.map((id) => ({ tenantId, pk: tenantId, id })));
  }

  /** A member's memberships of several circles, in the order asked. */
  membershipsIn(
    tenantId: string,
    circleIds: readonly string[],
    memberId: string,
  ): Promise<(Stored<Membership> | undefined)[]> {
    return this.memberships.readMany(
      circleIds.map((id) => ({ tenantId, pk: tenantId, id: membershipId(id, memberId) })),
    );
  }

  /** Every circle of the tenant, by name. */
  async all(tenantId: string): Promise<Stored<Circle>[]> {
    const circles: Stored<Circle>[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.circles.query({
        tenantId,
        pk: tenantId,
        orderBy: [{ path: 'name', direction: 'asc' }],
        limit: 500,
        ...(continuation ? { continuation } : {}),
      });
      circles.push(...page.items);
      continuation = page.continuation;
    } while (continuation);
    return circles;
  }

  /** Every circle's visibility (a projection: the feed decides readability for each request). */
  async visibilities(tenantId: string): Promise<Map<string, Circle['visibility']>> {
    const result = new Map<string, Circle['visibility']>();
    let continuation: string | undefined;
    do {
      const page = await this.circles.select(
        {
          tenantId,
          pk: tenantId,
          orderBy: [{ path: 'name', direction: 'asc' }],
          limit: 1000,
          ...(continuation ? { continuation } : {}),
        },
        ['visibility'],
      );
      for (const circle of page.items) result.set(circle.id, circle.visibility);
      continuation = page.continuation;
    } while (continuation);
    return result;
  }

  /** Calls `listener` with the tenant of every circle this repository writes (caches forget it). */
  onChange(listener: (tenantId: string) => void): void {
    this.listeners.push(listener);
  }

  private changed<C extends Stored<Circle> | undefined>(circle: C): C {
    if (circle) for (const listener of this.listeners) listener(circle.tenantId);
    return circle;
  }

  async create(circle: Circle): Promise<Stored<Circle>> {
    return this.changed(await this.circles.create(circle));
  }

  async upsert(circle: Circle): Promise<Stored<Circle>> {
    return this.changed(await this.circles.upsert(circle));
  }

  async replace(circle: Stored<Circle>): Promise<Stored<Circle>> {
    return this.changed(await this.circles.replace(circle, { ifMatch: circle.etag }));
  }

  /** Atomic counter updates (member count, department counts). */
  patchCounts(tenantId: string, circleId: string, ops: PatchOp[]): Promise<Stored<Circle> | undefined> {
    return this.circles.patch({ tenantId, pk: tenantId, id: circleId }, ops);
  }

  membership(tenantId: string, circleId: string, memberId: string): Promise<Stored<Membership> | undefined> {
    return this.memberships.read({ tenantId, pk: tenantId, id: membershipId(circleId, memberId) });
  }

  createMembership(membership: Membership): Promise<Stored<Membership>> {
    return this.memberships.create(membership);
  }

  upsertMembership(membership: Membership): Promise<Stored<Membership>> {
    return this.memberships.upsert(membership);
  }

  replaceMembership(membership: Stored<Membership>): Promise<Stored<Membership>> {
    return this.memberships.replace(membership, { ifMatch: membership.etag });
  }

  deleteMembership(membership: Stored<Membership>): Promise<boolean> {
    return this.memberships.delete(
      { tenantId: membership.tenantId, pk: membership.pk, id: membership.id },
      { ifMatch: membership.etag },
    );
  }

  /** Every membership of a member (any status). */
  async membershipsOf(tenantId: string, memberId: string): Promise<Stored<Membership>[]> {
    const all: Stored<Membership>[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.memberships.query({
        tenantId,
        pk: tenantId,
        where: [{ path: 'memberId', op: 'eq', value: memberId }],
        limit: 500,
        ...(continuation ? { continuation } : {}),
      });
      all.push(...page.items);
      continuation = page.continuation;
    } while (continuation);
    return all;
  }

  /** One page of a circle's memberships with a status. */
  membersOf(
    tenantId: string,
    circleId: string,
    status: Membership['status'],
    page: { limit: number; continuation?: string },
  ) {
    return this.memberships.query({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'circleId', op: 'eq', value: circleId },
        { path: 'status', op: 'eq', value: status },
      ],
      limit: page.limit,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    });
  }

  /** How many memberships a circle has with a status. */
  countMembers(tenantId: string, circleId: string, status: Membership['status']): Promise<number> {
    return this.memberships.count({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'circleId', op: 'eq', value: circleId },
        { path: 'status', op: 'eq', value: status },
      ],
    });
  }
}
