import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import type { Circle, Membership } from './circle';

/**
 * Circles (container `circles`) and memberships (container `memberships`), both pk = tenantId.
 * Reads: a circle by id; the directory ordered by name; a member's memberships (memberId);
 * a circle's members (circleId).
 */
export class CircleRepository {
  private readonly circles: DocumentContainer<Circle>;
  private readonly memberships: DocumentContainer<Membership>;

  constructor(store: DocumentStore) {
    this.circles = store.container<Circle>(Containers.circles);
    this.memberships = store.container<Membership>(Containers.memberships);
  }

  get(tenantId: string, circleId: string): Promise<Stored<Circle> | undefined> {
    return this.circles.read({ tenantId, pk: tenantId, id: circleId });
  }

  upsert(circle: Circle): Promise<Stored<Circle>> {
    return this.circles.upsert(circle);
  }

  upsertMembership(membership: Membership): Promise<Stored<Membership>> {
    return this.memberships.upsert(membership);
  }
}
