import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
  type OrderBy,
  type Page,
  type PatchOp,
  type Query,
  type Scalar,
  type Selected,
  type Stored,
  type WriteCondition,
} from '../../domain/shared/document-store';
import { applyPatch } from '../patch';
import { queryShape } from '../query-shape';

/**
 * The embedded engine: one SQLite file (WAL mode), one table per container holding the JSON body,
 * with expression indexes for the orders each container declares. better-sqlite3 is synchronous,
 * so every read-modify-write below runs inside one IMMEDIATE transaction and is atomic even when
 * two processes share the file.
 */
export class SqliteDocumentStore implements DocumentStore {
  readonly engine = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly containers = new Map<string, SqliteContainer<BaseDoc>>();
  private closed = false;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Opens (and creates) the file. `':memory:'` gives a private in-memory store for tests. */
  static open(path: string): SqliteDocumentStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = OFF');
    } catch (cause) {
      throw new StoreError(`Cannot open the SQLite store at ${path}.`, { cause });
    }
    return new SqliteDocumentStore(db);
  }

  container<T extends BaseDoc>(definition: ContainerDefinition): DocumentContainer<T> {
    let container = this.containers.get(definition.name);
    if (!container) {
      container = new SqliteContainer<BaseDoc>(this.db, definition);
      this.containers.set(definition.name, container);
    }
    return container as unknown as DocumentContainer<T>;
  }

  /**
   * Writes many documents in one transaction, with the same checks, layout and etags as `upsert`.
   * Not on the port: it is for bulk loads on this engine (benchmarks, imports), where one commit
   * per document would dominate. Returns how many documents were written.
   */
  bulkUpsert<T extends BaseDoc>(definition: ContainerDefinition, docs: Iterable<T>): number {
    const container = this.container<T>(definition) as unknown as SqliteContainer<T>;
    try {
      return this.db.transaction(() => {
        let n = 0;
        for (const doc of docs) {
          container.upsertSync(doc);
          n++;
        }
        return n;
      })();
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      throw new StoreError(`SQLite bulk upsert into "${definition.name}" failed.`, { cause });
    }
  }

  /**
   * The plan SQLite picks for a query (EXPLAIN QUERY PLAN details), so tests can check that the
   * queries on hot paths walk an index instead of scanning or sorting.
   */
  explain(definition: ContainerDefinition, query: Query): string[] {
    return (this.container(definition) as unknown as SqliteContainer<BaseDoc>).explain(query);
  }

  ping(): Promise<void> {
    try {
      this.db.prepare('SELECT 1').get();
      return Promise.resolve();
    } catch (cause) {
      return Promise.reject(new StoreError('SQLite store is not reachable.', { cause }));
    }
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.db.close();
    }
    return Promise.resolve();
  }
}

interface Row {
  tenant_id: string;
  pk: string;
  id: string;
  etag: string;
  body: string;
}

interface Cursor {
  /** Hash of the query shape the token belongs to. */
  q: string;
  /** Order values of the last row, then its id and pk. */
  v: Scalar[];
}

const NAME = /^[a-z][a-z0-9_]*$/;

class SqliteContainer<T extends BaseDoc> implements DocumentContainer<T> {
  readonly name: string;
  private readonly table: string;
  private readonly statements: {
    read: Database.Statement;
    insert: Database.Statement;
    upsert: Database.Statement;
    update: Database.Statement;
    remove: Database.Statement;
  };
  private readonly cache = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    definition: ContainerDefinition,
  ) {
    if (!NAME.test(definition.name)) throw new StoreError(`Invalid container name "${definition.name}".`);
    this.name = definition.name;
    this.table = `c_${definition.name}`;
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${this.table} (
         tenant_id TEXT NOT NULL, pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL,
         PRIMARY KEY (pk, id))`,
    );
    db.exec(`CREATE INDEX IF NOT EXISTS ${this.table}_tenant ON ${this.table} (tenant_id, pk)`);
    this.syncIndexes(definition);
    this.statements = {
      read: db.prepare(`SELECT tenant_id, pk, id, etag, body FROM ${this.table} WHERE pk = ? AND id = ?`),
      insert: db.prepare(`INSERT INTO ${this.table} (tenant_id, pk, id, etag, body) VALUES (?, ?, ?, ?, ?)`),
      upsert: db.prepare(
        `INSERT INTO ${this.table} (tenant_id, pk, id, etag, body) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (pk, id) DO UPDATE SET tenant_id = excluded.tenant_id, etag = excluded.etag, body = excluded.body`,
      ),
      update: db.prepare(`UPDATE ${this.table} SET etag = ?, body = ? WHERE pk = ? AND id = ?`),
      remove: db.prepare(`DELETE FROM ${this.table} WHERE pk = ? AND id = ?`),
    };
  }

  /**
   * Two indexes per declared order: one for single-partition reads `(pk, fields…, id)` and one for
   * tenant-wide reads `(tenant_id, fields…, id, pk)`, then the included properties. Ending with the
   * tie-breakers every query sorts on, an index serves the whole ORDER BY, so SQLite walks it and
   * stops at the page size whether or not it has statistics (it has none: nothing runs ANALYZE).
   * Names carry a hash of the definition: an index whose definition changed is dropped and built
   * again when the store opens (which takes a few seconds on a large container, once).
   */
  private syncIndexes(definition: ContainerDefinition): void {
    const wanted = new Map<string, string>();
    for (const index of definition.indexes) {
      const columns = index.fields
        .map((f) => `${jsonPath(f.path)} ${f.direction === 'desc' ? 'DESC' : 'ASC'}`)
        .join(', ');
      // Both forms of each included property: scalar filters compare json_extract values, array
      // filters iterate the JSON text.
      const included = (index.include ?? [])
        .map((path) => `, ${jsonPath(path)}, ${jsonValue(path)}`)
        .join('');
      for (const [prefix, suffix] of [
        ['pk', `id${included}`],
        ['tenant_id', `id, pk${included}`],
      ] as const) {
        // The partial index's condition is the `exists` filter's own SQL, so SQLite sees that
        // a query carrying the filter may use it.
        const where = index.sparseOn === undefined ? '' : ` WHERE ${existsSql(index.sparseOn)}`;
        const body = `ON ${this.table} (${prefix}, ${columns}, ${suffix})${where}`;
        const name = `${this.table}_x${createHash('sha1').update(body).digest('hex').slice(0, 10)}`;
        wanted.set(name, `CREATE INDEX IF NOT EXISTS ${name} ${body}`);
      }
    }
    const existing = this.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`)
      .pluck()
      .all(this.table) as string[];
    const ours = new RegExp(`^${this.table}_(?:[pt]\\d+|x[0-9a-f]{10})$`);
    for (const name of existing) {
      if (ours.test(name) && !wanted.has(name)) this.db.exec(`DROP INDEX IF EXISTS ${name}`);
    }
    for (const sql of wanted.values()) this.db.exec(sql);
  }

  read(key: DocKey): Promise<Stored<T> | undefined> {
    return this.run(() => this.readSync(key));
  }

  readMany(keys: readonly DocKey[]): Promise<(Stored<T> | undefined)[]> {
    // One synchronous pass over the primary key: no promise per document.
    return this.run(() => keys.map((key) => this.readSync(key)));
  }

  create(doc: T): Promise<Stored<T>> {
    return this.run(() => {
      const body = checkDoc(bodyOf(doc));
      const etag = randomUUID();
      try {
        this.statements.insert.run(body.tenantId, body.pk, body.id, etag, JSON.stringify(body));
      } catch (cause) {
        if (isUniqueViolation(cause)) throw new ConflictError(undefined, { cause });
        throw cause;
      }
      return { ...body, etag };
    });
  }

  upsert(doc: T): Promise<Stored<T>> {
    return this.run(() => this.upsertSync(doc));
  }

  /** The synchronous core of `upsert` (also used by the store's bulk load). */
  upsertSync(doc: T): Stored<T> {
    const body = checkDoc(bodyOf(doc));
    const etag = randomUUID();
    this.statements.upsert.run(body.tenantId, body.pk, body.id, etag, JSON.stringify(body));
    return { ...body, etag };
  }

  replace(doc: T, condition: Required<WriteCondition>): Promise<Stored<T>> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const body = checkDoc(bodyOf(doc));
          const existing = this.rowOf(body);
          if (!existing || existing.tenant_id !== body.tenantId || existing.etag !== condition.ifMatch) {
            throw new ConcurrencyError();
          }
          const etag = randomUUID();
          this.statements.update.run(etag, JSON.stringify(body), body.pk, body.id);
          return { ...body, etag };
        })
        .immediate(),
    );
  }

  delete(key: DocKey, condition: WriteCondition = {}): Promise<boolean> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const existing = pkBelongsTo(key.pk, key.tenantId) ? this.rowOf(key) : undefined;
          if (!existing || existing.tenant_id !== key.tenantId) {
            if (condition.ifMatch !== undefined) throw new ConcurrencyError();
            return false;
          }
          if (condition.ifMatch !== undefined && existing.etag !== condition.ifMatch) {
            throw new ConcurrencyError();
          }
          this.statements.remove.run(key.pk, key.id);
          return true;
        })
        .immediate(),
    );
  }

  patch(
    key: DocKey,
    ops: readonly PatchOp[],
    condition: WriteCondition = {},
  ): Promise<Stored<T> | undefined> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const existing = this.readSync(key);
          if (!existing) {
            if (condition.ifMatch !== undefined) throw new ConcurrencyError();
            return undefined;
          }
          if (condition.ifMatch !== undefined && existing.etag !== condition.ifMatch) {
            throw new ConcurrencyError();
          }
          const body = applyPatch(bodyOf(existing), ops);
          const etag = randomUUID();
          this.statements.update.run(etag, JSON.stringify(body), key.pk, key.id);
          return { ...body, etag };
        })
        .immediate(),
    );
  }

  query(query: Query): Promise<Page<Stored<T>>> {
    return this.run(() => {
      const { rows, limit, shape, orderBy } = this.fetch<Row>(query, 'tenant_id, pk, id, etag, body');
      const items = rows.slice(0, limit).map((row) => toStored<T>(row));
      const page: Page<Stored<T>> = { items };
      const last = items[items.length - 1];
      if (rows.length > limit && last) {
        const values = orderBy.map((o) => valueAt(last, o.path));
        page.continuation = encodeCursor({ q: shape, v: [...values, last.id, last.pk] });
      }
      return page;
    });
  }

  select<K extends keyof T & string>(query: Query, fields: readonly K[]): Promise<Page<Selected<T, K>>> {
    return this.run(() => {
      const names = assertFields(fields);
      const orderBy = query.orderBy ?? [];
      // Each property as JSON text (so its type survives), and the order values for the cursor.
      const columns = [
        'tenant_id, pk, id',
        ...names.map((name, n) => `${jsonValue(name)} AS f${n}`),
        ...orderBy.map((o, n) => `${jsonPath(o.path)} AS o${n}`),
      ].join(', ');
      const { rows, limit, shape } = this.fetch<
        Record<string, unknown> & Pick<Row, 'tenant_id' | 'pk' | 'id'>
      >(query, columns);
      const items = rows.slice(0, limit).map((row) => {
        const doc: Record<string, unknown> = { id: row.id, pk: row.pk, tenantId: row.tenant_id };
        names.forEach((name, n) => {
          const json = row[`f${n}`];
          if (typeof json === 'string') doc[name] = JSON.parse(json);
        });
        return doc as Selected<T, K>;
      });
      const page: Page<Selected<T, K>> = { items };
      const last = rows[limit - 1];
      if (rows.length > limit && last) {
        const values = orderBy.map((_, n) => bindableScalar(last[`o${n}`]));
        page.continuation = encodeCursor({ q: shape, v: [...values, last.id, last.pk] });
      }
      return page;
    });
  }

  /** The plan SQLite picks for a query, as EXPLAIN QUERY PLAN describes it. */
  explain(query: Query): string[] {
    const { sql, params } = this.build(query, 'id');
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    return rows.map((row) => row.detail);
  }

  /** Runs a query with the given columns, one row more than the page (is there a next page?). */
  private fetch<R>(query: Query, columns: string) {
    const built = this.build(query, columns);
    return { ...built, rows: this.prepared(built.sql).all(...built.params) as R[] };
  }

  private build(query: Query, columns: string) {
    const limit = pageSizeOf(query);
    const orderBy = query.orderBy ?? [];
    const where = new Where();
    where.add('tenant_id = ?', query.tenantId);
    if (query.pk !== undefined) where.add('pk = ?', query.pk);
    for (const filter of query.where ?? []) where.filter(filter);
    const shape = queryShape(query);
    if (query.continuation !== undefined) where.after(orderBy, decodeCursor(query.continuation, shape));

    const order = [
      ...orderBy.map((o) => `${jsonPath(o.path)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`),
      'id ASC',
      'pk ASC',
    ].join(', ');
    const sql = `SELECT ${columns} FROM ${this.table} WHERE ${where.sql()} ORDER BY ${order} LIMIT ?`;
    // One more row than asked tells us whether a next page exists without a second query.
    return { sql, params: [...where.params, limit + 1], limit, shape, orderBy };
  }

  count(query: Omit<Query, 'orderBy' | 'limit' | 'continuation'>): Promise<number> {
    return this.run(() => {
      const where = new Where();
      where.add('tenant_id = ?', query.tenantId);
      if (query.pk !== undefined) where.add('pk = ?', query.pk);
      for (const filter of query.where ?? []) where.filter(filter);
      const row = this.prepared(`SELECT count(*) AS n FROM ${this.table} WHERE ${where.sql()}`).get(
        ...where.params,
      ) as { n: number };
      return row.n;
    });
  }

  private readSync(key: DocKey): Stored<T> | undefined {
    if (!pkBelongsTo(key.pk, key.tenantId)) return undefined;
    const row = this.rowOf(key);
    if (!row || row.tenant_id !== key.tenantId) return undefined;
    return toStored<T>(row);
  }

  private rowOf(key: { pk: string; id: string }): Row | undefined {
    return this.statements.read.get(key.pk, key.id) as Row | undefined;
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, statement);
    }
    return statement;
  }

  /** Runs synchronous work as a promise, wrapping driver errors with their cause. */
  private run<R>(work: () => R): Promise<R> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      if (error instanceof StoreError) return Promise.reject(error);
      return Promise.reject(new StoreError(`SQLite operation on "${this.name}" failed.`, { cause: error }));
    }
  }
}

/** Accumulates a WHERE clause and its parameters. */
class Where {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  add(sql: string, ...params: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...params.map(bindable));
  }

  filter(filter: Filter): void {
    this.parts.push(this.render(filter));
  }

  /** Keyset condition: rows strictly after the cursor in (order..., id, pk) order. */
  after(orderBy: readonly OrderBy[], cursor: Cursor): void {
    const columns = [
      ...orderBy.map((o) => ({ expr: jsonPath(o.path), desc: o.direction === 'desc' })),
      { expr: 'id', desc: false },
      { expr: 'pk', desc: false },
    ];
    if (cursor.v.length !== columns.length) throw new InvalidContinuationError();
    const alternatives: string[] = [];
    for (let i = 0; i < columns.length; i++) {
      const terms: string[] = [];
      for (let j = 0; j < i; j++) {
        terms.push(`${columns[j]!.expr} = ?`);
        this.params.push(bindable(cursor.v[j]!));
      }
      terms.push(`${columns[i]!.expr} ${columns[i]!.desc ? '<' : '>'} ?`);
      this.params.push(bindable(cursor.v[i]!));
      alternatives.push(`(${terms.join(' AND ')})`);
    }
    this.parts.push(`(${alternatives.join(' OR ')})`);
  }

  sql(): string {
    return this.parts.join(' AND ');
  }

  private render(filter: Filter): string {
    switch (filter.op) {
      case 'or':
      case 'and': {
        if (filter.filters.length === 0) return filter.op === 'and' ? '1' : '0';
        return `(${filter.filters.map((f) => this.render(f)).join(filter.op === 'or' ? ' OR ' : ' AND ')})`;
      }
      case 'eq':
        if (filter.value === null) return `${jsonPath(filter.path)} IS NULL`;
        return this.bind(`${jsonPath(filter.path)} = ?`, filter.value);
      case 'ne':
        if (filter.value === null) return `${jsonPath(filter.path)} IS NOT NULL`;
        return this.bind(`${jsonPath(filter.path)} <> ?`, filter.value);
      case 'lt':
        return this.bind(`${jsonPath(filter.path)} < ?`, filter.value);
      case 'lte':
        return this.bind(`${jsonPath(filter.path)} <= ?`, filter.value);
      case 'gt':
        return this.bind(`${jsonPath(filter.path)} > ?`, filter.value);
      case 'gte':
        return this.bind(`${jsonPath(filter.path)} >= ?`, filter.value);
      case 'in':
        if (filter.values.length === 0) return '0';
        this.params.push(...filter.values.map(bindable));
        return `${jsonPath(filter.path)} IN (${filter.values.map(() => '?').join(', ')})`;
      case 'arrayContains':
        return this.bind(
          `EXISTS (SELECT 1 FROM json_each(${jsonValue(filter.path)}) WHERE value = ?)`,
          filter.value,
        );
      case 'arrayContainsAny':
        if (filter.values.length === 0) return '0';
        this.params.push(...filter.values.map(bindable));
        return `EXISTS (SELECT 1 FROM json_each(${jsonValue(filter.path)}) WHERE value IN (${filter.values.map(() => '?').join(', ')}))`;
      case 'startsWith':
        return this.bind(`substr(${jsonPath(filter.path)}, 1, ${filter.value.length}) = ?`, filter.value);
      case 'contains':
        return this.bind(`instr(${jsonPath(filter.path)}, ?) > 0`, filter.value);
      case 'exists':
        return existsSql(filter.path);
      case 'notExists':
        return `json_type(body, '$.${assertPath(filter.path).join('.')}') IS NULL`;
    }
  }

  private bind(sql: string, value: Scalar): string {
    this.params.push(bindable(value));
    return sql;
  }
}

/** The SQL of an `exists` filter (also the condition of sparse indexes: they must be the same). */
function existsSql(path: string): string {
  return `json_type(body, '$.${assertPath(path).join('.')}') IS NOT NULL`;
}

/**
 * The JSON text of a property (`->`: strings stay quoted), which array filters iterate with
 * json_each exactly as they would the body itself. Included properties are indexed in this form
 * too, so array filters are answered from the index.
 */
function jsonValue(path: string): string {
  return `(body -> '$.${assertPath(path).join('.')}')`;
}

function jsonPath(path: string): string {
  return `json_extract(body, '$.${assertPath(path).join('.')}')`;
}

/** better-sqlite3 binds no booleans; JSON true/false read back through json_extract as 1/0. */
function bindable(value: unknown): unknown {
  if (value === true) return 1;
  if (value === false) return 0;
  return value;
}

function toStored<T extends BaseDoc>(row: Row): Stored<T> {
  return { ...(JSON.parse(row.body) as T), etag: row.etag };
}

/** An order value read by json_extract, as a cursor holds it. */
function bindableScalar(value: unknown): Scalar {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function valueAt(doc: object, path: string): Scalar {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return null;
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function encodeCursor(cursor: Cursor): string {
  return `s1.${Buffer.from(JSON.stringify(cursor)).toString('base64url')}`;
}

function decodeCursor(token: string, shape: string): Cursor {
  if (!token.startsWith('s1.')) throw new InvalidContinuationError();
  let cursor: unknown;
  try {
    cursor = JSON.parse(Buffer.from(token.slice(3), 'base64url').toString('utf8'));
  } catch (cause) {
    throw new InvalidContinuationError(undefined, { cause });
  }
  const c = cursor as Partial<Cursor> | null;
  if (
    !c ||
    c.q !== shape ||
    !Array.isArray(c.v) ||
    !c.v.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  ) {
    throw new InvalidContinuationError();
  }
  return c as Cursor;
}
