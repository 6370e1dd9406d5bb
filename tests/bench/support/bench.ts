/** What `npm run bench -- <name> [flags]` hands to a benchmark. */
export interface BenchOptions {
  /** `--quick`: a short run with a smaller warm-up, to check that a benchmark works. */
  quick: boolean;
  /** `--duration=<seconds>`: overrides the measured duration of each phase. */
  durationS?: number;
  /** `--clients=<n>`: overrides the number of concurrent clients. */
  clients?: number;
  /** `--profile[=<dir>]`: write a CPU profile of each measured phase there (default `.bench-profiles`). */
  profileDir?: string;
  /** Every argument after the benchmark's name, for flags of its own. */
  args: readonly string[];
}

/** What a `tests/bench/<name>.bench.ts` file exports. */
export interface BenchModule {
  /** Runs the benchmark; its last line of output is its `BENCH <name> ...` line. */
  run(options: BenchOptions): Promise<void>;
}

/** Seconds to measure: the flag, else the quick or full default. */
export function durationMsOf(options: BenchOptions, defaults: { full: number; quick: number }): number {
  return (options.durationS ?? (options.quick ? defaults.quick : defaults.full)) * 1000;
}
