import { assertPath, StoreError, type PatchOp } from '../domain/shared/document-store';

/**
 * Applies patch operations to a copy of a document, with Cosmos DB's rules: `set` creates missing
 * parents, `incr` starts from 0 and refuses a non-number, `remove` of a missing path is an error.
 */
export function applyPatch<T extends object>(doc: T, ops: readonly PatchOp[]): T {
  const copy = structuredClone(doc) as Record<string, unknown>;
  for (const op of ops) {
    const parts = assertPath(op.path);
    const last = parts.pop()!;
    let parent: Record<string, unknown> = copy;
    for (const part of parts) {
      const next = parent[part];
      if (next === undefined && op.op !== 'remove') {
        parent[part] = {};
      } else if (next === null || typeof next !== 'object' || Array.isArray(next)) {
        throw new StoreError(`Cannot patch "${op.path}": "${part}" is not an object.`);
      }
      parent = parent[part] as Record<string, unknown>;
    }
    switch (op.op) {
      case 'set':
        parent[last] = structuredClone(op.value);
        break;
      case 'incr': {
        const current = parent[last] ?? 0;
        if (typeof current !== 'number') throw new StoreError(`Cannot increment "${op.path}": not a number.`);
        parent[last] = current + op.value;
        break;
      }
      case 'remove':
        if (!(last in parent)) throw new StoreError(`Cannot remove "${op.path}": it does not exist.`);
        delete parent[last];
        break;
    }
  }
  return copy as T;
}
