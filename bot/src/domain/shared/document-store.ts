/**
 * The storage port, shaped like Azure Cosmos DB so that one set of repositories runs on both the
 * embedded SQLite engine and Cosmos DB (DESIGN.md §3).
 *
 * Every document has an `id`, a partition key value `pk` (what it is for each container is written
 * in docs/ARCHITECTURE.md and at the top of each repository) and a `tenantId`. Every operation is
 * scoped by tenant: a document of another tenant is invisible, even with the right id and pk.
 */

/** What every stored document carries. */
export interface BaseDoc {
  id: string;
  pk: string;
  tenantId: string;
}

/** A document as read back from the store: with its concurrency token. */
export type Stored<T extends BaseDoc> = T & { etag: string };

/** Identifies one document. */
export interface DocKey {
  tenantId: string;
  pk: string;
  id: string;
}

/** A JSON value that can be compared in a filter. */
export type Scalar = string | number | boolean | null;

/**
 * Filters. `path` is a dotted property path made of identifiers (`author.id`); values are
 * always bound as parameters, never spliced into query text.
 */
export type Filter =
  | { path: string; op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'; value: Scalar }
  | { path: string; op: 'in'; values: readonly Scalar[] }
  | { path: string; op: 'arrayContains'; value: Scalar }
  | { path: string; op: 'arrayContainsAny'; values: readonly Scalar[] }
  | { path: string; op: 'startsWith' | 'contains'; value: string }
  | { path: string; op: 'exists' | 'notExists' }
  | { op: 'or'; filters: readonly Filter[] }
  | { op: 'and'; filters: readonly Filter[] };

export interface OrderBy {
  path: string;
  direction: 'asc' | 'desc';
}

/** A query on one container. Filters are ANDed. */
export interface Query {
  tenantId: string;
  /** When set, the query stays in one partition (the cheap case on Cosmos DB). */
  pk?: string;
  where?: readonly Filter[];
  /**
   * Sort order. Ordered fields must be present on every matching document (Cosmos DB drops
   * documents without them). Multi-field orders need a composite index in the container definition.
   */
  orderBy?: readonly OrderBy[];
  /** Page size, 1..1000. Defaults to 100. A page may hold fewer items even when more follow. */
  limit?: number;
  /** The `continuation` of the previous page. */
  continuation?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when there may be more results. Opaque; pass it back unchanged. */
  continuation?: string;
}

/** A document reduced to the properties a `select` asked for, with its id, pk and tenant. */
export type Selected<T extends BaseDoc, K extends keyof T> = Pick<T, K | 'id' | 'pk' | 'tenantId'>;

/** A partial update. `incr` is atomic: concurrent increments never lose an update. */
export type PatchOp =
  | { op: 'set'; path: string; value: unknown }
  | { op: 'incr'; path: string; value: number }
  | { op: 'remove'; path: string };

/** Options for writes that must not overwrite someone else's change. */
export interface WriteCondition {
  ifMatch?: string;
}

/** One named container. */
export interface DocumentContainer<T extends BaseDoc> {
  readonly name: string;
  /** Point read. A missing document (or one of another tenant) is `undefined`. */
  read(key: DocKey): Promise<Stored<T> | undefined>;
  /**
   * Point reads of several documents at once, in the order of `keys`; missing ones (or another
   * tenant's) are `undefined`. Cheaper than separate reads when a screen needs many.
   */
  readMany(keys: readonly DocKey[]): Promise<(Stored<T> | undefined)[]>;
  /** Creates; throws ConflictError when the id already exists in that partition. */
  create(doc: T): Promise<Stored<T>>;
  /** Creates or replaces unconditionally. */
  upsert(doc: T): Promise<Stored<T>>;
  /** Replaces when the etag still matches; throws ConcurrencyError otherwise (or if it is gone). */
  replace(doc: T, condition: Required<WriteCondition>): Promise<Stored<T>>;
  /** Deletes; `false` when there was nothing to delete. Throws ConcurrencyError on a stale etag. */
  delete(key: DocKey, condition?: WriteCondition): Promise<boolean>;
  /**
   * Applies patch operations atomically; `undefined` when the document does not exist.
   * Throws ConcurrencyError on a stale etag.
   */
  patch(key: DocKey, ops: readonly PatchOp[], condition?: WriteCondition): Promise<Stored<T> | undefined>;
  /** One page of a query. Throws InvalidContinuationError for a token it did not issue. */
  query(query: Query): Promise<Page<Stored<T>>>;
  /**
   * The same query, returning only some top-level properties of each document (a projection),
   * with `id`, `pk` and `tenantId`; a property a document lacks is left out. For reads that need a
   * few small fields of many documents (ranking candidates): large bodies are neither transferred
   * nor parsed. Pages and continuation tokens work as they do for `query`.
   */
  select<K extends keyof T & string>(query: Query, fields: readonly K[]): Promise<Page<Selected<T, K>>>;
  /** Number of matching documents. */
  count(query: Omit<Query, 'orderBy' | 'limit' | 'continuation'>): Promise<number>;
}

/** Secondary order an engine should index, declared per container. */
export interface IndexDefinition {
  fields: readonly OrderBy[];
  /**
   * Makes the index sparse: it holds only the documents that have this property. For a rare
   * property that queries select with an `exists` filter (posts with an audience), so those queries
   * walk a few entries instead of the whole order. SQLite builds a partial index; Cosmos DB indexes
   * every path anyway and has no partial index, so it only keeps the order.
   */
  sparseOn?: string;
  /**
   * Properties stored in the index after the order (a covering index): filters on them are checked
   * on index entries, so a query that walks the order past many non-matching documents never reads
   * those. SQLite appends them to its index; Cosmos DB's range index already covers every path.
   */
  include?: readonly string[];
}

/** How a container is laid out; both adapters create what is missing from this. */
export interface ContainerDefinition {
  name: string;
  /** Human description of the partition key, copied into docs/ARCHITECTURE.md. */
  partitionKey: string;
  /**
   * Orders and filters that must be cheap. SQLite gets an index per entry (prefixed by tenant and
   * partition); Cosmos DB gets a composite index per entry with more than one field.
   */
  indexes: readonly IndexDefinition[];
}

/** The store: a set of containers. */
export interface DocumentStore {
  readonly engine: 'sqlite' | 'cosmos';
  container<T extends BaseDoc>(definition: ContainerDefinition): DocumentContainer<T>;
  /** Resolves when the store answers; rejects otherwise (used by /readyz). */
  ping(): Promise<void>;
  /** Releases connections and files. Idempotent. */
  close(): Promise<void>;
}

/** Base of every storage error: carries the driver error as `cause`. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** A create hit an existing id. */
export class ConflictError extends StoreError {
  constructor(message = 'A document with this id already exists.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConflictError';
  }
}

/** A conditional write lost a race: the etag is stale or the document is gone. */
export class ConcurrencyError extends StoreError {
  constructor(message = 'The document changed since it was read.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConcurrencyError';
  }
}

/** A continuation token this store did not issue, or one for another query. */
export class InvalidContinuationError extends StoreError {
  constructor(message = 'The continuation token is not valid.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidContinuationError';
  }
}

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Throws unless `path` is a dotted identifier path; adapters call it before building query text. */
export function assertPath(path: string): string[] {
  if (!PATH.test(path)) throw new StoreError(`Invalid document path "${path}".`);
  return path.split('.');
}

/** Throws unless every field of a projection is a top-level property name. */
export function assertFields(fields: readonly string[]): string[] {
  return fields.map((field) => {
    if (assertPath(field).length !== 1) throw new StoreError(`Invalid selected property "${field}".`);
    return field;
  });
}

/** Page size rules shared by adapters. */
export function pageSizeOf(query: Pick<Query, 'limit'>): number {
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new StoreError(`Query limit must be an integer from 1 to 1000, got ${limit}.`);
  }
  return limit;
}

/**
 * Builds a partition key value. Every key starts with the tenant id, so two tenants can never
 * share a partition (adapters refuse a document whose `pk` does not start with its `tenantId`).
 */
export function pkOf(tenantId: string, ...parts: string[]): string {
  return [tenantId, ...parts].join('|');
}

/** True when a partition key value belongs to the tenant. */
export function pkBelongsTo(pk: string, tenantId: string): boolean {
  return pk === tenantId || pk.startsWith(`${tenantId}|`);
}

/** Adapters call this before every write: the document is complete and its pk is in its tenant. */
export function checkDoc<T extends BaseDoc>(doc: T): T {
  for (const field of ['id', 'pk', 'tenantId'] as const) {
    if (typeof doc[field] !== 'string' || doc[field].length === 0) {
      throw new StoreError(`Document field "${field}" must be a non-empty string.`);
    }
  }
  if (doc.tenantId.includes('|')) throw new StoreError('A tenant id cannot contain "|".');
  if (!pkBelongsTo(doc.pk, doc.tenantId)) {
    throw new StoreError(`Partition key "${doc.pk}" is not in tenant "${doc.tenantId}".`);
  }
  return doc;
}

/** Removes store-managed fields before a document is written. */
export function bodyOf<T extends BaseDoc>(doc: T): T {
  const { etag: _etag, ...rest } = doc as T & { etag?: string };
  return rest as T;
}
