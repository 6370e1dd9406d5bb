import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { ApiPaths, DEV_USER_HEADER } from '../../contracts/routes';
import { loadConfig } from '../../bot/src/config';
import { compose } from '../../bot/src/index';
import { SqliteDocumentStore } from '../../bot/src/store/sqlite/sqlite-document-store';
import { startBaselineServer } from './support/baseline-server';
import { durationMsOf, type BenchOptions } from './support/bench';
import { seedSyntheticCommunity, type SyntheticCommunity } from './support/community-seed';
import { Containers } from '../../bot/src/domain/shared/containers';
import { requestOnce, runLoad, type LoadOptions, type RequestSpec } from './support/load-generator';
import { PhaseProfiler } from './support/profiler';
import { Random } from './support/random';
import {
  benchLine,
  describeMachine,
  phaseOf,
  printPhases,
  watchMemory,
  watchServerThread,
  type Phase,
} from './support/report';

/**
 * The home feed at 10,000 members, 300 circles and 100,000 posts on the embedded store
 * (DESIGN.md §7: p95 under 50 ms with 32 concurrent clients on loopback).
 *
 * Seeds a fresh SQLite file, starts the real server (compose() → makeServer, dev mode: every request
 * names a random one of the 10,000 members in X-Dev-User, as production traffic would), then
 * measures GET /api/v1/feed (page 1: builds and stores a ranked session), page 2 (read from a
 * session), and a bare restify route as the baseline, with the same load generator in the same run.
 */
export async function run(options: BenchOptions): Promise<void> {
  const clients = options.clients ?? 32;
  const durationMs = durationMsOf(options, { full: 20, quick: 5 });
  const warmupMs = options.quick ? 2000 : 5000;
  const out = (line: string) => console.log(line);

  out(
    `feed benchmark: ${clients} clients, ${durationMs / 1000} s per phase after ${warmupMs / 1000} s of warm-up`,
  );
  out(`machine: ${describeMachine()}`);

  // `--db=<file>`: seed into that file once and reuse it on later runs (for iterating on the server).
  const kept = options.args.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-bench-'));
  const dbPath = kept ?? join(dir, 'guildhall.db');
  const reuse = kept !== undefined && existsSync(kept);
  const config = loadConfig({
    NODE_ENV: 'development',
    SQLITE_PATH: dbPath,
    PORT: '0',
    SEED_DEMO: 'false',
    LINK_PREVIEWS: 'false',
    LOG_LEVEL: 'info',
  });
  const store = SqliteDocumentStore.open(dbPath);
  try {
    const community = reuse
      ? await reusedCommunity(store, loadConfig({}).dev.tenantId)
      : seedSyntheticCommunity({
          store,
          tenantId: config.dev.tenantId,
          members: 10_000,
          circles: 300,
          posts: 100_000,
          now: new Date(),
          log: (line) => out(`  seeding ${line}`),
        });
    const fileMiB = ['', '-wal']
      .map((suffix) => dbPath + suffix)
      .filter((file) => existsSync(file))
      .reduce((sum, file) => sum + statSync(file).size, 0);
    out(`seeded in ${community.seconds.toFixed(1)} s (${(fileMiB / 2 ** 20).toFixed(0)} MiB on disk):`);
    out(
      `  documents: ${Object.entries(community.counts)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ')}`,
    );
    for (const [fact, value] of Object.entries(community.facts)) out(`  ${fact}: ${value}`);

    // The real server, as production composes it, logging every request (to /dev/null).
    const logger = pino(
      { level: config.logLevel, base: { app: 'guildhall' } },
      pino.destination({ dest: devNull, sync: false }),
    );
    const app = await compose(config, { store, logger, startJobs: false });
    await new Promise<void>((resolve) => {
      app.server.listen(0, '127.0.0.1', resolve);
    });
    const port = app.server.address().port;
    out(
      `server: compose() on 127.0.0.1:${port}, dev identity, response validation ${config.env !== 'production' ? 'on' : 'off'} (NODE_ENV=${config.env})`,
    );

    const asMember = (memberId: string, path: string = ApiPaths.feed): RequestSpec => ({
      path,
      headers: { [DEV_USER_HEADER]: memberId },
    });
    const first = await getJson(port, asMember(community.memberIds[0]!));
    const reasons = new Map<string, number>();
    for (const item of first.items ?? []) reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
    out(
      `sample page 1: ${first.items?.length ?? 0} items (${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')})`,
    );

    const phases: Phase[] = [];
    const profiler = options.profileDir ? new PhaseProfiler(options.profileDir) : undefined;
    const measure = async (name: string, load: LoadOptions) => {
      out(`measuring ${name}...`);
      const stopMemory = watchMemory();
      let stopServer = watchServerThread();
      const result = await runLoad({
        ...load,
        onMeasureStart: () => {
          stopServer = watchServerThread();
          profiler?.start();
        },
      });
      phases.push(phaseOf(name, result, stopMemory(), stopServer(result.latencies.length)));
      if (profiler) out(`  CPU profile: ${await profiler.stop(name)}`);
    };
    const common = { port, clients, warmupMs, durationMs };

    await measure('feed page 1', {
      ...common,
      requests: community.memberIds.map((id) => asMember(id)),
    });

    // Page 2 needs a session of its own member: open page 1 for a sample of members first.
    const sample = new Random(7).sample(community.memberIds, options.quick ? 300 : 1500);
    const started = performance.now();
    const second = await mapConcurrent(sample, clients, async (memberId) => {
      const page = await getJson(port, asMember(memberId));
      return page.continuation
        ? asMember(memberId, `${ApiPaths.feed}?continuation=${encodeURIComponent(page.continuation)}`)
        : undefined;
    });
    const pageTwo = second.filter((r): r is RequestSpec => r !== undefined);
    out(
      `opened ${pageTwo.length} sessions for page 2 in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await measure('feed page 2', { ...common, requests: pageTwo });

    app.server.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      app.server.close(() => resolve());
    });

    const baseline = await startBaselineServer();
    await measure('baseline (bare restify)', {
      ...common,
      port: baseline.port,
      requests: [{ path: baseline.path }],
    });
    await baseline.close();
    profiler?.close();

    out('');
    const errors = printPhases(phases, out);
    const [page1, , base] = phases;
    const usage = process.memoryUsage();
    out('');
    out(
      `memory at the end: RSS ${(usage.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(usage.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
    if (errors > 0) {
      out(`!!! ${errors} requests did not answer 200: these figures are not valid !!!`);
      process.exitCode = 1;
    }
    out(
      benchLine('feed', [
        ['p50_ms', page1!.latency.p50, 'ms'],
        ['p95_ms', page1!.latency.p95, 'ms'],
        ['rps', page1!.result.rps, 'int'],
        ['baseline_rps', base!.result.rps, 'int'],
        ['ratio', page1!.result.rps / base!.result.rps, 'ratio'],
      ]),
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface FeedPageBody {
  items?: { reason: string }[];
  continuation?: string;
}

/** A community seeded by an earlier run with `--db`: its members, read back from the store. */
async function reusedCommunity(store: SqliteDocumentStore, tenantId: string): Promise<SyntheticCommunity> {
  const members = store.container<{ id: string; pk: string; tenantId: string }>(Containers.members);
  const memberIds: string[] = [];
  let continuation: string | undefined;
  do {
    const page = await members.select(
      { tenantId, pk: tenantId, limit: 1000, ...(continuation ? { continuation } : {}) },
      [],
    );
    memberIds.push(...page.items.map((m) => m.id));
    continuation = page.continuation;
  } while (continuation);
  return { tenantId, memberIds, counts: { members: memberIds.length }, facts: { reused: 'yes' }, seconds: 0 };
}

async function getJson(port: number, spec: RequestSpec): Promise<FeedPageBody> {
  const response = await requestOnce(port, spec);
  if (response.status !== 200) {
    throw new Error(`GET ${spec.path} answered ${response.status}: ${response.body.slice(0, 400)}`);
  }
  return JSON.parse(response.body) as FeedPageBody;
}

async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}
