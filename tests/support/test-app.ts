import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadConfig } from '../../bot/src/config';
import type { Clock } from '../../bot/src/domain/shared/clock';
import type { DocumentStore } from '../../bot/src/domain/shared/document-store';
import { compose, type App } from '../../bot/src/index';
import type { BotCredentialsFactory } from '../../bot/src/teams/bot-adapter';
import { testLogger } from './silent-logger';

/** A running Guildhall on a free port, over a fresh SQLite file unless a store is given. */
export interface TestApp {
  app: App;
  baseUrl: string;
  /** fetch() against the app, with the path relative to its base URL. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the server built by the real composition root (makeServer on port 0). */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    store?: DocumentStore;
    clock?: Clock;
    logger?: Logger;
    botCredentialsFactory?: BotCredentialsFactory;
    tabDir?: string;
  } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    SQLITE_PATH: join(dir, 'guildhall.db'),
    PORT: '0',
    ...options.env,
  });
  const app = await compose(config, {
    logger: options.logger ?? testLogger(),
    ...(options.store ? { store: options.store } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.botCredentialsFactory ? { botCredentialsFactory: options.botCredentialsFactory } : {}),
    ...(options.tabDir ? { tabDir: options.tabDir } : {}),
  });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', resolve);
  });
  const baseUrl = `http://127.0.0.1:${app.server.address().port}`;
  return {
    app,
    baseUrl,
    fetch: (path, init) => fetch(`${baseUrl}${path}`, init),
    async close() {
      app.server.server.closeAllConnections();
      await new Promise<void>((resolve) => {
        app.server.close(() => resolve());
      });
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
