import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import type { CharterVersion, CommunitySettings } from './charter';

type CommunityDoc = CharterVersion | CommunitySettings;

/**
 * The community's own documents. Container `community`, pk = tenantId.
 * Reads: the settings singleton (point read), the latest charter version (kind = charter,
 * ORDER BY version DESC, TOP 1), a given version (point read).
 */
export class CharterRepository {
  private readonly container: DocumentContainer<CommunityDoc>;

  constructor(store: DocumentStore) {
    this.container = store.container<CommunityDoc>(Containers.community);
  }

  async settings(tenantId: string): Promise<Stored<CommunitySettings> | undefined> {
    const doc = await this.container.read({ tenantId, pk: tenantId, id: 'settings' });
    return doc?.kind === 'settings' ? doc : undefined;
  }

  async current(tenantId: string): Promise<Stored<CharterVersion> | undefined> {
    const page = await this.container.query({
      tenantId,
      pk: tenantId,
      where: [{ path: 'kind', op: 'eq', value: 'charter' }],
      orderBy: [{ path: 'version', direction: 'desc' }],
      limit: 1,
    });
    const doc = page.items[0];
    return doc?.kind === 'charter' ? doc : undefined;
  }

  upsertSettings(settings: CommunitySettings): Promise<Stored<CommunitySettings>> {
    return this.container.upsert(settings) as Promise<Stored<CommunitySettings>>;
  }

  /** Publishes a version; a ConflictError means that version number was taken meanwhile. */
  createVersion(version: CharterVersion): Promise<Stored<CharterVersion>> {
    return this.container.create(version) as Promise<Stored<CharterVersion>>;
  }

  upsertVersion(version: CharterVersion): Promise<Stored<CharterVersion>> {
    return this.container.upsert(version) as Promise<Stored<CharterVersion>>;
  }
}
