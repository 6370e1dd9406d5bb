import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Filter, Selected, Stored } from '../shared/document-store';
import type { Member } from './member';

/**
 * Members. Container `members`, pk = tenantId.
 * Reads: point read by (tenant, member id) on every request that needs roles or settings; name
 * search (searchName contains, ORDER BY displayName); counts for goals.
 */
export class MemberRepository {
  private readonly container: DocumentContainer<Member>;

  constructor(store: DocumentStore) {
    this.container = store.container<Member>(Containers.members);
  }

  get(tenantId: string, memberId: string): Promise<Stored<Member> | undefined> {
    return this.container.read({ tenantId, pk: tenantId, id: memberId });
  }

  /** Several members at once (missing ones are left out). */
  async many(tenantId: string, memberIds: Iterable<string>): Promise<Map<string, Stored<Member>>> {
    const ids = [...new Set(memberIds)];
    const found = await this.container.readMany(ids.map((id) => ({ tenantId, pk: tenantId, id })));
    return new Map(found.filter((m): m is Stored<Member> => m !== undefined).map((m) => [m.id, m]));
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

  /** Removes an optional field. */
  removeField(
    tenantId: string,
    memberId: string,
    field: 'rankingOptOut',
  ): Promise<Stored<Member> | undefined> {
    return this.container.patch({ tenantId, pk: tenantId, id: memberId }, [{ op: 'remove', path: field }]);
  }

  /** Members whose normalized name contains every term, by name. */
  async search(tenantId: string, terms: string[], limit: number): Promise<Stored<Member>[]> {
    const where: Filter[] = terms.map((term) => ({ path: 'searchName', op: 'contains', value: term }));
    const page = await this.container.query({
      tenantId,
      pk: tenantId,
      where,
      orderBy: [{ path: 'displayName', direction: 'asc' }],
      limit,
    });
    return page.items;
  }

  /** Ids of members who keep themselves off public leaderboards. */
  async optedOutOfRanking(tenantId: string): Promise<string[]> {
    const ids: string[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.container.select(
        {
          tenantId,
          pk: tenantId,
          // The field exists only on those who opted out: a sparse index finds them without a scan.
          // Its order is named so that the embedded store walks it (without one, SQLite read every
          // member of the tenant: 0.3 s at 100,000 members, on each leaderboard refresh of the list).
          where: [{ path: 'rankingOptOut', op: 'exists' }],
          orderBy: [{ path: 'displayName', direction: 'asc' }],
          limit: 1000,
          ...(continuation ? { continuation } : {}),
        },
        [],
      );
      ids.push(...page.items.map((m) => m.id));
      continuation = page.continuation;
    } while (continuation);
    return ids;
  }

  /** Every member's segments and language, page by page (a projection: targeting by segment reads them all). */
  async *segmentPages(tenantId: string): AsyncGenerator<Selected<Member, 'segments' | 'language'>[]> {
    let continuation: string | undefined;
    do {
      const page = await this.container.select(
        { tenantId, pk: tenantId, limit: 1000, ...(continuation ? { continuation } : {}) },
        ['segments', 'language'],
      );
      yield page.items;
      continuation = page.continuation;
    } while (continuation);
  }

  count(tenantId: string, where: Filter[]): Promise<number> {
    return this.container.count({ tenantId, pk: tenantId, where });
  }
}
