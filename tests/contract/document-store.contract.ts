import { randomUUID } from 'node:crypto';
import {
  ConcurrencyError,
  ConflictError,
  InvalidContinuationError,
  pkOf,
  StoreError,
  type BaseDoc,
  type ContainerDefinition,
  type DocumentContainer,
  type DocumentStore,
  type Query,
  type Stored,
} from '../../bot/src/domain/shared/document-store';

/**
 * The test container: ordered by score (holding group and tags), by (group, score) for the
 * multi-field order, and by score again sparsely, over the documents that have a note.
 */
export const contractContainer: ContainerDefinition = {
  name: 'contract_items',
  partitionKey: 'tenant id | bucket',
  indexes: [
    { fields: [{ path: 'score', direction: 'desc' }], include: ['group', 'tags'] },
    {
      fields: [
        { path: 'group', direction: 'asc' },
        { path: 'score', direction: 'desc' },
      ],
    },
    { fields: [{ path: 'score', direction: 'desc' }], sparseOn: 'note' },
  ],
};

interface Item extends BaseDoc {
  bucket: string;
  score: number;
  group: string;
  title: string;
  tags: string[];
  active: boolean;
  nested?: { count?: number; label?: string };
  note?: string;
}

/** Everything a DocumentStore adapter must do, run against each adapter by its own test file. */
export function describeDocumentStoreContract(
  engine: string,
  open: () => Promise<{ store: DocumentStore; close: () => Promise<void> }>,
): void {
  describe(`DocumentStore contract: ${engine}`, () => {
    let store: DocumentStore;
    let close: () => Promise<void>;
    let items: DocumentContainer<Item>;

    beforeAll(async () => {
      ({ store, close } = await open());
      items = store.container<Item>(contractContainer);
    });

    afterAll(async () => {
      await close();
    });

    /** Each test gets its own tenant, so tests never see each other's documents. */
    const newTenant = () => randomUUID();

    const item = (tenantId: string, id: string, overrides: Partial<Item> = {}): Item => {
      const bucket = overrides.bucket ?? 'main';
      return {
        id,
        tenantId,
        pk: pkOf(tenantId, bucket),
        bucket,
        score: 0,
        group: 'g',
        title: `Title ${id}`,
        tags: [],
        active: true,
        ...overrides,
      };
    };

    const keyOf = (doc: Item) => ({ tenantId: doc.tenantId, pk: doc.pk, id: doc.id });

    const allPages = async (query: Query): Promise<{ pages: Stored<Item>[][]; all: Stored<Item>[] }> => {
      const pages: Stored<Item>[][] = [];
      let continuation: string | undefined;
      do {
        const page = await items.query({ ...query, ...(continuation ? { continuation } : {}) });
        pages.push(page.items);
        continuation = page.continuation;
        if (pages.length > 100) throw new Error('pagination does not end');
      } while (continuation);
      return { pages, all: pages.flat() };
    };

    it('reads a missing document as undefined', async () => {
      const t = newTenant();
      await expect(items.read({ tenantId: t, pk: pkOf(t, 'main'), id: 'nope' })).resolves.toBeUndefined();
    });

    it('creates a document, returns it with an etag, and reads it back', async () => {
      const t = newTenant();
      const created = await items.create(item(t, 'a', { score: 3, nested: { label: 'x' } }));
      expect(created.etag).toEqual(expect.any(String));
      expect(created.etag.length).toBeGreaterThan(0);
      const read = await items.read(keyOf(created));
      expect(read).toMatchObject({ id: 'a', score: 3, nested: { label: 'x' }, etag: created.etag });
      expect(read).not.toHaveProperty('_rid');
    });

    it('reads many documents at once, in order, with undefined for missing and foreign ones', async () => {
      const t = newTenant();
      const other = newTenant();
      const a = await items.create(item(t, 'many-a', { score: 1 }));
      const b = await items.create(item(t, 'many-b', { bucket: 'two', score: 2 }));
      const foreign = await items.create(item(other, 'many-c', { score: 3 }));
      const found = await items.readMany([
        keyOf(b),
        { tenantId: t, pk: pkOf(t, 'main'), id: 'missing' },
        keyOf(a),
        { ...keyOf(foreign), tenantId: t },
      ]);
      expect(found.map((d) => d?.score)).toEqual([2, undefined, 1, undefined]);
      expect(found[0]?.etag).toBe(b.etag);
      await expect(items.readMany([])).resolves.toEqual([]);
    });

    it('refuses to create a document whose id exists in the partition', async () => {
      const t = newTenant();
      await items.create(item(t, 'dup'));
      await expect(items.create(item(t, 'dup', { score: 9 }))).rejects.toBeInstanceOf(ConflictError);
      await expect(items.read({ tenantId: t, pk: pkOf(t, 'main'), id: 'dup' })).resolves.toMatchObject({
        score: 0,
      });
    });

    it('allows the same id in two partitions', async () => {
      const t = newTenant();
      await items.create(item(t, 'same', { bucket: 'one', score: 1 }));
      await items.create(item(t, 'same', { bucket: 'two', score: 2 }));
      await expect(items.read({ tenantId: t, pk: pkOf(t, 'one'), id: 'same' })).resolves.toMatchObject({
        score: 1,
      });
      await expect(items.read({ tenantId: t, pk: pkOf(t, 'two'), id: 'same' })).resolves.toMatchObject({
        score: 2,
      });
    });

    it('replaces with a current etag and refuses a stale one', async () => {
      const t = newTenant();
      const v1 = await items.create(item(t, 'r', { score: 1 }));
      const v2 = await items.replace({ ...v1, score: 2 }, { ifMatch: v1.etag });
      expect(v2.etag).not.toEqual(v1.etag);
      await expect(items.replace({ ...v1, score: 3 }, { ifMatch: v1.etag })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await expect(items.read(keyOf(v1))).resolves.toMatchObject({ score: 2, etag: v2.etag });
    });

    it('refuses to replace a document that is gone', async () => {
      const t = newTenant();
      await expect(items.replace(item(t, 'ghost'), { ifMatch: 'whatever' })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await expect(items.read({ tenantId: t, pk: pkOf(t, 'main'), id: 'ghost' })).resolves.toBeUndefined();
    });

    it('upserts: creates, then overwrites', async () => {
      const t = newTenant();
      await items.upsert(item(t, 'u', { score: 1 }));
      const second = await items.upsert(item(t, 'u', { score: 5 }));
      expect(second.score).toBe(5);
      await expect(items.read(keyOf(second))).resolves.toMatchObject({ score: 5 });
    });

    it('deletes, reports whether anything was deleted, and honours the etag', async () => {
      const t = newTenant();
      const doc = await items.create(item(t, 'd'));
      const changed = await items.replace({ ...doc, score: 1 }, { ifMatch: doc.etag });
      await expect(items.delete(keyOf(doc), { ifMatch: doc.etag })).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(items.delete(keyOf(doc), { ifMatch: changed.etag })).resolves.toBe(true);
      await expect(items.delete(keyOf(doc))).resolves.toBe(false);
      await expect(items.read(keyOf(doc))).resolves.toBeUndefined();
    });

    it('patches with set, incr and remove, and returns undefined for a missing document', async () => {
      const t = newTenant();
      const doc = await items.create(item(t, 'p', { note: 'remove me' }));
      const patched = await items.patch(keyOf(doc), [
        { op: 'set', path: 'title', value: 'Patched' },
        { op: 'incr', path: 'score', value: 4 },
        { op: 'set', path: 'nested', value: { count: 1 } },
        { op: 'remove', path: 'note' },
      ]);
      expect(patched).toMatchObject({ title: 'Patched', score: 4, nested: { count: 1 } });
      expect(patched).not.toHaveProperty('note');
      expect(patched?.etag).not.toEqual(doc.etag);
      await expect(items.read(keyOf(doc))).resolves.toMatchObject({ title: 'Patched', score: 4 });
      await expect(
        items.patch({ tenantId: t, pk: pkOf(t, 'main'), id: 'missing' }, [
          { op: 'incr', path: 'score', value: 1 },
        ]),
      ).resolves.toBeUndefined();
    });

    it('refuses a patch with a stale etag', async () => {
      const t = newTenant();
      const doc = await items.create(item(t, 'pe'));
      await items.patch(keyOf(doc), [{ op: 'incr', path: 'score', value: 1 }]);
      await expect(
        items.patch(keyOf(doc), [{ op: 'incr', path: 'score', value: 1 }], { ifMatch: doc.etag }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(items.read(keyOf(doc))).resolves.toMatchObject({ score: 1 });
    });

    it('counts every one of 50 concurrent atomic increments', async () => {
      const t = newTenant();
      const doc = await items.create(item(t, 'counter', { nested: { count: 0 } }));
      await Promise.all(
        Array.from({ length: 50 }, (_, n) =>
          items.patch(keyOf(doc), [
            { op: 'incr', path: 'score', value: 1 },
            { op: 'incr', path: 'nested.count', value: n },
          ]),
        ),
      );
      const read = await items.read(keyOf(doc));
      expect(read?.score).toBe(50);
      expect(read?.nested?.count).toBe((49 * 50) / 2);
    });

    describe('queries', () => {
      const t = newTenant();
      const seed: Item[] = [
        item(t, 'q1', { score: 10, group: 'a', title: 'Alpha one', tags: ['x', 'y'], active: true }),
        item(t, 'q2', { score: 20, group: 'b', title: 'Beta two', tags: ['y'], active: false }),
        item(t, 'q3', { score: 30, group: 'a', title: 'Gamma three', tags: [], active: true, note: 'n' }),
        item(t, 'q4', { score: 40, group: 'b', title: 'Alpha four', tags: ['z'], active: true }),
        item(t, 'q5', {
          score: 50,
          group: 'c',
          title: 'Delta five',
          tags: ['x'],
          active: false,
          bucket: 'other',
        }),
      ];
      const ids = (docs: { id: string }[]) => docs.map((d) => d.id).sort();

      beforeAll(async () => {
        for (const doc of seed) await items.create(doc);
      });

      it.each([
        ['eq', [{ path: 'group', op: 'eq', value: 'a' }], ['q1', 'q3']],
        ['ne', [{ path: 'group', op: 'ne', value: 'a' }], ['q2', 'q4', 'q5']],
        ['boolean eq', [{ path: 'active', op: 'eq', value: false }], ['q2', 'q5']],
        ['lt', [{ path: 'score', op: 'lt', value: 30 }], ['q1', 'q2']],
        ['lte', [{ path: 'score', op: 'lte', value: 30 }], ['q1', 'q2', 'q3']],
        ['gt', [{ path: 'score', op: 'gt', value: 30 }], ['q4', 'q5']],
        [
          'gte and lte',
          [
            { path: 'score', op: 'gte', value: 20 },
            { path: 'score', op: 'lte', value: 40 },
          ],
          ['q2', 'q3', 'q4'],
        ],
        ['in', [{ path: 'group', op: 'in', values: ['b', 'c'] }], ['q2', 'q4', 'q5']],
        ['in (empty)', [{ path: 'group', op: 'in', values: [] }], []],
        ['arrayContains', [{ path: 'tags', op: 'arrayContains', value: 'y' }], ['q1', 'q2']],
        [
          'arrayContainsAny',
          [{ path: 'tags', op: 'arrayContainsAny', values: ['x', 'z'] }],
          ['q1', 'q4', 'q5'],
        ],
        ['startsWith', [{ path: 'title', op: 'startsWith', value: 'Alpha' }], ['q1', 'q4']],
        ['contains', [{ path: 'title', op: 'contains', value: 'ta t' }], ['q2']],
        ['exists', [{ path: 'note', op: 'exists' }], ['q3']],
        ['notExists', [{ path: 'note', op: 'notExists' }], ['q1', 'q2', 'q4', 'q5']],
        ['eq null (missing)', [{ path: 'note', op: 'eq', value: null }], ['q1', 'q2', 'q4', 'q5']],
        [
          'or',
          [
            {
              op: 'or',
              filters: [
                { path: 'group', op: 'eq', value: 'c' },
                { path: 'score', op: 'lt', value: 15 },
              ],
            },
          ],
          ['q1', 'q5'],
        ],
      ] as const)('filters with %s', async (_name, where, expected) => {
        const filters: Query['where'] = where;
        const { all } = await allPages({ tenantId: t, where: filters });
        expect(ids(all)).toEqual([...expected].sort());
        await expect(items.count({ tenantId: t, where: filters })).resolves.toBe(expected.length);
      });

      it('orders ascending and descending', async () => {
        const asc = await items.query({ tenantId: t, orderBy: [{ path: 'score', direction: 'asc' }] });
        expect(asc.items.map((d) => d.score)).toEqual([10, 20, 30, 40, 50]);
        const desc = await items.query({
          tenantId: t,
          orderBy: [{ path: 'score', direction: 'desc' }],
          limit: 3,
        });
        expect(desc.items.map((d) => d.score)).toEqual([50, 40, 30]);
      });

      it('orders by two fields with a declared composite index', async () => {
        const page = await items.query({
          tenantId: t,
          orderBy: [
            { path: 'group', direction: 'asc' },
            { path: 'score', direction: 'desc' },
          ],
        });
        expect(page.items.map((d) => d.id)).toEqual(['q3', 'q1', 'q4', 'q2', 'q5']);
      });

      it('orders a query on a sparse index and filters on included properties', async () => {
        const desc = [{ path: 'score', direction: 'desc' }] as const;
        const noted = await items.query({
          tenantId: t,
          where: [{ path: 'note', op: 'exists' }],
          orderBy: desc,
        });
        expect(noted.items.map((d) => d.id)).toEqual(['q3']);
        const filtered = await items.query({
          tenantId: t,
          where: [
            { path: 'group', op: 'in', values: ['a', 'b'] },
            { path: 'tags', op: 'arrayContainsAny', values: ['y', 'z'] },
          ],
          orderBy: desc,
        });
        expect(filtered.items.map((d) => d.id)).toEqual(['q4', 'q2', 'q1']);
      });

      it('selects some properties: id, pk and tenant always, types kept, missing ones left out', async () => {
        const page = await items.select(
          {
            tenantId: t,
            where: [{ path: 'score', op: 'gte', value: 20 }],
            orderBy: [{ path: 'score', direction: 'desc' }],
          },
          ['score', 'tags', 'active', 'note', 'nested'],
        );
        const main = pkOf(t, 'main');
        expect(page.items).toEqual([
          { id: 'q5', pk: pkOf(t, 'other'), tenantId: t, score: 50, tags: ['x'], active: false },
          { id: 'q4', pk: main, tenantId: t, score: 40, tags: ['z'], active: true },
          { id: 'q3', pk: main, tenantId: t, score: 30, tags: [], active: true, note: 'n' },
          { id: 'q2', pk: main, tenantId: t, score: 20, tags: ['y'], active: false },
        ]);
        await expect(items.select({ tenantId: t }, ['nested.count' as 'nested'])).rejects.toBeInstanceOf(
          StoreError,
        );
      });

      it('keeps a query in one partition when given its key', async () => {
        const { all } = await allPages({ tenantId: t, pk: pkOf(t, 'other') });
        expect(ids(all)).toEqual(['q5']);
        await expect(items.count({ tenantId: t, pk: pkOf(t, 'main') })).resolves.toBe(4);
      });
    });

    it('pages with continuation tokens: every document once, in order', async () => {
      const t = newTenant();
      for (let n = 0; n < 23; n++) await items.create(item(t, `page-${n}`, { score: n }));
      const { pages, all } = await allPages({
        tenantId: t,
        orderBy: [{ path: 'score', direction: 'desc' }],
        limit: 5,
      });
      expect(all.map((d) => d.score)).toEqual(Array.from({ length: 23 }, (_, n) => 22 - n));
      expect(pages[0]).toHaveLength(5);
      expect(new Set(all.map((d) => d.id)).size).toBe(23);
    });

    it('pages a selection with continuation tokens, like a query', async () => {
      const t = newTenant();
      for (let n = 0; n < 13; n++) await items.create(item(t, `sel-${n}`, { score: n % 4, title: `T${n}` }));
      const query: Query = { tenantId: t, orderBy: [{ path: 'score', direction: 'desc' }], limit: 3 };
      const selected: { id: string; score: number }[] = [];
      let continuation: string | undefined;
      do {
        const page = await items.select({ ...query, ...(continuation ? { continuation } : {}) }, ['score']);
        selected.push(...page.items);
        continuation = page.continuation;
      } while (continuation);
      const { all } = await allPages(query);
      expect(selected.map((d) => [d.id, d.score])).toEqual(all.map((d) => [d.id, d.score]));
      expect(new Set(selected.map((d) => d.id)).size).toBe(13);
    });

    it('pages over ties in the order without duplicates or gaps', async () => {
      const t = newTenant();
      for (let n = 0; n < 12; n++) await items.create(item(t, `tie-${n}`, { score: n % 3 }));
      const { all } = await allPages({
        tenantId: t,
        orderBy: [{ path: 'score', direction: 'asc' }],
        limit: 4,
      });
      expect(all.map((d) => d.score)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
      expect(new Set(all.map((d) => d.id)).size).toBe(12);
    });

    it('does not repeat documents when new ones arrive ahead of the cursor', async () => {
      const t = newTenant();
      for (let n = 0; n < 10; n++) await items.create(item(t, `live-${n}`, { score: n }));
      const query: Query = { tenantId: t, orderBy: [{ path: 'score', direction: 'desc' }], limit: 4 };
      const first = await items.query(query);
      await items.create(item(t, 'live-new', { score: 100 }));
      const seen = [...first.items];
      let continuation = first.continuation;
      while (continuation) {
        const page = await items.query({ ...query, continuation });
        seen.push(...page.items);
        continuation = page.continuation;
      }
      expect(seen.map((d) => d.score)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    });

    it('refuses a forged continuation token and one from another query', async () => {
      const t = newTenant();
      for (let n = 0; n < 4; n++) await items.create(item(t, `tok-${n}`, { score: n }));
      const page = await items.query({
        tenantId: t,
        orderBy: [{ path: 'score', direction: 'asc' }],
        limit: 2,
      });
      expect(page.continuation).toEqual(expect.any(String));
      await expect(items.query({ tenantId: t, continuation: 'not-a-token' })).rejects.toBeInstanceOf(
        InvalidContinuationError,
      );
      await expect(
        items.query({
          tenantId: t,
          orderBy: [{ path: 'score', direction: 'desc' }],
          limit: 2,
          continuation: page.continuation!,
        }),
      ).rejects.toBeInstanceOf(InvalidContinuationError);
    });

    it('keeps tenants apart on every operation', async () => {
      const a = newTenant();
      const b = newTenant();
      const doc = await items.create(item(a, 'secret', { score: 7 }));
      const foreignKey = { tenantId: b, pk: doc.pk, id: doc.id };
      await expect(items.read(foreignKey)).resolves.toBeUndefined();
      await expect(items.query({ tenantId: b })).resolves.toMatchObject({ items: [] });
      await expect(items.query({ tenantId: b, pk: doc.pk })).resolves.toMatchObject({ items: [] });
      await expect(items.count({ tenantId: b, pk: doc.pk })).resolves.toBe(0);
      await expect(
        items.patch(foreignKey, [{ op: 'incr', path: 'score', value: 1 }]),
      ).resolves.toBeUndefined();
      await expect(items.delete(foreignKey)).resolves.toBe(false);
      // A document cannot be written into a partition of another tenant.
      await expect(items.upsert({ ...doc, tenantId: b })).rejects.toBeInstanceOf(StoreError);
      await expect(
        items.replace({ ...doc, tenantId: b, score: 0 }, { ifMatch: doc.etag }),
      ).rejects.toBeInstanceOf(StoreError);
      await expect(items.read(keyOf(doc))).resolves.toMatchObject({ score: 7, etag: doc.etag });
    });

    it.each([
      'with space',
      'accents-éüß-日本語',
      'plus+colon:semi;',
      'quote\'and"double',
      'percent%20sign',
      'emoji-🎉',
    ])('stores and finds an id with odd characters: %s', async (id) => {
      const t = newTenant();
      const created = await items.create(item(t, id, { score: 1 }));
      await expect(items.read(keyOf(created))).resolves.toMatchObject({ id });
      const { all } = await allPages({ tenantId: t, where: [{ path: 'id', op: 'eq', value: id }] });
      expect(all.map((d) => d.id)).toEqual([id]);
      await expect(
        items.patch(keyOf(created), [{ op: 'incr', path: 'score', value: 1 }]),
      ).resolves.toMatchObject({
        score: 2,
      });
      await expect(items.delete(keyOf(created))).resolves.toBe(true);
    });

    it('rejects documents without id, pk or tenant', async () => {
      const t = newTenant();
      await expect(items.create({ ...item(t, 'x'), id: '' })).rejects.toBeInstanceOf(StoreError);
      await expect(items.create({ ...item(t, 'x'), pk: 'someone-else' })).rejects.toBeInstanceOf(StoreError);
    });
  });
}
