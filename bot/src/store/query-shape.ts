import { createHash } from 'node:crypto';
import type { Query } from '../domain/shared/document-store';

/**
 * A short fingerprint of what a query selects and how it sorts. Continuation tokens carry it, so
 * a token replayed on a different query is refused instead of silently skipping or repeating rows.
 */
export function queryShape(query: Pick<Query, 'pk' | 'where' | 'orderBy'>): string {
  return createHash('sha1')
    .update(JSON.stringify([query.pk ?? null, query.where ?? [], query.orderBy ?? []]))
    .digest('base64url')
    .slice(0, 12);
}
