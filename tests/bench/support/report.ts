import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { LoadResult } from './load-generator';
import { summarize, type LatencySummary } from './stats';

/**
 * The machine a run measured: CPUs, memory, Node and the load average when it started (other work
 * on the machine moves every figure, so a run says how busy the machine was).
 */
export function describeMachine(): string {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load average ${load}`;
}

/** Peak memory of this process while a phase ran (the load worker thread included in RSS). */
export interface MemoryPeak {
  rssMiB: number;
  heapUsedMiB: number;
}

/** Samples process memory until stopped; returns the peaks. */
export function watchMemory(intervalMs = 200): () => MemoryPeak {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    sample();
    return { rssMiB: rss / 1_048_576, heapUsedMiB: heap / 1_048_576 };
  };
}

let collect: (() => void) | undefined;

/**
 * Heap in use after a full garbage collection, in MiB: what live objects take (a read model, a
 * cache), without the garbage a peak counts. Exposes `gc` at run time when Node was started without
 * `--expose-gc`.
 */
export function heapAfterGcMiB(): number {
  if (!collect) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    }
  }
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1_048_576;
}

/**
 * CPU time of the main thread (the server's event loop) in milliseconds, from /proc on Linux
 * (undefined elsewhere). Unlike latency, it barely moves when other processes share the cores, so
 * it is the figure to compare between two runs of a busy machine.
 */
export function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined; // not Linux: the column shows "-"
  }
}

/** What the server's thread did during a phase. */
export interface ServerSample {
  /** Main-thread CPU per request, in ms (undefined when /proc is not there). */
  cpuMsPerRequest: number | undefined;
  /** Share of the phase the event loop was busy (0..1). */
  eventLoopBusy: number;
}

/** Starts measuring the server thread; call the result with the request count when the phase ends. */
export function watchServerThread(): (requests: number) => ServerSample {
  const cpu = mainThreadCpuMs();
  const elu = performance.eventLoopUtilization();
  return (requests) => {
    const cpuEnd = mainThreadCpuMs();
    return {
      cpuMsPerRequest:
        cpu === undefined || cpuEnd === undefined || requests === 0 ? undefined : (cpuEnd - cpu) / requests,
      eventLoopBusy: performance.eventLoopUtilization(elu).utilization,
    };
  };
}

/** One measured phase, ready to print. */
export interface Phase {
  name: string;
  result: LoadResult;
  latency: LatencySummary;
  memory: MemoryPeak;
  server: ServerSample;
}

/** Builds a phase from a load result. */
export function phaseOf(name: string, result: LoadResult, memory: MemoryPeak, server: ServerSample): Phase {
  return { name, result, latency: summarize(result.latencies), memory, server };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');

/** Prints the results table, and any error loudly. Returns the total number of errors. */
export function printPhases(phases: readonly Phase[], out: (line: string) => void = console.log): number {
  const header = [
    'phase',
    'requests',
    'errors',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'rps',
    'CPU ms/req',
    'loop busy',
    'KiB/resp',
    'peak RSS MiB',
    'peak heap MiB',
  ];
  const rows = phases.map((p) => [
    p.name,
    String(p.result.latencies.length),
    String(p.result.errors),
    ms(p.latency.p50),
    ms(p.latency.p95),
    ms(p.latency.p99),
    ms(p.latency.max),
    Math.round(p.result.rps).toString(),
    p.server.cpuMsPerRequest === undefined ? '-' : p.server.cpuMsPerRequest.toFixed(2),
    `${Math.round(p.server.eventLoopBusy * 100)}%`,
    // In-process phases (calls into a service, not HTTP) have no response bytes.
    p.result.latencies.length > 0 && p.result.bytes > 0
      ? (p.result.bytes / p.result.latencies.length / 1024).toFixed(1)
      : '-',
    p.memory.rssMiB.toFixed(0),
    p.memory.heapUsedMiB.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) out(line(row));

  let total = 0;
  for (const p of phases) {
    const errors = p.result.errors + p.result.warmupErrors;
    total += errors;
    if (errors === 0) continue;
    out('');
    out(
      `!!! ${p.name}: ${p.result.errors} failed requests measured, ${p.result.warmupErrors} during warm-up !!!`,
    );
    out(`!!! statuses: ${JSON.stringify(p.result.statuses)}`);
    for (const sample of p.result.errorSamples) out(`!!!   ${sample}`);
  }
  return total;
}

/** How a BENCH line field is written: milliseconds (1 decimal), an integer, or a ratio (3 decimals). */
export type FieldKind = 'ms' | 'int' | 'ratio';

/**
 * The machine-readable last line of a benchmark: `BENCH <name> key=value ...`. Milliseconds take at
 * most one decimal, counts are integers, ratios three decimals.
 */
export function benchLine(
  name: string,
  fields: readonly [key: string, value: number, kind: FieldKind][],
): string {
  const text = fields.map(([key, value, kind]) => {
    const formatted =
      kind === 'ms' ? value.toFixed(1) : kind === 'int' ? Math.round(value).toString() : value.toFixed(3);
    return `${key}=${formatted}`;
  });
  return `BENCH ${name} ${text.join(' ')}`;
}
