import { randomUUID } from 'node:crypto';

/** A new opaque id for documents Guildhall creates. */
export function newId(): string {
  return randomUUID();
}

/**
 * Makes an external id (a Teams conversation id, say) safe as a document id: Cosmos DB refuses
 * '/', '\\', '?' and '#' in ids, so those are percent-encoded (and '%' itself, to stay reversible).
 */
export function safeId(external: string): string {
  return external.replace(
    /[%/\\?#]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
