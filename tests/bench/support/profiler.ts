import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * CPU profiles of measured phases only (not of seeding or warm-up), written as `.cpuprofile` files
 * that Chrome DevTools or VS Code open. Used by benchmarks when `--profile[=dir]` is given; the
 * sampling costs a little throughput, so figures of a profiled run are not the ones to record.
 */
export class PhaseProfiler {
  private readonly session = new Session();
  private running: Promise<void> | undefined;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.session.connect();
  }

  /** Starts sampling the main thread (the server's event loop). */
  start(): void {
    this.running = (async () => {
      await this.session.post('Profiler.enable');
      await this.session.post('Profiler.setSamplingInterval', { interval: 200 });
      await this.session.post('Profiler.start');
    })();
  }

  /** Stops sampling and writes `<dir>/<name>.cpuprofile`; returns its path. */
  async stop(name: string): Promise<string> {
    await this.running;
    const { profile } = await this.session.post('Profiler.stop');
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const file = join(this.dir, `${slug}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  }

  close(): void {
    this.session.disconnect();
  }
}
