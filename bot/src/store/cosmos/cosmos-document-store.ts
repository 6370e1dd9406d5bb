import type {
  Container,
  CosmosClient,
  Database,
  ItemDefinition,
  JSONValue,
  PatchOperation,
  SqlParameter,
} from '@azure/cosmos';
import {
  assertFields,
  assertPath,
  bodyOf,
  checkDoc,
  ConcurrencyError,
  ConflictError,
  InvalidContinuationError,
  pageSizeOf,
  pkBelongsTo,
  StoreError,
  type BaseDoc,
  type ContainerDefinition,
  type DocKey,
  type DocumentContainer,
  type DocumentStore,
  type Filter,
  type Page,
  type PatchOp,
  type Query,
  type Selected,
  type Stored,
  type WriteCondition,
} from '../../domain/shared/document-store';
import { queryShape } from '../query-shape';

/**
 * Azure Cosmos DB through @azure/cosmos. Every container is partitioned on `/pk`.
 *
 * Written for what both real Cosmos DB and the in-process emulator used in tests run:
 * the partition key goes in the WHERE clause as well as in the request options (the emulator
 * ignores the option), pages use continuation tokens (no OFFSET/LIMIT), and nothing relies on
 * stored procedures, TTL, the change feed or batch atomicity.
 */
export class CosmosDocumentStore implements DocumentStore {
  readonly engine = 'cosmos' as const;
  private readonly containers = new Map<string, CosmosContainer<BaseDoc>>();
  private closed = false;

  private constructor(
    private readonly client: CosmosClient,
    private readonly database: Database,
  ) {}

  /** Creates the database and every container that is missing, then returns the store. */
  static async connect(options: {
    client: CosmosClient;
    databaseId: string;
    containers: readonly ContainerDefinition[];
  }): Promise<CosmosDocumentStore> {
    try {
      const { database } = await options.client.databases.createIfNotExists({ id: options.databaseId });
      const store = new CosmosDocumentStore(options.client, database);
      for (const definition of options.containers) {
        const { container } = await database.containers.createIfNotExists({
          id: definition.name,
          partitionKey: { paths: ['/pk'] },
          indexingPolicy: {
            automatic: true,
            indexingMode: 'consistent',
            includedPaths: [{ path: '/*' }],
            excludedPaths: [{ path: '/"_etag"/?' }],
            compositeIndexes: compositeIndexesOf(definition),
          },
        });
        store.containers.set(definition.name, new CosmosContainer<BaseDoc>(definition.name, container));
      }
      return store;
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      throw new StoreError('Cannot connect to Azure Cosmos DB.', { cause });
    }
  }

  container<T extends BaseDoc>(definition: ContainerDefinition): DocumentContainer<T> {
    const container = this.containers.get(definition.name);
    if (!container) throw new StoreError(`Container "${definition.name}" was not declared at connect.`);
    return container as unknown as DocumentContainer<T>;
  }

  async ping(): Promise<void> {
    try {
      await this.database.read();
    } catch (cause) {
      throw new StoreError('Azure Cosmos DB is not reachable.', { cause });
    }
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.client.dispose();
    }
    return Promise.resolve();
  }
}

/**
 * A multi-field ORDER BY needs a composite index that matches it exactly; the tenant-prefixed
 * copy serves the same order under the tenant equality filter every query carries. Cosmos DB has
 * no sparse index (`sparseOn` is for engines that do): a sparse definition only contributes its
 * order, once.
 */
export function compositeIndexesOf(definition: ContainerDefinition) {
  const indexes = new Map<string, { path: string; order: 'ascending' | 'descending' }[]>();
  const add = (index: { path: string; order: 'ascending' | 'descending' }[]) =>
    indexes.set(JSON.stringify(index), index);
  for (const index of definition.indexes) {
    const fields = index.fields.map((f) => ({
      path: `/${assertPath(f.path).join('/')}`,
      order: f.direction === 'desc' ? ('descending' as const) : ('ascending' as const),
    }));
    if (fields.length > 1) add(fields);
    add([{ path: '/tenantId', order: 'ascending' }, ...fields]);
  }
  return [...indexes.values()];
}

type CosmosItem = ItemDefinition & { _etag?: string; _rid?: string; _self?: string; _ts?: number };

class CosmosContainer<T extends BaseDoc> implements DocumentContainer<T> {
  constructor(
    readonly name: string,
    private readonly container: Container,
  ) {}

  async read(key: DocKey): Promise<Stored<T> | undefined> {
    if (!pkBelongsTo(key.pk, key.tenantId)) return undefined;
    try {
      const { resource, statusCode } = await this.container.item(key.id, key.pk).read<CosmosItem>();
      if (statusCode === 404 || !resource) return undefined;
      const doc = toStored<T>(resource);
      return doc.tenantId === key.tenantId ? doc : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw this.wrap('read', error);
    }
  }

  readMany(keys: readonly DocKey[]): Promise<(Stored<T> | undefined)[]> {
    // Point reads (1 RU each) in parallel: cheaper than a cross-partition query for a page of posts.
    return Promise.all(keys.map((key) => this.read(key)));
  }

  async create(doc: T): Promise<Stored<T>> {
    const body = checkDoc(bodyOf(doc));
    try {
      const { resource } = await this.container.items.create<CosmosItem>(body);
      return toStored<T>(required(resource));
    } catch (error) {
      if (statusOf(error) === 409) throw new ConflictError(undefined, { cause: error });
      throw this.wrap('create', error);
    }
  }

  async upsert(doc: T): Promise<Stored<T>> {
    const body = checkDoc(bodyOf(doc));
    try {
      const { resource } = await this.container.items.upsert<CosmosItem>(body);
      return toStored<T>(required(resource));
    } catch (error) {
      throw this.wrap('upsert', error);
    }
  }

  async replace(doc: T, condition: Required<WriteCondition>): Promise<Stored<T>> {
    const body = checkDoc(bodyOf(doc));
    try {
      const { resource } = await this.container
        .item(body.id, body.pk)
        .replace<CosmosItem>(body as unknown as CosmosItem, {
          accessCondition: { type: 'IfMatch', condition: condition.ifMatch },
        });
      return toStored<T>(required(resource));
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) throw new ConcurrencyError(undefined, { cause: error });
      throw this.wrap('replace', error);
    }
  }

  async delete(key: DocKey, condition: WriteCondition = {}): Promise<boolean> {
    // Writes only ever put a document in a partition of its own tenant, so a key whose pk is
    // outside the caller's tenant cannot name one of the caller's documents.
    if (!pkBelongsTo(key.pk, key.tenantId)) {
      if (condition.ifMatch !== undefined) throw new ConcurrencyError();
      return false;
    }
    try {
      await this.container
        .item(key.id, key.pk)
        .delete(
          condition.ifMatch === undefined
            ? {}
            : { accessCondition: { type: 'IfMatch', condition: condition.ifMatch } },
        );
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 && condition.ifMatch === undefined) return false;
      if (status === 412 || status === 404) throw new ConcurrencyError(undefined, { cause: error });
      throw this.wrap('delete', error);
    }
  }

  async patch(
    key: DocKey,
    ops: readonly PatchOp[],
    condition: WriteCondition = {},
  ): Promise<Stored<T> | undefined> {
    if (!pkBelongsTo(key.pk, key.tenantId)) {
      if (condition.ifMatch !== undefined) throw new ConcurrencyError();
      return undefined;
    }
    // Cosmos DB applies at most 10 operations per patch; more would not be atomic.
    if (ops.length === 0 || ops.length > 10) throw new StoreError('A patch takes from 1 to 10 operations.');
    const operations = ops.map(toCosmosPatch);
    try {
      const { resource } = await this.container
        .item(key.id, key.pk)
        .patch<CosmosItem>(
          { operations },
          condition.ifMatch === undefined
            ? {}
            : { accessCondition: { type: 'IfMatch', condition: condition.ifMatch } },
        );
      return toStored<T>(required(resource));
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) {
        if (condition.ifMatch !== undefined) throw new ConcurrencyError(undefined, { cause: error });
        return undefined;
      }
      if (status === 412) throw new ConcurrencyError(undefined, { cause: error });
      throw this.wrap('patch', error);
    }
  }

  async query(query: Query): Promise<Page<Stored<T>>> {
    return this.pages(query, 'SELECT * FROM c', (resource) => toStored<T>(resource));
  }

  async select<K extends keyof T & string>(
    query: Query,
    fields: readonly K[],
  ): Promise<Page<Selected<T, K>>> {
    // An object literal with quoted keys: any property name is fine, and missing ones stay missing.
    const properties = ['id', 'pk', 'tenantId', ...assertFields(fields)].map((f) => `"${f}": c["${f}"]`);
    return await this.pages(query, `SELECT VALUE { ${properties.join(', ')} } FROM c`, (resource) => {
      return resource as unknown as Selected<T, K>;
    });
  }

  private async pages<R>(
    query: Query,
    select: string,
    decode: (resource: CosmosItem) => R,
  ): Promise<Page<R>> {
    const limit = pageSizeOf(query);
    const built = buildQuery(query, select);
    const shape = queryShape(query);
    let token = query.continuation === undefined ? undefined : decodeToken(query.continuation, shape);
    const items: R[] = [];
    try {
      // Cosmos DB may return short pages while more results follow; fill the page so callers see
      // the same page sizes on every engine. Each token marks exactly the end of what was returned.
      do {
        const iterator = this.container.items.query<CosmosItem>(built, {
          maxItemCount: limit - items.length,
          ...(token === undefined ? {} : { continuationToken: token }),
          ...(query.pk === undefined ? {} : { partitionKey: query.pk }),
        });
        const response = await iterator.fetchNext();
        for (const resource of response.resources) items.push(decode(resource));
        token = response.hasMoreResults ? response.continuationToken : undefined;
      } while (token !== undefined && items.length < limit);
    } catch (error) {
      if (statusOf(error) === 400 && query.continuation !== undefined) {
        throw new InvalidContinuationError(undefined, { cause: error });
      }
      throw this.wrap('query', error);
    }
    const page: Page<R> = { items };
    if (token !== undefined) page.continuation = encodeToken(token, shape);
    return page;
  }

  async count(query: Omit<Query, 'orderBy' | 'limit' | 'continuation'>): Promise<number> {
    const built = buildQuery(query, 'SELECT VALUE COUNT(1) FROM c');
    try {
      const { resources } = await this.container.items
        .query<number>(built, query.pk === undefined ? {} : { partitionKey: query.pk })
        .fetchAll();
      return resources.reduce((sum, n) => sum + n, 0);
    } catch (error) {
      throw this.wrap('count', error);
    }
  }

  private wrap(operation: string, error: unknown): StoreError {
    if (error instanceof StoreError) return error;
    return new StoreError(`Cosmos DB ${operation} on "${this.name}" failed.`, { cause: error });
  }
}

/** Builds parameterised query text; paths are checked identifiers, values are parameters. */
function buildQuery(query: Omit<Query, 'limit' | 'continuation'>, select: string) {
  const parameters: SqlParameter[] = [];
  const param = (value: unknown): string => {
    const name = `@p${parameters.length}`;
    parameters.push({ name, value: value as JSONValue });
    return name;
  };
  const parts = [`c.tenantId = ${param(query.tenantId)}`];
  if (query.pk !== undefined) parts.push(`c.pk = ${param(query.pk)}`);
  const render = (filter: Filter): string => {
    switch (filter.op) {
      case 'or':
      case 'and':
        if (filter.filters.length === 0) return filter.op === 'and' ? 'true' : 'false';
        return `(${filter.filters.map(render).join(filter.op === 'or' ? ' OR ' : ' AND ')})`;
      case 'eq':
        if (filter.value === null)
          return `(NOT IS_DEFINED(${ref(filter.path)}) OR IS_NULL(${ref(filter.path)}))`;
        return `${ref(filter.path)} = ${param(filter.value)}`;
      case 'ne':
        if (filter.value === null)
          return `(IS_DEFINED(${ref(filter.path)}) AND NOT IS_NULL(${ref(filter.path)}))`;
        return `${ref(filter.path)} != ${param(filter.value)}`;
      case 'lt':
        return `${ref(filter.path)} < ${param(filter.value)}`;
      case 'lte':
        return `${ref(filter.path)} <= ${param(filter.value)}`;
      case 'gt':
        return `${ref(filter.path)} > ${param(filter.value)}`;
      case 'gte':
        return `${ref(filter.path)} >= ${param(filter.value)}`;
      case 'in':
        if (filter.values.length === 0) return 'false';
        return `ARRAY_CONTAINS(${param(filter.values)}, ${ref(filter.path)})`;
      case 'arrayContains':
        return `ARRAY_CONTAINS(${ref(filter.path)}, ${param(filter.value)})`;
      case 'arrayContainsAny':
        if (filter.values.length === 0) return 'false';
        return `EXISTS(SELECT VALUE v FROM v IN ${ref(filter.path)} WHERE ARRAY_CONTAINS(${param(filter.values)}, v))`;
      case 'startsWith':
        return `STARTSWITH(${ref(filter.path)}, ${param(filter.value)})`;
      case 'contains':
        return `CONTAINS(${ref(filter.path)}, ${param(filter.value)})`;
      case 'exists':
        return `IS_DEFINED(${ref(filter.path)})`;
      case 'notExists':
        return `NOT IS_DEFINED(${ref(filter.path)})`;
    }
  };
  for (const filter of query.where ?? []) parts.push(render(filter));
  let text = `${select} WHERE ${parts.join(' AND ')}`;
  if (query.orderBy && query.orderBy.length > 0) {
    text += ` ORDER BY ${query.orderBy.map((o) => `${ref(o.path)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`;
  }
  return { query: text, parameters };
}

function ref(path: string): string {
  return `c${assertPath(path)
    .map((p) => `["${p}"]`)
    .join('')}`;
}

function toCosmosPatch(op: PatchOp): PatchOperation {
  const path = `/${assertPath(op.path).join('/')}`;
  switch (op.op) {
    case 'set':
      return { op: 'set', path, value: op.value };
    case 'incr':
      return { op: 'incr', path, value: op.value };
    case 'remove':
      return { op: 'remove', path };
  }
}

function toStored<T extends BaseDoc>(resource: CosmosItem): Stored<T> {
  const {
    _etag,
    _rid: _r,
    _self: _s,
    _ts: _t,
    _attachments: _a,
    ...rest
  } = resource as CosmosItem & {
    _attachments?: unknown;
  };
  return { ...(rest as unknown as T), etag: _etag ?? '' };
}

function required<R>(resource: R | undefined): R {
  if (resource === undefined) throw new StoreError('Cosmos DB returned no document.');
  return resource;
}

function statusOf(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown } | null;
  if (typeof e?.code === 'number') return e.code;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  return undefined;
}

function encodeToken(token: string, shape: string): string {
  return `c1.${Buffer.from(JSON.stringify({ q: shape, t: token })).toString('base64url')}`;
}

function decodeToken(token: string, shape: string): string {
  if (!token.startsWith('c1.')) throw new InvalidContinuationError();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token.slice(3), 'base64url').toString('utf8'));
  } catch (cause) {
    throw new InvalidContinuationError(undefined, { cause });
  }
  const d = decoded as { q?: unknown; t?: unknown } | null;
  if (!d || d.q !== shape || typeof d.t !== 'string') throw new InvalidContinuationError();
  return d.t;
}
