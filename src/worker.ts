// A worker thread of src/pool.ts: parses the bulletins it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { readIssuesOrFailure } from './pipeline.js';
import type { WorkerAnswer, WorkerTask } from './pool.js';

parentPort?.on('message', ({ index, source, bytes }: WorkerTask) => {
  let answer: WorkerAnswer;
  try {
    answer = { index, result: readIssuesOrFailure(bytes, { source }) };
  } catch (error) {
    answer = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(answer);
});
