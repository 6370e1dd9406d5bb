import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInput, WorkerMessage } from './load-generator';
import { Random } from './random';

/**
 * The load generator's worker thread: closed-loop clients over keep-alive connections. Started by
 * runLoad(); posts one WorkerOutput and exits.
 */
const input = workerData as WorkerInput;
const agent = new http.Agent({ keepAlive: true, maxSockets: input.clients, maxFreeSockets: input.clients });
const random = new Random(input.seed);
const prepared = input.requests.map((spec) => {
  const body = spec.body === undefined ? undefined : Buffer.from(JSON.stringify(spec.body));
  return {
    options: {
      agent,
      host: input.host,
      port: input.port,
      method: spec.method ?? 'GET',
      path: spec.path,
      headers: {
        ...spec.headers,
        ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
      },
    } satisfies http.RequestOptions,
    body,
  };
});

// Preallocated: a run records well under a million requests; the array grows only past that.
let latencies = new Float64Array(1 << 20);
let requestIndexes = new Uint32Array(1 << 20);
let count = 0;
let errors = 0;
let warmupErrors = 0;
let bytes = 0;
let cursor = 0;
const statuses: Record<string, number> = {};
const errorSamples: string[] = [];

/** The index in `prepared` of the next request to send. */
function nextRequest(): number {
  if (input.pick === 'cycle') return cursor++ % prepared.length;
  return Math.floor(random.next() * prepared.length);
}

function record(
  index: number,
  ms: number,
  status: string,
  ok: boolean,
  size: number,
  sample: string | undefined,
  measuring: boolean,
) {
  if (!measuring) {
    if (!ok) warmupErrors++;
    return;
  }
  if (count === latencies.length) {
    const grown = new Float64Array(latencies.length * 2);
    grown.set(latencies);
    latencies = grown;
    const indexes = new Uint32Array(requestIndexes.length * 2);
    indexes.set(requestIndexes);
    requestIndexes = indexes;
  }
  requestIndexes[count] = index;
  latencies[count++] = ms;
  bytes += size;
  statuses[status] = (statuses[status] ?? 0) + 1;
  if (!ok) {
    errors++;
    if (sample !== undefined && errorSamples.length < 5) errorSamples.push(sample);
  }
}

/** One client: sends requests back to back until the deadline. */
function client(deadline: number, measuring: boolean): Promise<void> {
  return new Promise((resolve) => {
    const send = () => {
      if (performance.now() >= deadline) {
        resolve();
        return;
      }
      const index = nextRequest();
      const { options, body } = prepared[index]!;
      const start = performance.now();
      let finished = false;
      const finish = (status: string, ok: boolean, size: number, sample?: string) => {
        if (finished) return;
        finished = true;
        record(index, performance.now() - start, status, ok, size, sample, measuring);
        send();
      };
      const req = http.request(options, (res) => {
        const ok = res.statusCode === input.expectStatus;
        let size = 0;
        const kept: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (!ok && size < 4096) kept.push(chunk);
        });
        res.on('end', () => {
          const status = String(res.statusCode);
          finish(
            status,
            ok,
            size,
            ok
              ? undefined
              : `${options.method} ${options.path} → ${status}: ${Buffer.concat(kept).toString('utf8').slice(0, 400)}`,
          );
        });
        res.on('error', (error) =>
          finish('response-error', false, size, `${options.path}: ${error.message}`),
        );
      });
      req.setTimeout(input.timeoutMs, () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => {
        const status = error.message === 'timeout' ? 'timeout' : (error.code ?? 'request-error');
        finish(status, false, 0, `${options.method} ${options.path}: ${error.message}`);
      });
      req.end(body);
    };
    send();
  });
}

async function phase(durationMs: number, measuring: boolean): Promise<number> {
  const start = performance.now();
  const deadline = start + durationMs;
  await Promise.all(Array.from({ length: input.clients }, () => client(deadline, measuring)));
  return performance.now() - start;
}

async function main() {
  if (input.warmupMs > 0) await phase(input.warmupMs, false);
  parentPort!.postMessage({ type: 'start' } satisfies WorkerMessage);
  const elapsedMs = await phase(input.durationMs, true);
  agent.destroy();
  const output: WorkerMessage = {
    type: 'result',
    latencies: latencies.buffer.slice(0, count * Float64Array.BYTES_PER_ELEMENT),
    requestIndexes: requestIndexes.buffer.slice(0, count * Uint32Array.BYTES_PER_ELEMENT),
    count,
    errors,
    statuses,
    errorSamples,
    warmupErrors,
    elapsedMs,
    bytes,
  };
  parentPort!.postMessage(output, [output.latencies, output.requestIndexes]);
}

void main();
