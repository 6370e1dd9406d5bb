import { performance } from 'node:perf_hooks';
import type { LoadResult } from './load-generator';

/** A closed-loop load of calls into this process (a domain service), not over HTTP. */
export interface InProcessLoadOptions {
  /** Calls in flight: each worker starts its next call when the last one ends. */
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Makes the `n`th call (numbered from 0 across warm-up and measurement); resolves with its outcome. */
  call: (n: number) => Promise<string>;
  /** Whether an outcome is the expected one (anything else, or a rejection, counts as an error). */
  expect: (outcome: string) => boolean;
  /** Called when the warm-up is over and measuring starts. */
  onMeasureStart?: () => void;
}

/**
 * Runs calls closed-loop like the HTTP load generator and reports the same figures: latencies of
 * each call (queueing among the calls in flight included), outcomes as "statuses", errors with
 * samples, calls per second. Everything runs on this thread, as the service would in the server.
 */
export async function runInProcess(options: InProcessLoadOptions): Promise<LoadResult> {
  let latencies = new Float64Array(1 << 18);
  let count = 0;
  let errors = 0;
  let warmupErrors = 0;
  let next = 0;
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];

  const phase = async (durationMs: number, measuring: boolean) => {
    const start = performance.now();
    const deadline = start + durationMs;
    const worker = async () => {
      while (performance.now() < deadline) {
        const n = next++;
        const began = performance.now();
        let outcome: string;
        let sample: string | undefined;
        try {
          outcome = await options.call(n);
        } catch (error) {
          outcome = `threw ${(error as { code?: string }).code ?? (error as Error).name}`;
          sample = error instanceof Error ? error.message : String(error);
        }
        const ok = sample === undefined && options.expect(outcome);
        if (!measuring) {
          if (!ok) warmupErrors++;
          continue;
        }
        if (count === latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[count++] = performance.now() - began;
        statuses[outcome] = (statuses[outcome] ?? 0) + 1;
        if (!ok) {
          errors++;
          if (errorSamples.length < 5)
            errorSamples.push(`call ${n} → ${outcome}${sample ? `: ${sample}` : ''}`);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    return performance.now() - start;
  };

  if (options.warmupMs > 0) await phase(options.warmupMs, false);
  options.onMeasureStart?.();
  const elapsedMs = await phase(options.durationMs, true);
  return {
    latencies: latencies.slice(0, count),
    errors,
    statuses,
    errorSamples,
    warmupErrors,
    elapsedMs,
    bytes: 0,
    rps: elapsedMs > 0 ? (count / elapsedMs) * 1000 : 0,
  };
}
