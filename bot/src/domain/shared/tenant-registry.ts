import { Containers, SYSTEM_TENANT } from './containers';
import type { BaseDoc, DocumentContainer, DocumentStore } from './document-store';

interface TenantDoc extends BaseDoc {
  kind: 'tenant';
  registeredAt: string;
}

/**
 * The tenants this Guildhall serves, for background jobs that visit each one (every query of the
 * store is scoped to a tenant). Kept in the `system` container under the "_system" pseudo-tenant.
 */
export class TenantRegistry {
  private readonly docs: DocumentContainer<TenantDoc>;
  private readonly known = new Set<string>();

  constructor(store: DocumentStore) {
    this.docs = store.container<TenantDoc>(Containers.system);
  }

  /** Records a tenant (once per process; idempotent in the store). */
  async register(tenantId: string, at: Date): Promise<void> {
    if (this.known.has(tenantId)) return;
    await this.docs.upsert({
      id: `tenant|${tenantId}`,
      pk: SYSTEM_TENANT,
      tenantId: SYSTEM_TENANT,
      kind: 'tenant',
      registeredAt: at.toISOString(),
    });
    this.known.add(tenantId);
  }

  async all(): Promise<string[]> {
    const tenants: string[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.docs.query({
        tenantId: SYSTEM_TENANT,
        pk: SYSTEM_TENANT,
        where: [{ path: 'kind', op: 'eq', value: 'tenant' }],
        limit: 500,
        ...(continuation ? { continuation } : {}),
      });
      tenants.push(...page.items.map((doc) => doc.id.slice('tenant|'.length)));
      continuation = page.continuation;
    } while (continuation);
    return tenants;
  }
}
