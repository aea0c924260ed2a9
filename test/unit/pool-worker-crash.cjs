// Preloaded (`node --require`) by cli-pool.test.mjs into the CLI and, through the inherited execArgv, into its worker
// threads: the first CLI worker to receive a file dies on it with an uncaught error, as a real crash would kill it.
// So that a worker surely gets a file before the main thread has linted them all, the main thread waits, once, right
// after starting the first worker, until that worker has told the pool it is ready; the wait is bounded (a worker that
// never starts fails the test instead of hanging it). Shipped code knows nothing of this file.
'use strict';
const threads = require('node:worker_threads');

const KEY = 'modelcard-lint-test-worker-crash';
const WAIT_MS = 60_000;

if (threads.isMainThread) {
  // Shared with every worker: [0] the first worker has posted `ready`; [1] a worker has crashed (only one does).
  const flags = new Int32Array(new SharedArrayBuffer(8));
  threads.setEnvironmentData(KEY, flags.buffer);
  const Worker = threads.Worker;
  let first = true;
  threads.Worker = class extends Worker {
    constructor(...args) {
      super(...args);
      if (!first) return;
      first = false;
      if (Atomics.wait(flags, 0, 0, WAIT_MS) === 'timed-out') throw new Error('the first worker never became ready');
    }
  };
} else if (threads.workerData?.modelcardLintCliWorker === true /* cli/worker.ts WORKER_FLAG */) {
  const flags = new Int32Array(threads.getEnvironmentData(KEY));
  const port = threads.parentPort;
  const post = port.postMessage.bind(port);
  port.postMessage = (m, ...rest) => {
    post(m, ...rest);
    if (m?.ready) {
      Atomics.store(flags, 0, 1);
      Atomics.notify(flags, 0);
    }
  };
  // Registered before the worker's own listener, so it runs first.
  port.on('message', (m) => {
    if (m?.target && Atomics.compareExchange(flags, 1, 0, 1) === 0) throw new Error(`test crash on ${m.target.path}`);
  });
}
