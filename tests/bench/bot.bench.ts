import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import * as restify from 'restify';
import { loadConfig } from '../../bot/src/config';
import { compose } from '../../bot/src/index';
import { messageActivity } from '../support/activities';
import { FakeBotConnector, type ConnectorCall } from '../support/fake-bot-connector';
import type { BenchOptions } from './support/bench';
import { benchLine, describeMachine, mainThreadCpuMs } from './support/report';
import { summarize, type LatencySummary } from './support/stats';

/**
 * The bot's server time under 16 concurrent conversations (Teams' guideline: answer within 2 s;
 * an invoke that takes longer than ~5 s shows an error in the card).
 *
 * The real server (compose(), embedded SQLite, demo community, bot authentication off as in dev)
 * receives Bot Connector activities on POST /api/messages over loopback HTTP and replies through
 * tests/support/fake-bot-connector.ts, also over HTTP. Each of the 16 conversations is one member
 * who, turn after turn, sends a command (`points` and `leaderboard` in turn) and then clicks a card
 * action (`charter.accept`, an Action.Execute invoke answered by the card that replaces the one
 * clicked). Measured:
 * - command: from the POST of the message to the reply's HTTP call reaching the connector;
 * - command (HTTP 200): from the same POST to its HTTP response (the turn is over);
 * - action: from the POST of the invoke to its HTTP response carrying the new card.
 * The first turns of every conversation are warm-up (the member's first visit creates them, the
 * first accept records the acceptance), and are not counted.
 *
 * Baseline, same run, same machine, same client and connector: a bare restify endpoint doing the
 * same HTTP round trips with no bot behind it (reads the activity, POSTs a fixed card to the
 * connector and answers 200; answers an invoke with a fixed card).
 */

const KINDS = ['command', 'command (HTTP 200)', 'action'] as const;
type Kind = (typeof KINDS)[number];
type Samples = Record<Kind, number[]>;

interface Target {
  name: string;
  baseUrl: string;
}

export async function run(options: BenchOptions): Promise<void> {
  const conversations = options.clients ?? 16;
  const turns = options.quick ? 10 : 60;
  const warmupTurns = options.quick ? 2 : 5;
  const out = (line: string) => console.log(line);
  out(
    `bot benchmark: ${conversations} concurrent conversations × ${turns} turns (command + card action), first ${warmupTurns} turns of each are warm-up`,
  );
  out(`machine: ${describeMachine()}`);

  const connector = await new FakeBotConnector().start();
  const arrivals = watchArrivals(connector);

  const dir = mkdtempSync(join(tmpdir(), 'guildhall-bench-bot-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    SQLITE_PATH: join(dir, 'guildhall.db'),
    PORT: '0',
    LINK_PREVIEWS: 'false',
    LOG_LEVEL: 'info',
  });
  const logger = pino(
    { level: config.logLevel, base: { app: 'guildhall' } },
    pino.destination({ dest: devNull, sync: false }),
  );
  const app = await compose(config, { logger, startJobs: false });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', resolve);
  });
  const baseline = await startBaselineBot();
  try {
    const results: {
      target: Target;
      samples: Samples;
      cpuMsPerTurn: number | undefined;
      errors: string[];
    }[] = [];
    for (const target of [
      { name: 'Guildhall bot', baseUrl: `http://127.0.0.1:${app.server.address().port}` },
      { name: 'baseline (bare restify, same round trips)', baseUrl: baseline.baseUrl },
    ]) {
      out(`measuring ${target.name}...`);
      const cpuStart = mainThreadCpuMs();
      const result = await drive(target, connector, arrivals, { conversations, turns, warmupTurns });
      const cpuEnd = mainThreadCpuMs();
      const measuredTurns = conversations * (turns - warmupTurns);
      results.push({
        target,
        ...result,
        cpuMsPerTurn:
          cpuStart === undefined || cpuEnd === undefined
            ? undefined
            : (cpuEnd - cpuStart) / (conversations * turns),
      });
      out(`  ${measuredTurns} measured turns, ${result.errors.length} errors`);
    }

    out('');
    const header = ['target', 'kind', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'CPU ms/turn'];
    const rows: string[][] = [];
    const summaries = new Map<string, LatencySummary>();
    for (const r of results) {
      for (const kind of KINDS) {
        const s = summarize(Float64Array.from(r.samples[kind]));
        summaries.set(`${r.target.name}/${kind}`, s);
        rows.push([
          r.target.name,
          kind,
          String(s.count),
          s.p50.toFixed(1),
          s.p95.toFixed(1),
          s.p99.toFixed(1),
          s.max.toFixed(1),
          kind === 'command' && r.cpuMsPerTurn !== undefined ? r.cpuMsPerTurn.toFixed(2) : '',
        ]);
      }
    }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    out(line(header));
    out(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) out(line(row));
    out('(CPU ms/turn: main-thread CPU per turn of command + action, client and connector included)');

    const errors = results.flatMap((r) => r.errors.map((e) => `${r.target.name}: ${e}`));
    if (errors.length > 0) {
      out('');
      out(`!!! ${errors.length} turns failed: these figures are not valid !!!`);
      for (const e of errors.slice(0, 10)) out(`!!!   ${e}`);
      process.exitCode = 1;
    }
    const bot = (kind: Kind) => summaries.get(`Guildhall bot/${kind}`)!;
    const base = (kind: Kind) => summaries.get(`baseline (bare restify, same round trips)/${kind}`)!;
    out('');
    out(
      benchLine('bot', [
        ['command_p95_ms', bot('command').p95, 'ms'],
        ['action_p95_ms', bot('action').p95, 'ms'],
        ['command_p50_ms', bot('command').p50, 'ms'],
        ['action_p50_ms', bot('action').p50, 'ms'],
        ['command_max_ms', bot('command').max, 'ms'],
        ['action_max_ms', bot('action').max, 'ms'],
        ['baseline_command_p95_ms', base('command').p95, 'ms'],
        ['baseline_action_p95_ms', base('action').p95, 'ms'],
        ['cpu_ms_per_turn', results[0]!.cpuMsPerTurn ?? NaN, 'ms'],
        ['baseline_cpu_ms_per_turn', results[1]!.cpuMsPerTurn ?? NaN, 'ms'],
        ['conversations', conversations, 'int'],
      ]),
    );
  } finally {
    await baseline.close();
    app.server.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      app.server.close(() => resolve());
    });
    await app.close();
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves, per conversation, when the connector receives the next call addressed to it. */
interface Arrivals {
  next(conversationId: string): Promise<{ at: number; call: ConnectorCall }>;
}

/**
 * The fake connector keeps every accepted call in `calls`: timing a reply's arrival wraps that
 * array's push (the connector itself is shared test support and stays as it is).
 */
function watchArrivals(connector: FakeBotConnector): Arrivals {
  const waiting = new Map<string, (arrival: { at: number; call: ConnectorCall }) => void>();
  const push = connector.calls.push.bind(connector.calls);
  connector.calls.push = (...calls: ConnectorCall[]) => {
    const at = performance.now();
    for (const call of calls) {
      const resolve = waiting.get(call.conversationId);
      waiting.delete(call.conversationId);
      resolve?.({ at, call });
    }
    // Nothing reads the calls afterwards: keep memory flat over thousands of turns.
    const length = push(...calls);
    connector.calls.length = 0;
    return length;
  };
  return {
    next: (conversationId) =>
      new Promise((resolve) => {
        waiting.set(conversationId, resolve);
      }),
  };
}

async function drive(
  target: Target,
  connector: FakeBotConnector,
  arrivals: Arrivals,
  plan: { conversations: number; turns: number; warmupTurns: number },
): Promise<{ samples: Samples; errors: string[] }> {
  const samples: Samples = { command: [], 'command (HTTP 200)': [], action: [] };
  const errors: string[] = [];
  const post = (activity: object) =>
    fetch(`${target.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });

  const conversation = async (n: number) => {
    const aadObjectId = randomUUID();
    const conversationId = `a:bench-${n}-${aadObjectId}`;
    const who = {
      serviceUrl: connector.url,
      conversationId,
      aadObjectId,
      name: `Bench member ${n}`,
      locale: n % 2 === 0 ? 'en-US' : 'fr-FR',
    };
    for (let turn = 0; turn < plan.turns; turn++) {
      const measured = turn >= plan.warmupTurns;
      // A command: the reply is a card posted to the connector during the turn.
      const command = turn % 2 === 0 ? 'points' : 'leaderboard';
      const arrival = arrivals.next(conversationId);
      const sent = performance.now();
      const res = await post(messageActivity(command, who));
      const answered = performance.now();
      await res.arrayBuffer();
      const reply = await withTimeout(arrival, 10_000, `no reply to "${command}"`).catch((error: Error) => {
        errors.push(`${conversationId} turn ${turn}: ${error.message}`);
        return undefined;
      });
      if (res.status !== 200)
        errors.push(`${conversationId} turn ${turn}: "${command}" answered ${res.status}`);
      else if (reply && !reply.call.activity.attachments?.[0]?.content)
        errors.push(`${conversationId} turn ${turn}: "${command}" reply has no card`);
      if (measured && reply) {
        samples.command.push(reply.at - sent);
        samples['command (HTTP 200)'].push(answered - sent);
      }

      // A card action (Universal Actions): the HTTP response carries the card that replaces it.
      const invoke = {
        ...messageActivity('', who),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'charter.accept', data: { version: 1 } } },
      };
      const started = performance.now();
      const invoked = await post(invoke);
      const body = (await invoked.json().catch(() => ({}))) as {
        statusCode?: number;
        value?: { type?: string };
      };
      const done = performance.now();
      if (invoked.status !== 200 || body.statusCode !== 200 || body.value?.type !== 'AdaptiveCard') {
        errors.push(
          `${conversationId} turn ${turn}: charter.accept answered ${invoked.status}/${String(body.statusCode)}`,
        );
      }
      if (measured) samples.action.push(done - started);
    }
  };
  await Promise.all(Array.from({ length: plan.conversations }, (_, n) => conversation(n)));
  return { samples, errors };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A fixed card of about the size of the bot's points card. */
const BASELINE_CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: Array.from({ length: 8 }, (_, i) => ({
    type: 'TextBlock',
    text: `Line ${i} of a baseline card`,
    wrap: true,
  })),
  actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://teams.microsoft.com/l/entity/x/home' }],
};

/**
 * The same HTTP round trips as the bot with no bot behind them: POST /api/messages reads the
 * activity; a message gets a fixed card POSTed to the connector as a reply, then 200; an invoke is
 * answered with the fixed card.
 */
async function startBaselineBot(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server = restify.createServer({ name: 'baseline-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    const activity = req.body as {
      type: string;
      id: string;
      serviceUrl: string;
      conversation: { id: string };
      from: unknown;
      recipient: unknown;
    };
    if (activity.type === 'invoke') {
      res.send(200, {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: BASELINE_CARD,
      });
      return;
    }
    const url = `${activity.serviceUrl.replace(/\/$/, '')}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(activity.id)}`;
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        from: activity.recipient,
        recipient: activity.from,
        conversation: activity.conversation,
        replyToId: activity.id,
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: BASELINE_CARD }],
      }),
    }).then((r) => r.arrayBuffer());
    res.send(200);
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
