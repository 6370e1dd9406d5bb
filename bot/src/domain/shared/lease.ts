import type { Clock } from './clock';
import { Containers, SYSTEM_TENANT } from './containers';
import {
  ConcurrencyError,
  ConflictError,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
} from './document-store';

interface LeaseDoc extends BaseDoc {
  kind: 'lease';
  holder: string;
  expiresAt: string;
}

/**
 * A lease in the store: at most one holder at a time across server instances, until it expires
 * (a crashed holder's lease lapses and another instance takes over). Acquire and renew are
 * conditional writes on the etag, so two instances never both win.
 */
export class Lease {
  private readonly docs: DocumentContainer<LeaseDoc>;

  constructor(
    store: DocumentStore,
    private readonly clock: Clock,
    private readonly name: string,
    private readonly holder: string,
  ) {
    this.docs = store.container<LeaseDoc>(Containers.system);
  }

  /** Takes or renews the lease for `ttlMs`; false when someone else holds it. */
  async acquire(ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const key = { tenantId: SYSTEM_TENANT, pk: SYSTEM_TENANT, id: `lease|${this.name}` };
    const lease: LeaseDoc = {
      ...key,
      kind: 'lease',
      holder: this.holder,
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    };
    const current = await this.docs.read(key);
    try {
      if (!current) {
        await this.docs.create(lease);
        return true;
      }
      if (current.holder !== this.holder && Date.parse(current.expiresAt) > now.getTime()) return false;
      await this.docs.replace(lease, { ifMatch: current.etag });
      return true;
    } catch (error) {
      if (error instanceof ConflictError || error instanceof ConcurrencyError) return false; // another instance won
      throw error;
    }
  }

  /** Gives the lease up (on shutdown), if we hold it. */
  async release(): Promise<void> {
    const key = { tenantId: SYSTEM_TENANT, pk: SYSTEM_TENANT, id: `lease|${this.name}` };
    const current = await this.docs.read(key);
    if (current?.holder !== this.holder) return;
    try {
      await this.docs.delete(key, { ifMatch: current.etag });
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error; // taken over meanwhile: not ours to release
    }
  }
}
