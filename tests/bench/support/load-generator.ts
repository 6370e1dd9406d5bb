import http from 'node:http';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

/** One request the load generator may send. */
export interface RequestSpec {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  /** JSON body, sent with content-type application/json. */
  body?: unknown;
}

/** A closed-loop load: `clients` workers, each sending its next request when the last one ends. */
export interface LoadOptions {
  host?: string;
  port: number;
  /** Concurrent clients (each with its own keep-alive connection). */
  clients: number;
  /** Requests sent before measuring, not recorded (JIT, caches, connection set-up). */
  warmupMs: number;
  /** How long to measure. Requests started before the end are waited for and recorded. */
  durationMs: number;
  /** What to send: each request picks one of these, at random (seeded) or in turn. */
  requests: readonly RequestSpec[];
  pick?: 'random' | 'cycle';
  /** Status a request must answer with to count as a success. */
  expectStatus?: number;
  seed?: number;
  /** Per-request timeout; a timed-out request counts as an error. */
  timeoutMs?: number;
  /** Called when the warm-up is over and measuring starts (to sample the server over the same window). */
  onMeasureStart?: () => void;
}

/** What a load run measured. */
export interface LoadResult {
  /** Latency of every measured request, in milliseconds, in completion order. */
  latencies: Float64Array;
  /**
   * For each latency, which of `requests` was sent (to break a mixed load down by kind of request).
   * Absent for loads that are not HTTP requests from a list.
   */
  requestIndexes?: Uint32Array;
  /** Requests that did not answer the expected status (or failed or timed out). */
  errors: number;
  /** Count of responses per status ("ECONNRESET" and "timeout" for failures). */
  statuses: Record<string, number>;
  /** The first few error responses, truncated, to show what went wrong. */
  errorSamples: string[];
  /** Errors during the warm-up (not counted above, but reported). */
  warmupErrors: number;
  /** Wall time of the measured phase, from its start to the end of its last request. */
  elapsedMs: number;
  /** Response bytes received during the measured phase. */
  bytes: number;
  /** Successful and failed requests per second during the measured phase. */
  rps: number;
}

/** Data handed to the worker thread (structured-clone safe). */
export interface WorkerInput extends Required<Omit<LoadOptions, 'requests' | 'onMeasureStart'>> {
  requests: RequestSpec[];
}

/** What the worker thread posts back: `start` when measuring starts, then the result. */
export type WorkerMessage =
  | { type: 'start' }
  | ({ type: 'result'; latencies: ArrayBuffer; requestIndexes: ArrayBuffer; count: number } & Omit<
      LoadResult,
      'rps' | 'latencies' | 'requestIndexes'
    >);

/**
 * Runs a load against a server listening in this process. The clients run in a worker thread, on
 * their own event loop, so measuring does not steal turns from the server's event loop (they do
 * share the machine's cores, as a load generator on the same host always does).
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.requests.length === 0) return Promise.reject(new Error('runLoad needs at least one request.'));
  const input: WorkerInput = {
    host: options.host ?? '127.0.0.1',
    port: options.port,
    clients: options.clients,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
    requests: [...options.requests],
    pick: options.pick ?? 'random',
    expectStatus: options.expectStatus ?? 200,
    seed: options.seed ?? 1,
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  // The worker is TypeScript: register tsx's CommonJS hook in it before loading the file.
  const source = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'load-worker.ts'))});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: input });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') {
        options.onMeasureStart?.();
        return;
      }
      settled = true;
      const { type: _type, count, ...output } = message;
      resolve({
        ...output,
        latencies: new Float64Array(message.latencies, 0, count),
        requestIndexes: new Uint32Array(message.requestIndexes, 0, count),
        rps: output.elapsedMs > 0 ? (count / output.elapsedMs) * 1000 : 0,
      });
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The load worker exited with code ${code} before reporting.`));
    });
  });
}

// Set-up requests use fresh connections: a pooled keep-alive socket the server has just timed out
// would fail with ECONNRESET.
const setupAgent = new http.Agent({ keepAlive: false });

/** One request outside of a measured load (set-up steps): status and body text. */
export function requestOnce(
  port: number,
  spec: RequestSpec,
  agent: http.Agent = setupAgent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: spec.method ?? 'GET',
        path: spec.path,
        agent,
        headers: { ...spec.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
