import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pino from 'pino';
import { ApiPaths, DEV_USER_HEADER } from '../../contracts/routes';
import { loadConfig } from '../../bot/src/config';
import { ACTIONS, type Action, type Score } from '../../bot/src/domain/gamification/gamification';
import type {
  AwardOutcome,
  GamificationService,
} from '../../bot/src/domain/gamification/gamification-service';
import { bucketOf, periodsOf, type BoardPeriod } from '../../bot/src/domain/gamification/periods';
import { MemberRepository } from '../../bot/src/domain/members/member-repository';
import { Containers } from '../../bot/src/domain/shared/containers';
import { pkOf } from '../../bot/src/domain/shared/document-store';
import { compose } from '../../bot/src/index';
import { SqliteDocumentStore } from '../../bot/src/store/sqlite/sqlite-document-store';
import { startBaselineServer } from './support/baseline-server';
import { durationMsOf, type BenchOptions } from './support/bench';
import {
  ACTION_MIX,
  CIRCLE_ACTIONS,
  COMMUNITY_CIRCLE,
  gameSeedCache,
  readSeededGame,
  seedGame,
  type SeededGame,
} from './support/game-seed';
import { runInProcess } from './support/in-process-load';
import {
  requestOnce,
  runLoad,
  type LoadOptions,
  type LoadResult,
  type RequestSpec,
} from './support/load-generator';
import { PhaseProfiler } from './support/profiler';
import { Random, WeightedPicker } from './support/random';
import {
  benchLine,
  describeMachine,
  heapAfterGcMiB,
  phaseOf,
  printPhases,
  watchMemory,
  watchServerThread,
  type Phase,
} from './support/report';
import { summarize } from './support/stats';

/**
 * Leaderboards at 100,000 members and 2,000,000 ledger entries on the embedded store (DESIGN.md §7:
 * "top 50 plus my rank" p95 under 20 ms), and the award throughput behind them.
 *
 * Seeds a SQLite file (or reuses today's from .bench-cache/), starts the real server (compose() →
 * makeServer, dev mode: every request names a random member in X-Dev-User), then:
 * - loads boards cold, one request at a time (the first request of a board reads its whole score
 *   partition into the in-memory index), with the heap before and after; then reads every member
 *   once, so that the phases do not measure the OS page cache filling;
 * - measures GET /api/v1/leaderboard (mostly this week's and the all-time board, some month,
 *   season and circle boards) with N clients, then with one client (the service time, no queue),
 *   then with N clients while awards are written (the boards follow them);
 * - measures GamificationService.award() in-process, a few hundred in flight: fresh awards (unique
 *   keys, random members and actions) and the same awards again (duplicates);
 * - checks that the boards followed the awards (a member's points on the board = the store's);
 * - measures the bare restify baseline with the same load generator, single-row SQLite inserts (the
 *   floor under an award's writes), and times a naive ranking (SQL top 50 by points and a COUNT of
 *   higher scores) for comparison.
 *
 * Extra flags: `--db=<file>`, `--members=<n>` and `--entries=<n>` (a smaller game, to try the
 * benchmark quickly; figures are recorded at the defaults), `--in-flight=<n>` (awards in flight),
 * `--award-rate=<n>` (awards per second while boards are read; default 20, some 300 times the seeded
 * year's average of 0.06/s: a rate near the award capacity would only measure a growing queue).
 * The seeded file is cached in .bench-cache/ for the day; `--no-cache` seeds a temporary one.
 */
export async function run(options: BenchOptions): Promise<void> {
  const clients = options.clients ?? 32;
  const durationMs = durationMsOf(options, { full: 20, quick: 5 });
  const warmupMs = options.quick ? 2000 : 5000;
  const flag = (name: string) =>
    options.args.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
  const numberFlag = (name: string, fallback: number) => {
    const value = flag(name);
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`--${name} needs a positive integer, got "${value}".`);
    return n;
  };
  const memberCount = numberFlag('members', 100_000);
  const entryCount = numberFlag('entries', 2_000_000);
  const inFlight = numberFlag('in-flight', 256);
  const awardRate = numberFlag('award-rate', 20);
  const out = (line: string) => console.log(line);

  out(
    `leaderboard benchmark: ${clients} clients, ${durationMs / 1000} s per phase after ${warmupMs / 1000} s of warm-up; awards ${inFlight} in flight`,
  );
  out(`machine: ${describeMachine()}`);

  // The seeded file is kept in .bench-cache/ for the day (the boards of "this week" and today's caps
  // depend on when it was seeded); `--db=<file>` names another one; `--no-cache` seeds a temporary one.
  // A reused file keeps the awards of earlier runs (a few thousand entries each).
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-bench-'));
  const kept = flag('db');
  const cache =
    kept !== undefined || options.args.includes('--no-cache')
      ? undefined
      : gameSeedCache({ members: memberCount, entries: entryCount, now: new Date() });
  const dbPath = kept ?? cache?.path ?? join(dir, 'guildhall.db');
  const reuse = kept !== undefined ? existsSync(kept) : (cache?.ready ?? false);
  if (cache && !reuse) cache.clear();
  const config = loadConfig({
    NODE_ENV: 'development',
    SQLITE_PATH: dbPath,
    PORT: '0',
    SEED_DEMO: 'false',
    LINK_PREVIEWS: 'false',
    LOG_LEVEL: 'info',
  });
  const tenantId = config.dev.tenantId;
  const store = SqliteDocumentStore.open(dbPath);
  try {
    const game = reuse
      ? await readSeededGame(store, tenantId)
      : seedGame({
          store,
          tenantId,
          members: memberCount,
          entries: entryCount,
          now: new Date(),
          log: (line) => out(`  seeding ${line}`),
        });
    if (cache && !reuse) cache.markReady();
    const fileMiB = ['', '-wal']
      .map((suffix) => dbPath + suffix)
      .filter((file) => existsSync(file))
      .reduce((sum, file) => sum + statSync(file).size, 0);
    out(
      `${reuse ? `reused ${dbPath}` : `seeded in ${game.seconds.toFixed(1)} s`} (${(fileMiB / 2 ** 20).toFixed(0)} MiB on disk): ${game.memberIds.length} members, ${game.circles.length} circles, season ${game.season}`,
    );
    if (Object.keys(game.counts).length > 0) {
      out(
        `  documents: ${Object.entries(game.counts)
          .map(([name, n]) => `${name} ${n}`)
          .join(', ')}`,
      );
    }
    for (const [fact, value] of Object.entries(game.facts)) out(`  ${fact}: ${value}`);

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

    const random = new Random(48);
    const requests = boardRequests(game, random, 40_000);

    // 1. Cold boards: the first request of each loads its partition of scores into the index.
    out('');
    out('cold boards (one request at a time; heap after a full GC):');
    const heapStart = heapAfterGcMiB();
    let started = performance.now();
    const hidden = await new MemberRepository(store).optedOutOfRanking(tenantId);
    out(
      `  opted-out list: ${hidden.length} members read in ${(performance.now() - started).toFixed(1)} ms (reread every 5 s)`,
    );
    const smallest = [...game.circles].sort((a, b) => a.size - b.size)[0]!;
    const largest = [...game.circles]
      .filter((c) => c.id !== COMMUNITY_CIRCLE)
      .sort((a, b) => b.size - a.size)[0]!;
    const memberOf = (circleId: string) =>
      random.pick(game.memberIds.filter((id) => game.circlesOf.get(id)?.includes(circleId)));
    const cold: ColdBoard[] = [];
    const load = async (label: string, period: BoardPeriod, circleId?: string, memberId?: string) => {
      const who = memberId ?? (circleId ? memberOf(circleId) : random.pick(game.memberIds));
      const other = circleId ? memberOf(circleId) : random.pick(game.memberIds);
      const heapBefore = heapAfterGcMiB();
      const first = await timedBoard(port, boardPath(period, circleId), who);
      const second = await timedBoard(port, boardPath(period, circleId), other);
      const heapAfter = heapAfterGcMiB();
      cold.push({
        label,
        participants: first.body.participants,
        firstMs: first.ms,
        secondMs: second.ms,
        heapMiB: heapAfter - heapBefore,
      });
    };
    // The smallest board first: it also loads the opted-out list, so the next figures are boards only.
    await load(`circle ${smallest.name} (${smallest.size} members), week`, 'week', smallest.id);
    await load('all time', 'all');
    await load('this season', 'season');
    await load('this month', 'month');
    await load('this week', 'week');
    await load('community circle, all time', 'all', COMMUNITY_CIRCLE);
    await load(`circle ${largest.name} (${largest.size} members), week`, 'week', largest.id);
    // Then every board the load asks for, so that the measured phases start warm.
    started = performance.now();
    const boards = new Map<string, RequestSpec>();
    for (const spec of requests) {
      const key = spec.path;
      if (!boards.has(key)) boards.set(key, spec);
    }
    for (const spec of boards.values()) await timedBoard(port, spec.path, spec.headers![DEV_USER_HEADER]!);
    const heapBoards = heapAfterGcMiB() - heapStart;
    const rows = cold.map((c) => [
      c.label,
      String(c.participants),
      c.firstMs.toFixed(1),
      c.secondMs.toFixed(1),
      c.heapMiB.toFixed(1),
    ]);
    printTable(['board', 'participants', 'first ms', 'second ms', 'heap MiB'], rows, out);
    out(
      '  (first: loads the board; second: another member, warm, unless the opted-out list was due for its re-read)',
    );
    out(
      `  all ${boards.size} boards the load asks for loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; heap of the loaded index: ${heapBoards.toFixed(0)} MiB`,
    );

    // 2. The naive ranking, for comparison: SQL over the all-time partition for every request.
    const naive = await naiveRanking(store, tenantId, game, random, options.quick ? 5 : 15);
    out(
      `naive ranking (SQL: top 50 by points + COUNT of higher scores, all-time board, serial): p50 ${naive.p50.toFixed(1)} ms, max ${naive.max.toFixed(1)} ms`,
    );

    // A server that has run for a while has its members' profiles in the OS page cache; right after
    // seeding (or a reboot) most of them are on disk, and the first phase would measure disk reads
    // (each request reads the member and their neighbours: random ones out of 100,000).
    started = performance.now();
    const memberRepository = new MemberRepository(store);
    for (let i = 0; i < game.memberIds.length; i += 1000) {
      await memberRepository.many(tenantId, game.memberIds.slice(i, i + 1000));
    }
    out(
      `members' profiles read once (page cache warm-up): ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    // 3. Measured phases over HTTP.
    const phases: Phase[] = [];
    const profiler = options.profileDir ? new PhaseProfiler(options.profileDir) : undefined;
    const measure = async (name: string, run: (onMeasureStart: () => void) => Promise<LoadResult>) => {
      out(`measuring ${name}...`);
      const stopMemory = watchMemory();
      let stopServer = watchServerThread();
      const result = await run(() => {
        stopServer = watchServerThread();
        profiler?.start();
      });
      const phase = phaseOf(name, result, stopMemory(), stopServer(result.latencies.length));
      phases.push(phase);
      if (profiler) out(`  CPU profile: ${await profiler.stop(name)}`);
      return phase;
    };
    const http = (load: Omit<LoadOptions, 'onMeasureStart'>) => (onMeasureStart: () => void) =>
      runLoad({ ...load, onMeasureStart });
    const common = { port, warmupMs, durationMs, requests };

    const main = await measure(`leaderboard, ${clients} clients`, http({ ...common, clients }));
    const single = await measure('leaderboard, 1 client', http({ ...common, clients: 1, seed: 2 }));

    // 4. Awards in-process: fresh (unique keys), then the same keys again (duplicates).
    const gamification = app.services.gamification;
    const awards = awardInputs(game, new Random(4), `bench-${Date.now().toString(36)}`);
    const outcomes = new Map<string, AwardInput>();
    const fresh = await measure(`awards, ${inFlight} in flight`, (onMeasureStart) =>
      runInProcess({
        concurrency: inFlight,
        warmupMs,
        durationMs,
        call: async (n) => {
          const input = awards(n);
          const outcome = await gamification.award(input);
          outcomes.set(input.key, input);
          return outcome.status;
        },
        expect: (status) => status === 'paid' || status === 'capped',
        onMeasureStart,
      }),
    );
    const used = [...outcomes.values()];
    const duplicate = await measure(`duplicate awards, ${inFlight} in flight`, (onMeasureStart) =>
      runInProcess({
        concurrency: inFlight,
        warmupMs: Math.min(warmupMs, 2000),
        durationMs,
        call: async (n) => (await gamification.award(used[n % used.length]!)).status,
        expect: (status) => status === 'duplicate',
        onMeasureStart,
      }),
    );

    // 5. The boards followed the awards: a member's points on this week's board are the store's.
    const followed = await checkBoardsFollowed(port, store, gamification, tenantId, used, random);
    out(`boards followed the awards: ${followed.agree}/${followed.checked} members' weekly points agree`);

    // 6. Reading while awards are written, as in real use.
    const mixedAwards = awardInputs(game, new Random(5), `bench-mixed-${Date.now().toString(36)}`);
    const mixed = await measure(
      `leaderboard, ${clients} clients, ${awardRate} awards/s`,
      async (onMeasureStart) => {
        const pacer = paceAwards(gamification, mixedAwards, awardRate);
        try {
          return await runLoad({ ...common, clients, seed: 3, onMeasureStart });
        } finally {
          const paced = await pacer.stop();
          out(`  ${paced.done} awards written during the phase (${paced.failed} failed)`);
          if (paced.failed > 0) process.exitCode = 1;
        }
      },
    );

    app.server.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      app.server.close(() => resolve());
    });

    const baseline = await startBaselineServer();
    const base = await measure(
      'baseline (bare restify)',
      http({ ...common, clients, port: baseline.port, requests: [{ path: baseline.path }] }),
    );
    await baseline.close();
    profiler?.close();

    // The floor under awards: the store's own write, bare (an award makes about ten of them).
    out('measuring raw SQLite inserts...');
    const raw = rawInserts(join(dir, 'raw.db'), Math.min(durationMs, 10_000));

    out('');
    const errors = printPhases(phases, out);
    out('');
    out('by board (warm; the same phases broken down by the board each request asked for):');
    const kinds = [...new Set(requests.map(boardKind))];
    const mainBy = byBoard(main.result, requests);
    const singleBy = byBoard(single.result, requests);
    printTable(
      ['board', 'share', `p50 ms (${clients})`, `p95 ms (${clients})`, 'p50 ms (1)', 'p95 ms (1)'],
      kinds.map((kind) => {
        const n = summarize(mainBy.get(kind) ?? new Float64Array());
        const one = summarize(singleBy.get(kind) ?? new Float64Array());
        return [
          kind,
          `${((n.count / Math.max(1, main.result.latencies.length)) * 100).toFixed(0)}%`,
          n.p50.toFixed(1),
          n.p95.toFixed(1),
          one.p50.toFixed(1),
          one.p95.toFixed(1),
        ];
      }),
      out,
    );
    const usage = process.memoryUsage();
    out('');
    out(
      `memory at the end: RSS ${(usage.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(usage.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
    const freshLatency = summarize(fresh.result.latencies);
    const duplicateLatency = summarize(duplicate.result.latencies);
    out(
      `awards: ${Math.round(fresh.result.rps)}/s (p50 ${freshLatency.p50.toFixed(1)} ms, p95 ${freshLatency.p95.toFixed(1)} ms with ${inFlight} in flight; ${fresh.server.cpuMsPerRequest?.toFixed(2) ?? '-'} ms of CPU each; ${JSON.stringify(fresh.result.statuses)})`,
    );
    out(
      `raw SQLite: ${Math.round(raw.perSecond)} single-row inserts/s (one transaction each, WAL, synchronous=NORMAL, ${raw.count} rows); awards / raw inserts = ${(fresh.result.rps / raw.perSecond).toFixed(3)}`,
    );
    out(
      `duplicates: ${Math.round(duplicate.result.rps)}/s (p50 ${duplicateLatency.p50.toFixed(1)} ms, p95 ${duplicateLatency.p95.toFixed(1)} ms; ${duplicate.server.cpuMsPerRequest?.toFixed(2) ?? '-'} ms of CPU each)`,
    );
    out(
      `leaderboard: ${Math.round(main.result.rps)} rps with ${clients} clients, baseline ${Math.round(base.result.rps)} rps, ratio ${(main.result.rps / base.result.rps).toFixed(3)}; one client: p50 ${single.latency.p50.toFixed(1)} ms; while writing ${awardRate} awards/s: p95 ${mixed.latency.p95.toFixed(1)} ms`,
    );
    if (followed.agree !== followed.checked) {
      out(
        `!!! ${followed.checked - followed.agree} boards did not follow the awards: these figures are not valid !!!`,
      );
      process.exitCode = 1;
    }
    if (errors > 0) {
      out(`!!! ${errors} requests or awards did not answer as expected: these figures are not valid !!!`);
      process.exitCode = 1;
    }
    out(
      benchLine('leaderboard', [
        ['p50_ms', main.latency.p50, 'ms'],
        ['p95_ms', main.latency.p95, 'ms'],
        ['awards_per_s', fresh.result.rps, 'int'],
      ]),
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ColdBoard {
  label: string;
  participants: number;
  firstMs: number;
  secondMs: number;
  heapMiB: number;
}

interface BoardBody {
  participants: number;
  me: { rank: number; points: number; optedOut: boolean };
  top: unknown[];
}

/** What a board request asks for: `community week`, `circle all`... */
function boardKind(spec: RequestSpec): string {
  const query = new URLSearchParams(spec.path.slice(spec.path.indexOf('?') + 1));
  return `${query.has('circleId') ? 'circle' : 'community'} ${query.get('period') ?? '?'}`;
}

/** A phase's latencies by kind of board, from the request each one was. */
function byBoard(result: LoadResult, requests: readonly RequestSpec[]): Map<string, Float64Array> {
  const lists = new Map<string, number[]>();
  const kinds = requests.map(boardKind);
  result.latencies.forEach((ms, i) => {
    const kind = kinds[result.requestIndexes?.[i] ?? -1] ?? 'unknown';
    const list = lists.get(kind);
    if (list) list.push(ms);
    else lists.set(kind, [ms]);
  });
  return new Map([...lists].map(([kind, list]) => [kind, Float64Array.from(list)]));
}

/**
 * Single-row INSERTs of a ledger-sized JSON body, one transaction each, for `durationMs`, into a
 * table laid out as the embedded store lays out a container (primary key pk, id; a tenant index), in
 * a fresh file with the store's pragmas: the cheapest write an award is made of.
 */
function rawInserts(file: string, durationMs: number): { perSecond: number; count: number } {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(
      `CREATE TABLE raw (tenant_id TEXT NOT NULL, pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL,
         body TEXT NOT NULL, PRIMARY KEY (pk, id));
       CREATE INDEX raw_tenant ON raw (tenant_id, pk)`,
    );
    const insert = db.prepare('INSERT INTO raw (tenant_id, pk, id, etag, body) VALUES (?, ?, ?, ?, ?)');
    const random = new Random(9);
    const members = Array.from({ length: 1000 }, () => random.uuid());
    let count = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < durationMs) {
      for (let i = 0; i < 100; i++, count++) {
        const memberId = members[count % members.length]!;
        const body = {
          id: `comment:bench-${count}`,
          pk: `tenant|${memberId}`,
          tenantId: 'tenant',
          kind: 'ledger',
          memberId,
          action: 'comment.created',
          points: 2,
          capped: false,
          source: `post:${random.uuid()}`,
          circleId: 'community',
          at: new Date().toISOString(),
          day: '2026-11-25',
          week: '2026-W48',
          month: '2026-11',
          season: 'S2',
          applied: true,
        };
        insert.run(body.tenantId, body.pk, body.id, random.uuid(), JSON.stringify(body));
      }
      elapsed = performance.now() - started;
    }
    return { perSecond: (count / elapsed) * 1000, count };
  } finally {
    db.close();
  }
}

function boardPath(period: BoardPeriod, circleId?: string): string {
  return `${ApiPaths.leaderboard}?period=${period}${circleId ? `&circleId=${encodeURIComponent(circleId)}` : ''}`;
}

/** One board request on a new connection, timed from the client. */
async function timedBoard(
  port: number,
  path: string,
  memberId: string,
): Promise<{ ms: number; body: BoardBody }> {
  const started = performance.now();
  const response = await requestOnce(port, { path, headers: { [DEV_USER_HEADER]: memberId } });
  const ms = performance.now() - started;
  if (response.status !== 200) {
    throw new Error(`GET ${path} as ${memberId} answered ${response.status}: ${response.body.slice(0, 400)}`);
  }
  return { ms, body: JSON.parse(response.body) as BoardBody };
}

/**
 * Board requests as members make them: a random member each; mostly this week's and the all-time
 * board, some month and season; a fifth on a circle board of one of their own circles (an interest
 * circle when they have one, else the community circle).
 */
function boardRequests(game: SeededGame, random: Random, count: number): RequestSpec[] {
  const periods: BoardPeriod[] = ['week', 'all', 'month', 'season'];
  const community = new WeightedPicker([0.45, 0.3, 0.15, 0.1]);
  const circle = new WeightedPicker([0.4, 0.3, 0.2, 0.1]);
  return Array.from({ length: count }, () => {
    const memberId = random.pick(game.memberIds);
    let circleId: string | undefined;
    let period: BoardPeriod;
    if (random.chance(0.2)) {
      const mine = game.circlesOf.get(memberId) ?? [COMMUNITY_CIRCLE];
      circleId = mine.length > 1 && random.chance(0.8) ? mine[random.int(1, mine.length - 1)]! : mine[0]!;
      period = periods[circle.pick(random)]!;
    } else period = periods[community.pick(random)]!;
    return { path: boardPath(period, circleId), headers: { [DEV_USER_HEADER]: memberId } };
  });
}

type AwardInput = Parameters<GamificationService['award']>[0];

/**
 * The `n`th award of a run: a random member, an action of the seeded mix, the member's circle for
 * content actions, someone else as the actor where there is one, and a key used only once.
 */
function awardInputs(game: SeededGame, random: Random, run: string): (n: number) => AwardInput {
  const actions = new WeightedPicker(ACTIONS.map((a) => ACTION_MIX[a]));
  const byOthers = new Set<Action>(['reaction.received', 'answer.accepted', 'kudos.received']);
  return (n) => {
    const memberId = random.pick(game.memberIds);
    const action = ACTIONS[actions.pick(random)]!;
    const mine = game.circlesOf.get(memberId) ?? [COMMUNITY_CIRCLE];
    const circleId = CIRCLE_ACTIONS.has(action)
      ? mine.length > 1 && random.chance(0.75)
        ? mine[random.int(1, mine.length - 1)]
        : mine[0]
      : undefined;
    let actorId: string | undefined;
    if (byOthers.has(action)) {
      do actorId = random.pick(game.memberIds);
      while (actorId === memberId);
    }
    return {
      tenantId: game.tenantId,
      memberId,
      action,
      key: `${action.split('.')[0]}:${run}-${n}`,
      source: `post:${run}-${n}`,
      circleId,
      actorId,
    };
  };
}

/**
 * Awards at a steady rate in the background (a tick every 10 ms), for a phase that reads boards
 * while they change. Stopping waits for the awards in flight.
 */
function paceAwards(
  gamification: GamificationService,
  inputs: (n: number) => AwardInput,
  perSecond: number,
): { stop(): Promise<{ done: number; failed: number }> } {
  const started = performance.now();
  let issued = 0;
  let done = 0;
  let failed = 0;
  const inFlight = new Set<Promise<AwardOutcome | undefined>>();
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    for (; issued < due; issued++) {
      const award: Promise<AwardOutcome | undefined> = gamification.award(inputs(issued)).then(
        (outcome) => {
          if (outcome.status === 'paid' || outcome.status === 'capped') done++;
          else failed++;
          return outcome;
        },
        () => {
          failed++;
          return undefined;
        },
      );
      inFlight.add(award);
      void award.finally(() => inFlight.delete(award));
    }
  }, 10);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return { done, failed };
    },
  };
}

/** For members who received awards: their points on this week's board against the store's total. */
async function checkBoardsFollowed(
  port: number,
  store: SqliteDocumentStore,
  gamification: GamificationService,
  tenantId: string,
  awarded: readonly AwardInput[],
  random: Random,
): Promise<{ checked: number; agree: number }> {
  const rules = await gamification.rulesOf(tenantId);
  const bucket = bucketOf('week', periodsOf(new Date()), rules.season.id);
  const scores = store.container<Score>(Containers.scores);
  const members = [...new Set(random.sample(awarded, 50).map((a) => a.memberId))];
  let agree = 0;
  for (const memberId of members) {
    const { body } = await timedBoard(port, boardPath('week'), memberId);
    const stored = await scores.read({ tenantId, pk: pkOf(tenantId, bucket), id: memberId });
    if (body.me.points === (stored?.points ?? 0)) agree++;
  }
  return { checked: members.length, agree };
}

/**
 * What a ranking without the in-memory index would cost: per request, the member's score, the top
 * 50 of the partition by points and a COUNT of the scores above theirs (no index on points: each
 * reads the whole partition). Timed one after the other, in-process.
 */
async function naiveRanking(
  store: SqliteDocumentStore,
  tenantId: string,
  game: SeededGame,
  random: Random,
  samples: number,
) {
  const scores = store.container<Score>(Containers.scores);
  const pk = pkOf(tenantId, 'all');
  const latencies = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const memberId = random.pick(game.memberIds);
    const started = performance.now();
    const mine = await scores.read({ tenantId, pk, id: memberId });
    await scores.query({ tenantId, pk, orderBy: [{ path: 'points', direction: 'desc' }], limit: 50 });
    await scores.count({ tenantId, pk, where: [{ path: 'points', op: 'gt', value: mine?.points ?? 0 }] });
    latencies[i] = performance.now() - started;
  }
  return summarize(latencies);
}

function printTable(header: string[], rows: string[][], out: (line: string) => void): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  out(line(header));
  out(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) out(line(row));
}
