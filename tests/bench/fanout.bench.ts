import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../bot/src/config';
import { compose } from '../../bot/src/index';
import { SlidingWindowLimiter } from '../../bot/src/domain/outbox/rate-limit';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { chatOf, messageFor, seedRecipients, TENANT } from '../support/outbox-fixtures';
import { testLogger } from '../support/silent-logger';
import type { BenchOptions } from './support/bench';
import { describeMachine, watchMemory } from './support/report';

/** Teams' documented ceiling per bot and tenant, which the fake connector enforces. */
const LIMIT_PER_S = 50;

function connector(blocked: Set<string>): Promise<FakeBotConnector> {
  return new FakeBotConnector({
    limits: { perSecond: LIMIT_PER_S, perConversationPerSecond: 7 },
    faults: { throttle: 0.01, serverError: 0.005, retryAfterSeconds: 1 },
    blocked,
    latencyMs: 40,
    keepCalls: false,
    seed: 2026,
  }).start();
}

/**
 * `npm run bench -- fanout [--quick]`: a campaign to 10,000 members (1,000 with --quick) through the
 * real outbox (SQLite store, worker, budgets, retries) and real HTTP to a fake Bot Connector that
 * enforces 50 sends per second per tenant and 7 per conversation, answers in 40 ms, throttles 1% of
 * sends (429 + Retry-After) and fails 0.5% (502/503/504); 0.2% of the members blocked the bot (403).
 * Baseline, same run and machine: a bare loop that sends the same messages to the same connector
 * paced at the same 40 per second, with no store and no retries (what the pacing alone allows).
 */
export async function run(options: BenchOptions): Promise<void> {
  const count = options.quick ? 1000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-fanout-'));
  console.log(`fanout: ${count} recipients; ${describeMachine()}`);
  const blocked = new Set<string>();
  const fake = await connector(blocked);
  const config = loadConfig({
    NODE_ENV: 'test',
    SQLITE_PATH: join(dir, 'guildhall.db'),
    PORT: '0',
    SEED_DEMO: 'true',
  });
  const app = await compose(config, { logger: testLogger() });
  try {
    const seedStarted = performance.now();
    const recipients = await seedRecipients(app.store, { count, connectorUrl: fake.url, prefix: 'fan' });
    for (let i = 0; i < recipients.length; i += 500) blocked.add(chatOf(recipients[i]!));
    const seedMs = performance.now() - seedStarted;

    const enqueueStarted = performance.now();
    const enqueued = await app.services.outbox.enqueue(
      {
        tenantId: TENANT,
        campaignId: 'bench|fanout',
        kind: 'digest',
        title: { en: 'Fan-out benchmark', fr: 'Banc d’essai de diffusion' },
        budget: 'exempt',
        overBudget: 'wait',
      },
      recipients.map(messageFor),
    );
    const enqueueMs = performance.now() - enqueueStarted;
    console.log(
      `seeded ${count} members and chats in ${(seedMs / 1000).toFixed(1)} s; enqueued ${enqueued.queued} deliveries in ${(enqueueMs / 1000).toFixed(1)} s (${Math.round(enqueued.queued / (enqueueMs / 1000))}/s)`,
    );

    const memory = watchMemory();
    const started = performance.now();
    let firstAt = 0;
    let lastAt = 0;
    let lastAccepted = 0;
    app.startJobs();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (fake.stats.accepted !== lastAccepted) {
        if (lastAccepted === 0) firstAt = performance.now();
        lastAccepted = fake.stats.accepted;
        lastAt = performance.now();
      }
      const status = await app.services.outbox.campaign(TENANT, 'bench|fanout');
      if (status && status.counts.queued + status.counts.sending + status.counts.retrying === 0) break;
      if (performance.now() - started > 30 * 60_000)
        throw new Error('the campaign did not finish in 30 minutes');
    }
    const peak = memory();
    const status = (await app.services.outbox.campaign(TENANT, 'bench|fanout'))!;
    const elapsedS = Math.max(0.001, (lastAt - (firstAt || started)) / 1000);
    let duplicates = 0;
    let received = 0;
    for (const id of recipients) {
      const n = fake.stats.perConversation.get(chatOf(id)) ?? 0;
      if (n > 1) duplicates += n - 1;
      if (n >= 1) received++;
    }
    const sent = status.counts.sent;
    const unreachable = status.counts.unreachable;
    // Lost: neither delivered nor known unreachable (failed, dropped, or marked sent but never received).
    const lost = count - received - unreachable;
    const msgsPerS = sent / elapsedS;
    console.log('');
    console.log('| figure | value |');
    console.log('| --- | --- |');
    console.log(
      `| sent / unreachable / failed / dropped | ${sent} / ${unreachable} / ${status.counts.failed} / ${status.counts.dropped} |`,
    );
    console.log(`| connector requests (accepted + refused) | ${fake.stats.requests} |`);
    console.log(
      `| injected 429 / 5xx / 403 | ${fake.stats.throttled} / ${fake.stats.serverErrors} / ${fake.stats.forbidden} |`,
    );
    console.log(`| 429s caused by going over the limits | ${fake.stats.overLimit} |`);
    console.log(`| busiest second at the connector | ${fake.stats.peakPerSecond} sends |`);
    console.log(`| duration, first to last send | ${elapsedS.toFixed(1)} s |`);
    console.log(`| throughput | ${msgsPerS.toFixed(1)} msgs/s (configured 40, Teams limit ${LIMIT_PER_S}) |`);
    console.log(`| peak RSS / heap | ${peak.rssMiB.toFixed(0)} MiB / ${peak.heapUsedMiB.toFixed(0)} MiB |`);

    // Baseline: the pacing alone, no store, no outbox.
    const baselineCount = Math.min(count, 2000);
    const bare = await connector(new Set());
    const limiter = new SlidingWindowLimiter(10, 250);
    const baselineStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < baselineCount) {
          const i = next++;
          await limiter.take();
          await fetch(`${bare.url}v3/conversations/${encodeURIComponent(chatOf(`base-${i}`))}/activities`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'message', text: `Hello ${i}` }),
          });
        }
      }),
    );
    const baselineS = (performance.now() - baselineStarted) / 1000;
    const baselinePerS = bare.stats.accepted / baselineS;
    await bare.stop();
    console.log(
      `| baseline: bare paced loop, ${baselineCount} sends, no store or retries | ${baselinePerS.toFixed(1)} msgs/s accepted |`,
    );
    console.log(`| outbox / baseline | ${(msgsPerS / baselinePerS).toFixed(3)} |`);
    console.log('');
    console.log(
      `BENCH fanout sent=${sent} unreachable=${unreachable} duplicates=${duplicates} lost=${lost} msgs_per_s=${msgsPerS.toFixed(1)} limit_per_s=${LIMIT_PER_S} ratio=${(msgsPerS / LIMIT_PER_S).toFixed(3)}`,
    );
  } finally {
    app.server.close();
    await app.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
