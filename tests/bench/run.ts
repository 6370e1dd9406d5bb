import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchOptions } from './support/bench';

/**
 * `npm run bench -- <name> [--quick] [--duration=<s>] [--clients=<n>] [--profile[=<dir>]]` runs
 * tests/bench/<name>.bench.ts.
 * Benchmarks measure and print; they assert nothing (DESIGN.md §7). Each one prints a results table
 * and, as its last line, `BENCH <name> key=value ...`.
 */
const SUFFIX = '.bench.ts';

function available(): string[] {
  return readdirSync(__dirname)
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length))
    .sort();
}

function usage(names: string[]): string {
  return [
    'Usage: npm run bench -- <name> [--quick] [--duration=<seconds>] [--clients=<n>] [--profile[=<dir>]]',
    '',
    'Available benchmarks:',
    ...names.map((name) => `  ${name}`),
  ].join('\n');
}

function parseOptions(args: string[]): BenchOptions {
  const options: BenchOptions = { quick: false, args };
  for (const arg of args) {
    const [flag, value] = arg.split('=', 2) as [string, string | undefined];
    if (flag === '--quick') options.quick = true;
    else if (flag === '--profile') options.profileDir = value ?? '.bench-profiles';
    else if (flag === '--duration' || flag === '--clients') {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0)
        throw new Error(`${flag} needs a positive number, got "${value ?? ''}".`);
      if (flag === '--duration') options.durationS = n;
      else options.clients = Math.round(n);
    }
  }
  return options;
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const names = available();
  if (!name || name === '--help' || !names.includes(name)) {
    if (name && name !== '--help') process.stderr.write(`Unknown benchmark "${name}".\n\n`);
    process.stderr.write(`${usage(names)}\n`);
    return 1;
  }
  const options = parseOptions(rest);
  const module = (await import(
    pathToFileURL(join(__dirname, `${name}${SUFFIX}`)).href
  )) as Partial<BenchModule>;
  if (typeof module.run !== 'function') {
    process.stderr.write(`tests/bench/${name}${SUFFIX} does not export run(options).\n`);
    return 1;
  }
  await module.run(options);
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

main().then(
  // Exit explicitly: a benchmark may leave idle handles (keep-alive sockets, timers) behind.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
