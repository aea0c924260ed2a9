// A lint worker thread of cli/pool.ts. It runs the CLI bundle itself (dist/cli.js: main.ts starts it when it finds
// itself in a worker with WORKER_FLAG set), opens its own lint session with the run's options (session-setup.ts,
// exactly as the main thread does) and answers each file with lintTarget's plain-data outcome, in the order asked.
// It never writes a file: `--fix` runs on the main thread only.
import { parentPort, workerData } from 'node:worker_threads';
import type { Format } from './args.js';
import type { Target } from './files.js';
import { internalError, lintTarget, type TargetContext, type TargetOutcome } from './lint-target.js';
import { openSession, type SessionOptions } from './session-setup.js';

export const WORKER_FLAG = 'modelcardLintCliWorker';

export interface WorkerInit {
  [WORKER_FLAG]: true;
  session: SessionOptions;
  patterns: string[];
  cwd: string;
  format: Format;
  quiet: boolean;
  color: boolean;
}

export interface TaskMessage {
  index: number;
  target: Target;
}

/** A file's outcome, or (first, once) `ready`: the session is open and files may come. */
export type WorkerMessage =
  { ready: true; index?: undefined } | { ready?: undefined; index: number; outcome: TargetOutcome };

export function isWorkerThread(): boolean {
  return !!parentPort && (workerData as Partial<WorkerInit> | undefined)?.[WORKER_FLAG] === true;
}

export function startWorker(): void {
  const init = workerData as WorkerInit;
  const port = parentPort!;
  const problems: string[] = [];
  const opened = openSession(init.session, init.patterns, init.cwd, (s) => problems.push(s), 'modelcard-lint');
  // The main thread read the same --config a moment ago; if it cannot be read now, the worker stops and the pool
  // reports the files it was given.
  if (!opened) throw new Error(problems.join('').trim() || 'cannot open the lint session');
  const ctx: TargetContext = {
    session: opened.session,
    settings: opened.settings,
    root: opened.root,
    format: init.format,
    quiet: init.quiet,
    color: init.color,
    fix: false,
  };
  port.on('message', (m: TaskMessage) => {
    let outcome: TargetOutcome;
    try {
      outcome = lintTarget(ctx, m.target);
    } catch (e) {
      outcome = internalError(ctx, m.target, e);
    }
    port.postMessage({ index: m.index, outcome } satisfies WorkerMessage);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
