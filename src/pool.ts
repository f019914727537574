// Reading a batch of inputs on worker threads as well as the main thread. Per-issue
// parsing is most of an archive run and issues are independent until the merge, so each
// spare core takes issues from a shared queue; the main thread reads every file (I/O is
// cheap), parses its own share, and puts results back in input order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Input, InputFailure } from './inputs.js';
import type { ParsedIssue } from './model.js';

export type ReadResult = ParsedIssue[] | InputFailure;

/** What a worker is sent, and what it answers. */
export interface WorkerTask {
  index: number;
  source: string;
  bytes: Uint8Array;
}
export type WorkerAnswer = { index: number; result: ReadResult } | { index: number; error: string };

// Below this many inputs a worker's start-up (loading the parser, ~0.3 s) costs more
// than it saves.
export const MIN_INPUTS_PER_WORKER = 64;
// Tasks queued at each worker, so it never waits while the main thread parses.
const IN_FLIGHT = 4;
// Files read ahead of the one being parsed, so parsing never waits on the disk.
const READ_AHEAD = 8;

// Only the bundles (dist/) have a worker file; run from source, reading stays serial.
const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * How many workers to start: as `requested`, or by default one per spare core with enough
 * work each; none where there is no worker file, and none on two cores: there the one
 * worker warms up a JIT of its own and every issue it parses is copied back, which cost
 * more than it saved (2,000 issues: the pool at 0.93x the issues/s of one thread in
 * `npm run bench`; the CLI ~10% slower with it in 7 interleaved pairs). Not yet measured
 * on more cores.
 */
export function workersFor(inputs: number, requested?: number): number {
  if (!existsSync(WORKER_FILE)) return 0;
  if (requested !== undefined) return requested;
  const spare = availableParallelism() - 1;
  if (spare < 2) return 0;
  return Math.min(spare, Math.floor(inputs / MIN_INPUTS_PER_WORKER));
}

export interface PoolOptions {
  workers: number;
  /** Reads an input's bytes; a failure here is the input's result. */
  load(input: Input): Promise<Uint8Array | InputFailure>;
  /** Parses bytes on the main thread. */
  parse(bytes: Uint8Array, source: string): ReadResult;
  onResult(): void;
}

/** Every input's result, in input order. */
export async function readInputs(inputs: Input[], options: PoolOptions): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array(inputs.length);
  let next = 0;
  const take = (): number => (next < inputs.length ? next++ : -1);
  const loads = new Map<number, Promise<Uint8Array | InputFailure>>();
  let started = 0;
  const load = (index: number): Promise<Uint8Array | InputFailure> => {
    for (; started < Math.min(inputs.length, index + 1 + READ_AHEAD); started++) {
      const loading = options.load(inputs[started]!);
      // Awaited later; until then a rejection must not count as unhandled.
      loading.catch(() => undefined);
      loads.set(started, loading);
    }
    const loading = loads.get(index)!;
    loads.delete(index);
    return loading;
  };
  const settle = (index: number, result: ReadResult): void => {
    results[index] = result;
    options.onResult();
  };

  const mainShare = async (): Promise<void> => {
    for (let index = take(); index >= 0; index = take()) {
      const bytes = await load(index);
      settle(index, bytes instanceof Uint8Array ? options.parse(bytes, inputs[index]!.source) : bytes);
      // Read-ahead leaves nothing to wait for: yield so that workers' answers are handled
      // and they are fed, instead of idling until the main thread has taken every input.
      if (options.workers > 0) await new Promise(setImmediate);
    }
  };

  const workerShare = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let inFlight = 0;
      const feed = async (): Promise<void> => {
        while (inFlight < IN_FLIGHT) {
          const index = take();
          if (index < 0) break;
          inFlight++;
          const bytes = await load(index);
          if (bytes instanceof Uint8Array) {
            worker.postMessage({ index, source: inputs[index]!.source, bytes } satisfies WorkerTask);
          } else {
            inFlight--;
            settle(index, bytes);
          }
        }
        if (inFlight === 0) resolve();
      };
      worker.on('message', (answer: WorkerAnswer) => {
        inFlight--;
        if ('error' in answer) {
          reject(new Error(`reading ${inputs[answer.index]!.source}: ${answer.error}`));
          return;
        }
        settle(answer.index, answer.result);
        feed().catch(reject);
      });
      worker.on('error', reject);
      feed().catch(reject);
    });

  // Loaded only for a pool: a one-file run should not pay for the module at start-up.
  const { Worker } = options.workers > 0 ? await import('node:worker_threads') : { Worker: null };
  const workers = Worker ? Array.from({ length: options.workers }, () => new Worker(WORKER_FILE)) : [];
  try {
    await Promise.all([mainShare(), ...workers.map(workerShare)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
