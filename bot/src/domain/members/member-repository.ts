import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import type { Member } from './member';

/**
 * Members. Container `members`, pk = tenantId.
 * Reads: point read by (tenant, member id) on every request that needs roles or settings.
 */
export class MemberRepository {
  private readonly container: DocumentContainer<Member>;

  constructor(store: DocumentStore) {
    this.container = store.container<Member>(Containers.members);
  }

  get(tenantId: string, memberId: string): Promise<Stored<Member> | undefined> {
    return this.container.read({ tenantId, pk: tenantId, id: memberId });
  }

  create(member: Member): Promise<Stored<Member>> {
    return this.container.create(member);
  }

  upsert(member: Member): Promise<Stored<Member>> {
    return this.container.upsert(member);
  }

  /** Sets fields without a read-modify-write round trip. */
  async setFields(
    tenantId: string,
    memberId: string,
    fields: Partial<Omit<Member, 'id' | 'pk' | 'tenantId'>>,
  ): Promise<Stored<Member> | undefined> {
    const ops = Object.entries(fields).map(([path, value]) => ({ op: 'set' as const, path, value }));
    if (ops.length === 0) return this.get(tenantId, memberId);
    return this.container.patch({ tenantId, pk: tenantId, id: memberId }, ops);
  }
}
