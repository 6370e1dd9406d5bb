import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Containers } from '../../bot/src/domain/shared/containers';
import type { Query } from '../../bot/src/domain/shared/document-store';
import { SqliteDocumentStore } from '../../bot/src/store/sqlite/sqlite-document-store';
import { describeDocumentStoreContract } from './document-store.contract';

// A real file (WAL mode), as in production on one machine.
describeDocumentStoreContract('SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-contract-'));
  const store = SqliteDocumentStore.open(join(dir, 'store.db'));
  return Promise.resolve({
    store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
});

describe('SQLite store: indexes on the hot paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-sqlite-plans-'));
  const file = join(dir, 'store.db');
  const t = 'c0ffee00-0000-4000-8000-000000000001';
  let store: SqliteDocumentStore;

  beforeAll(() => {
    // A store made by an older version: positional index names, no tie-breakers.
    const legacy = new Database(file);
    legacy.exec(`CREATE TABLE c_posts (tenant_id TEXT NOT NULL, pk TEXT NOT NULL, id TEXT NOT NULL,
      etag TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (pk, id))`);
    legacy.exec(`CREATE INDEX c_posts_p0 ON c_posts (pk, json_extract(body, '$.publishedAt') DESC)`);
    legacy.exec(`CREATE INDEX c_posts_t0 ON c_posts (tenant_id, json_extract(body, '$.publishedAt') DESC)`);
    legacy.close();
    store = SqliteDocumentStore.open(file);
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The SQL of the index a plan uses (plans name indexes; names are hashes). */
  const indexSql = (plan: string[]): string => {
    const name = /USING (?:COVERING )?INDEX (\w+)/.exec(plan.join('\n'))?.[1];
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name) as string) ?? '';
    } finally {
      db.close();
    }
  };

  it('replaces indexes whose definition changed', () => {
    store.container(Containers.posts);
    const db = new Database(file, { readonly: true });
    const names = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'c_posts'`)
      .pluck()
      .all() as string[];
    db.close();
    expect(names).not.toContain('c_posts_p0');
    expect(names).not.toContain('c_posts_t0');
    expect(names.filter((n) => /^c_posts_x[0-9a-f]{10}$/.test(n))).toHaveLength(
      Containers.posts.indexes.length * 2,
    );
  });

  it("finds a member's memberships through their index, not by scanning the partition", () => {
    const plan = store.explain(Containers.memberships, {
      tenantId: t,
      pk: t,
      where: [{ path: 'memberId', op: 'eq', value: 'm1' }],
      limit: 500,
    });
    expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX \w+ \((pk|tenant_id)=\? AND <expr>=\?\)/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('finds who opted out of ranking through the sparse index, not by scanning the members', () => {
    // MemberRepository.optedOutOfRanking's query: the leaderboards read it every few seconds.
    const plan = store.explain(Containers.members, {
      tenantId: t,
      pk: t,
      where: [{ path: 'rankingOptOut', op: 'exists' }],
      orderBy: [{ path: 'displayName', direction: 'asc' }],
      limit: 1000,
    });
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE|SCAN c_members|sqlite_autoindex/);
    expect(indexSql(plan)).toMatch(/WHERE json_type\(body, '\$\.rankingOptOut'\) IS NOT NULL$/);
  });

  it('walks the feed order without sorting, filtering on the properties the index holds', () => {
    const published = { path: 'status', op: 'eq', value: 'published' } as const;
    const readable = {
      op: 'or',
      filters: [
        { path: 'circleVisibility', op: 'eq', value: 'open' },
        { path: 'circleId', op: 'in', values: ['a', 'b', 'c'] },
      ],
    } as const;
    const newest = [{ path: 'publishedAt', direction: 'desc' }] as const;
    const query = (where: Query['where']): Query => ({
      tenantId: t,
      pk: t,
      where,
      orderBy: newest,
      limit: 150,
    });

    for (const where of [
      [published, { path: 'circleId', op: 'in', values: ['a', 'b', 'c'] } as const],
      [published, readable, { path: 'tags', op: 'arrayContainsAny', values: ['llm'] } as const],
    ]) {
      const plan = store.explain(Containers.posts, query(where));
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE|SCAN c_posts/);
      expect(indexSql(plan)).toMatch(/publishedAt'\) DESC, id, (pk, )?json_extract\(body, '\$\.status'\)/);
    }
    const targeted = store.explain(
      Containers.posts,
      query([published, readable, { path: 'audience', op: 'exists' }]),
    );
    expect(targeted.join('\n')).not.toMatch(/TEMP B-TREE|SCAN c_posts/);
    expect(indexSql(targeted)).toMatch(/WHERE json_type\(body, '\$\.audience'\) IS NOT NULL$/);
  });
});
