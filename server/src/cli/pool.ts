// Lints many files on every core: worker threads (node:worker_threads), each with its own lint session opened with the
// run's options (cli/worker.ts), plus the main thread itself. Every thread runs the same lintTarget (lint-target.ts),
// so a file's part of the output cannot depend on the thread that made it; the main thread hands out files one by one
// (each worker keeps a few queued so it never waits), puts the parts back in input order and passes each on as soon as
// all before it are done, so the output is the single-threaded output byte for byte and is streamed: at most `window`
// files are between "handed out" and "written" whatever the number of files. `--fix` never comes here (main.ts): the
// fix of one file can change what another sees (a card reads the manifests beside it), so fixing stays in order on the
// main thread, which is also the only thread that writes.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Concurrency } from './args.js';
import { displayPath, type Target } from './files.js';
import { emptyOutcome, internalError, lintTarget, type TargetContext, type TargetOutcome } from './lint-target.js';
import { WORKER_FLAG, type TaskMessage, type WorkerInit, type WorkerMessage } from './worker.js';

/** `auto` stays on one thread below this many files. A thread's first files cost several times its later ones (V8
 * compiles the bundle and warms up its JIT per thread: about 2 s of CPU on the 2-core bench machine, against about
 * 6 ms per card once warm), so a worker pays only when it takes over dozens of files; ESLint's `auto` found the same
 * (50 files per worker). bench/cli-throughput.mjs --crossover measures it (README, "Benchmarks"). */
export const AUTO_MIN_FILES = 64;
/** `auto` adds a thread per this many files, up to the number of cores. */
export const AUTO_FILES_PER_THREAD = 32;
/** Files queued in each worker beyond the one it is linting. */
const PREFETCH = 3;

/** How many threads lint `files` files (1: no worker is started). */
export function threadCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === 'off' || files < 2) return 1;
  if (concurrency === 'auto')
    return files < AUTO_MIN_FILES ? 1 : Math.max(1, Math.min(cores, Math.floor(files / AUTO_FILES_PER_THREAD)));
  return Math.max(1, Math.min(concurrency, files));
}

interface Slot {
  worker: Worker;
  /** Task indices sent to it and not answered yet, oldest first (it answers in order). */
  pending: number[];
  /** It has loaded the bundle and opened its session: until then it is given no file (the main thread lints them). */
  ready: boolean;
  gone: boolean;
}

/**
 * Lint `targets` on `threads` threads (the main thread and threads − 1 workers) and call `emit` with each outcome in
 * input order. Resolves when every file was emitted. A worker that dies (an uncaught error, out of memory) costs the
 * file it was linting, which is reported as an internal error; its queued files go to the other threads and a new
 * worker takes its place (at most `threads + 2` times per run, then the main thread lints the rest alone).
 */
export function lintInPool(
  targets: readonly Target[],
  threads: number,
  main: TargetContext,
  init: Omit<WorkerInit, typeof WORKER_FLAG>,
  emit: (outcome: TargetOutcome) => void,
): Promise<void> {
  const n = targets.length;
  const window = Math.max(256, 64 * threads);
  const results = new Map<number, TargetOutcome>();
  /** Indices handed back by a dead worker, handed out again before new ones. */
  const retry: number[] = [];
  const slots: Slot[] = [];
  let next = 0;
  let emitted = 0;
  let respawns = threads + 2;
  let finished = false;

  return new Promise<void>((resolve, reject) => {
    const fail = (e: unknown) => {
      if (finished) return;
      finished = true;
      for (const s of slots) void s.worker.terminate();
      reject(e);
    };

    const take = (): number | null => {
      if (retry.length) return retry.shift()!;
      if (next < n && next - emitted < window) return next++;
      return null;
    };

    const store = (index: number, outcome: TargetOutcome) => {
      results.set(index, outcome);
      while (results.has(emitted)) {
        const o = results.get(emitted)!;
        results.delete(emitted);
        emitted++;
        emit(o);
      }
      if (emitted === n && !finished) {
        finished = true;
        Promise.all(slots.map((s) => s.worker.terminate())).then(() => resolve(), resolve);
      }
    };

    const feed = () => {
      for (const s of slots) {
        while (s.ready && !s.gone && s.pending.length <= PREFETCH) {
          const i = take();
          if (i === null) return;
          s.pending.push(i);
          s.worker.postMessage({ index: i, target: targets[i]! } satisfies TaskMessage);
        }
      }
    };

    const crashed = (s: Slot, why: string) => {
      if (s.gone || finished) return;
      s.gone = true;
      slots.splice(slots.indexOf(s), 1);
      const [lost, ...queued] = s.pending;
      retry.unshift(...queued);
      if (respawns-- > 0) spawn();
      if (lost !== undefined) {
        const o = emptyOutcome();
        o.failed = true;
        o.messages.push(
          `modelcard-lint: ${displayPath(targets[lost]!.path, main.root)}: internal error: the worker thread linting it stopped (${why}); not linted\n`,
        );
        store(lost, o);
      }
      feed();
      kickMain();
    };

    const spawn = () => {
      const worker = new Worker(__filename, {
        workerData: { ...init, [WORKER_FLAG]: true } satisfies WorkerInit,
        // The CLI bundle reads its own argv only on the main thread; a worker needs none.
        argv: [],
        stdout: false,
        stderr: false,
      });
      const s: Slot = { worker, pending: [], ready: false, gone: false };
      slots.push(s);
      worker.on('message', (m: WorkerMessage) =>
        guarded(() => {
          if (s.gone) return;
          if (m.ready) {
            s.ready = true;
            return feed();
          }
          if (s.pending[0] !== m.index) return crashed(s, `answered file ${m.index} out of order`);
          const i = s.pending.shift()!;
          store(i, m.outcome);
          feed();
          kickMain();
        }),
      );
      worker.on('error', (e) => guarded(() => crashed(s, e.message)));
      worker.on('exit', (code) => guarded(() => crashed(s, `exit code ${code}`)));
    };

    /** The main thread lints too (it is one of the `threads`: on 2 cores one worker, not two, has to load the bundle
     * and warm up its JIT), one file per turn of the event loop, so worker answers are taken in between. */
    let mainScheduled = false;
    const kickMain = () => {
      if (!mainScheduled && !finished) {
        mainScheduled = true;
        setImmediate(mainTurn);
      }
    };
    const mainTurn = () => {
      mainScheduled = false;
      if (finished) return;
      const i = take();
      if (i === null) return; // the window is full or nothing is left: store() kicks again
      let outcome: TargetOutcome;
      try {
        outcome = lintTarget(main, targets[i]!);
      } catch (e) {
        outcome = internalError(main, targets[i]!, e);
      }
      guarded(() => {
        store(i, outcome);
        feed();
      });
      kickMain();
    };
    const guarded = (f: () => void) => {
      try {
        f();
      } catch (e) {
        fail(e);
      }
    };

    guarded(() => {
      for (let k = 1; k < threads; k++) spawn();
      feed();
    });
    kickMain();
  });
}
