import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import { DEFAULT_SETTINGS, type CharterVersion, type CommunitySettings, type Goal } from './charter';

type CommunityDoc = CharterVersion | CommunitySettings | Goal;

/**
 * The community's own documents. Container `community`, pk = tenantId.
 * Reads: the settings singleton (point read), the latest charter version (kind = charter,
 * ORDER BY version DESC, TOP 1), the goals (kind = goal).
 */
export class CharterRepository {
  private readonly container: DocumentContainer<CommunityDoc>;

  constructor(store: DocumentStore) {
    this.container = store.container<CommunityDoc>(Containers.community);
  }

  /** The settings, with defaults for anything an older community never set. */
  async settings(tenantId: string): Promise<Stored<CommunitySettings> | undefined> {
    const doc = await this.container.read({ tenantId, pk: tenantId, id: 'settings' });
    if (doc?.kind !== 'settings') return undefined;
    return { ...DEFAULT_SETTINGS, ...doc, rateLimits: { ...DEFAULT_SETTINGS.rateLimits, ...doc.rateLimits } };
  }

  async current(tenantId: string): Promise<Stored<CharterVersion> | undefined> {
    const page = await this.container.query({
      tenantId,
      pk: tenantId,
      where: [{ path: 'kind', op: 'eq', value: 'charter' }],
      orderBy: [
        { path: 'kind', direction: 'asc' },
        { path: 'version', direction: 'desc' },
      ],
      limit: 1,
    });
    const doc = page.items[0];
    return doc?.kind === 'charter' ? doc : undefined;
  }

  upsertSettings(settings: CommunitySettings): Promise<Stored<CommunitySettings>> {
    return this.container.upsert(settings) as Promise<Stored<CommunitySettings>>;
  }

  /** Replaces the settings if nobody changed them since they were read. */
  replaceSettings(settings: Stored<CommunitySettings>): Promise<Stored<CommunitySettings>> {
    return this.container.replace(settings, { ifMatch: settings.etag }) as Promise<Stored<CommunitySettings>>;
  }

  /** Publishes a version; a ConflictError means that version number was taken meanwhile. */
  createVersion(version: CharterVersion): Promise<Stored<CharterVersion>> {
    return this.container.create(version) as Promise<Stored<CharterVersion>>;
  }

  upsertVersion(version: CharterVersion): Promise<Stored<CharterVersion>> {
    return this.container.upsert(version) as Promise<Stored<CharterVersion>>;
  }

  async goals(tenantId: string): Promise<Stored<Goal>[]> {
    const page = await this.container.query({
      tenantId,
      pk: tenantId,
      where: [{ path: 'kind', op: 'eq', value: 'goal' }],
      limit: 100,
    });
    return page.items
      .filter((doc): doc is Stored<Goal> => doc.kind === 'goal')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async goal(tenantId: string, goalId: string): Promise<Stored<Goal> | undefined> {
    const doc = await this.container.read({ tenantId, pk: tenantId, id: goalId });
    return doc?.kind === 'goal' ? doc : undefined;
  }

  upsertGoal(goal: Goal): Promise<Stored<Goal>> {
    return this.container.upsert(goal) as Promise<Stored<Goal>>;
  }

  deleteGoal(tenantId: string, goalId: string): Promise<boolean> {
    return this.container.delete({ tenantId, pk: tenantId, id: goalId });
  }
}
