import { Lease } from '../../bot/src/domain/shared/lease';
import { IntervalJob } from '../../bot/src/jobs/interval-job';
import { SqliteDocumentStore } from '../../bot/src/store/sqlite/sqlite-document-store';
import { FakeClock } from '../support/fake-clock';
import { capturingLogger } from '../support/silent-logger';

const INTERVAL_MS = 20;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A run the test finishes by hand. */
function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('IntervalJob: the timer loop of the lease-holding jobs', () => {
  let store: SqliteDocumentStore;
  let clock: FakeClock;
  let jobs: IntervalJob[];

  beforeEach(() => {
    store = SqliteDocumentStore.open(':memory:');
    clock = new FakeClock();
    jobs = [];
  });

  afterEach(async () => {
    for (const job of jobs) await job.stop();
    await store.close();
  });

  const make = (run: () => Promise<unknown>, logger = capturingLogger().logger) => {
    const lease = new Lease(store, clock, 'demo', 'instance-a');
    const job = new IntervalJob('demo work', { intervalMs: INTERVAL_MS, lease, logger }, run);
    jobs.push(job);
    return job;
  };

  it('runs at once, never two runs at a time, and again at the next tick once the run ended', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const job = make(() => {
      runs.push(deferred());
      return runs[runs.length - 1]!.promise;
    });
    const setInterval = jest.spyOn(global, 'setInterval');
    try {
      job.start();
      job.start(); // a second start changes nothing
      expect(runs).toHaveLength(1);
      // The timer never keeps the process alive on its own.
      expect(setInterval).toHaveBeenCalledTimes(1);
      expect((setInterval.mock.results[0]!.value as NodeJS.Timeout).hasRef()).toBe(false);
    } finally {
      setInterval.mockRestore();
    }

    await pause(INTERVAL_MS * 4);
    expect(runs).toHaveLength(1); // the first run is still going
    runs[0]!.resolve();
    await pause(INTERVAL_MS * 4);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const run of runs) run.resolve();
  });

  it('logs a failed run and tries again at the next tick', async () => {
    const { logger, lines } = capturingLogger();
    let calls = 0;
    const job = make(() => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('store unavailable')) : Promise.resolve();
    }, logger);
    job.start();
    await pause(INTERVAL_MS * 4);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 50,
        msg: 'demo work failed; retrying at the next tick',
        err: expect.objectContaining({ message: 'store unavailable' }),
      }),
    );
  });

  it('holds the lease for three intervals, and on stop waits for the run in progress, then gives it up', async () => {
    const other = new Lease(store, clock, 'demo', 'instance-b');
    const run = deferred();
    let calls = 0;
    const job = make(() => {
      calls++;
      return run.promise;
    });
    await expect(job.holdLease()).resolves.toBe(true);
    await expect(other.acquire(1000)).resolves.toBe(false);
    clock.advance(INTERVAL_MS * 3 + 1);
    await expect(other.acquire(1000)).resolves.toBe(true); // lapsed after three intervals
    await other.release();
    await expect(job.holdLease()).resolves.toBe(true);

    job.start();
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await pause(INTERVAL_MS * 2);
    expect(stopped).toBe(false);
    await expect(other.acquire(1000)).resolves.toBe(false);
    run.resolve();
    await stopping;
    await expect(other.acquire(1000)).resolves.toBe(true);
    await pause(INTERVAL_MS * 3);
    expect(calls).toBe(1); // no tick after stop
  });
});
