import { Containers } from '../shared/containers';
import type { BaseDoc, DocumentContainer, DocumentStore, Page, Stored } from '../shared/document-store';

/** One thing a moderator or admin did. Never edited or deleted. */
export interface AuditEntry extends BaseDoc {
  kind: 'audit';
  actorId: string;
  action: string;
  targetType: 'post' | 'comment' | 'member' | 'circle' | 'charter';
  targetId: string;
  note: string;
  at: string;
}

/** The audit log. Container `audit`, pk = tenantId; read newest first. */
export class AuditLog {
  private readonly entries: DocumentContainer<AuditEntry>;

  constructor(store: DocumentStore) {
    this.entries = store.container<AuditEntry>(Containers.audit);
  }

  record(entry: AuditEntry): Promise<Stored<AuditEntry>> {
    return this.entries.create(entry);
  }

  page(
    tenantId: string,
    options: { limit: number; continuation?: string | undefined },
  ): Promise<Page<Stored<AuditEntry>>> {
    return this.entries.query({
      tenantId,
      pk: tenantId,
      orderBy: [{ path: 'at', direction: 'desc' }],
      limit: options.limit,
      ...(options.continuation ? { continuation: options.continuation } : {}),
    });
  }
}
