import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { messageActivity } from '../support/activities';
import { FakeBotConnector } from '../support/fake-bot-connector';

const root = join(__dirname, '..', '..');

/** Starts the real server process (bot/src/index.ts through tsx) and resolves with its URL. */
function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; lines: string[] }> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/src/index.ts'], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${lines.join('\n')}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const parsed = JSON.parse(line) as { msg?: string; url?: string };
      if (parsed.msg?.startsWith('Guildhall is up') && parsed.url) {
        clearTimeout(timer);
        resolve({ child, url: parsed.url, lines });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${lines.join('\n')}`));
    });
  });
}

describe('graceful shutdown of the real process', () => {
  it('finishes the request in flight, refuses new ones, closes the store and exits 0 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guildhall-shutdown-'));
    const dbPath = join(dir, 'guildhall.db');
    const connector = await new FakeBotConnector().start();
    const { child, url, lines } = await startServer({ PORT: '0', SQLITE_PATH: dbPath, LOG_LEVEL: 'info' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      // A request whose body is still arriving when the signal comes.
      const body = JSON.stringify(messageActivity('help', { serviceUrl: connector.url }));
      const inFlight = new Promise<number>((resolve, reject) => {
        const req = request(
          `${url}/api/messages`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 20));
        setTimeout(() => {
          child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(20)), 300);
        }, 200);
      });

      await expect(inFlight).resolves.toBe(200);
      await connector.waitForCalls(1);
      expect(connector.calls[0]?.activity.attachments?.[0]?.contentType).toBe(
        'application/vnd.microsoft.card.adaptive',
      );
      await expect(exited).resolves.toBe(0);
      expect(lines.join('\n')).toMatch(/stopped cleanly/);
      // better-sqlite3 checkpoints and removes the write-ahead log when the store closes cleanly.
      expect(existsSync(dbPath)).toBe(true);
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await connector.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start in production without authentication, listing what is missing', async () => {
    await expect(startServer({ NODE_ENV: 'production', PORT: '0' })).rejects.toThrow(
      /MICROSOFT_APP_ID: required in production[\s\S]*AAD_CLIENT_ID: required in production/,
    );
  });
});
