import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
