import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MemberRepository } from '../../bot/src/domain/members/member-repository';
import { OutboxRepository } from '../../bot/src/domain/outbox/outbox-repository';
import { OutboxService } from '../../bot/src/domain/outbox/outbox-service';
import { systemClock } from '../../bot/src/domain/shared/clock';
import { TenantRegistry } from '../../bot/src/domain/shared/tenant-registry';
import { SqliteDocumentStore } from '../../bot/src/store/sqlite/sqlite-document-store';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { chatOf, messageFor, seedRecipients, TENANT } from '../support/outbox-fixtures';

const root = join(__dirname, '..', '..');
const ANIMATOR = 'crash-animator';

/** The real server process (bot/src/index.ts through tsx); resolves once it listens. */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/src/index.ts'], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${lines.join('\n')}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (lines.length < 200) lines.push(line);
      if (line.includes('Guildhall is up')) {
        const url = (JSON.parse(line) as { url?: string }).url;
        if (url) {
          clearTimeout(timer);
          resolve({ child, url });
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}):\n${lines.join('\n')}`));
    });
  });
}

interface Counts {
  total: number;
  counts: Record<string, number>;
}

async function campaignOf(url: string, campaignId: string): Promise<Counts> {
  const res = await fetch(`${url}/api/v1/campaigns/${encodeURIComponent(campaignId)}`, {
    headers: { 'x-dev-user': ANIMATOR },
  });
  if (!res.ok) throw new Error(`campaign read failed: ${res.status}`);
  return (await res.json()) as Counts;
}

async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Members, their chats and one campaign to all of them, written to the SQLite file the server will open. */
async function prepare(
  dbPath: string,
  connectorUrl: string,
  count: number,
  campaignId: string,
): Promise<string[]> {
  const store = SqliteDocumentStore.open(dbPath);
  try {
    await new TenantRegistry(store).register(TENANT, new Date());
    const members = new MemberRepository(store);
    const now = new Date().toISOString();
    await members.create({
      id: ANIMATOR,
      pk: TENANT,
      tenantId: TENANT,
      kind: 'member',
      displayName: 'Animator',
      roles: ['animator'],
      segments: { interests: [] },
      followedTags: [],
      searchName: 'animator',
      joinedAt: now,
      lastSeenAt: now,
      source: 'dev',
    });
    const recipients = await seedRecipients(store, {
      count,
      connectorUrl,
      prefix: campaignId.replace(/\W/g, ''),
    });
    const outbox = new OutboxService({
      repository: new OutboxRepository(store),
      clock: systemClock,
      members,
    });
    await outbox.enqueue(
      {
        tenantId: TENANT,
        campaignId,
        kind: 'digest',
        title: { en: 'Crash test', fr: 'Test de panne' },
        budget: 'exempt',
        overBudget: 'wait',
      },
      recipients.map(messageFor),
    );
    return recipients;
  } finally {
    await store.close();
  }
}

const settled = (c: Counts) => c.counts['queued']! + c.counts['sending']! + c.counts['retrying']! === 0;

describe('The outbox across a crash of the real process', () => {
  let dir: string;
  let connector: FakeBotConnector;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-crash-'));
    connector = await new FakeBotConnector({
      limits: { perSecond: 50, perConversationPerSecond: 7 },
      faults: { throttle: 0.01, serverError: 0.005, retryAfterSeconds: 1 },
      latencyMs: 5,
      keepCalls: false,
    }).start();
  });

  afterEach(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = (dbPath: string) => ({
    PORT: '0',
    SQLITE_PATH: dbPath,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    DEV_TENANT_ID: TENANT,
    OUTBOX_LEASE_MS: '3000',
  });

  it('killed (SIGKILL) in the middle of a 2,000-recipient campaign and restarted: the rest is delivered, nothing twice', async () => {
    const dbPath = join(dir, 'guildhall.db');
    const recipients = await prepare(dbPath, connector.url, 2000, 'crash|kill');
    const first = await startServer(env(dbPath));
    children.push(first.child);
    await waitFor(() => connector.stats.accepted >= 500, 60_000, '500 messages before the crash');
    const exited = new Promise((resolve) => first.child.on('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    const atCrash = connector.stats.accepted;
    expect(atCrash).toBeLessThan(2000);

    const second = await startServer(env(dbPath));
    children.push(second.child);
    let final: Counts | undefined;
    await waitFor(
      async () => {
        final = await campaignOf(second.url, 'crash|kill');
        return settled(final);
      },
      120_000,
      'the campaign to finish after the restart',
    );

    // Nobody got it twice.
    const twice = recipients.filter((id) => (connector.stats.perConversation.get(chatOf(id)) ?? 0) > 1);
    expect(twice).toEqual([]);
    // Every delivery ended: sent, or interrupted (in flight at the moment of the crash: it may or
    // may not have reached Teams, so it is shown to the animator instead of being sent twice).
    const interrupted = final!.counts['failed']!;
    expect(final!.counts['sent']! + interrupted).toBe(2000);
    expect(interrupted).toBeLessThanOrEqual(16); // at most the sends in flight
    const received = recipients.filter((id) => connector.stats.perConversation.get(chatOf(id)) === 1).length;
    // Everyone not in flight at the crash received it exactly once.
    expect(received).toBeGreaterThanOrEqual(2000 - interrupted);
    // Paced under the limits; a 429 from a bunched arrival on a busy machine is retried, never lost.
    expect(connector.stats.overLimit).toBeLessThanOrEqual(connector.stats.requests * 0.02);
    second.child.kill('SIGTERM');
  }, 240_000);

  it('stopped (SIGTERM) in the middle of a campaign and restarted: every message delivered exactly once', async () => {
    const dbPath = join(dir, 'guildhall.db');
    const recipients = await prepare(dbPath, connector.url, 600, 'crash|term');
    const first = await startServer(env(dbPath));
    children.push(first.child);
    await waitFor(() => connector.stats.accepted >= 200, 60_000, '200 messages before the stop');
    const exited = new Promise<number | null>((resolve) => first.child.on('exit', resolve));
    first.child.kill('SIGTERM');
    await expect(exited).resolves.toBe(0);
    expect(connector.stats.accepted).toBeLessThan(600);

    const second = await startServer(env(dbPath));
    children.push(second.child);
    let final: Counts | undefined;
    await waitFor(
      async () => {
        final = await campaignOf(second.url, 'crash|term');
        return settled(final);
      },
      60_000,
      'the campaign to finish after the restart',
    );
    expect(final!.counts).toMatchObject({ sent: 600, failed: 0, unreachable: 0, dropped: 0 });
    for (const id of recipients) expect(connector.stats.perConversation.get(chatOf(id))).toBe(1);
    second.child.kill('SIGTERM');
  }, 180_000);
});
