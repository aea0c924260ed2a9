// node/eval-results.ts for the web worker (substituted by scripts/build-web.mjs): a card's `.eval_results/*.yaml`
// (the Hub's evaluation-results files), from the listing and texts prefetch.ts asked the client for. Same bounds as
// Node (64 files of 1 MiB; the client lists only regular files, so a symbolic link is never read), same parser, and
// the same objects while nothing changed, so the session's identity check (node/session.ts `unchanged`) holds.
import type { EvalResultsFinder as NodeEvalResultsFinder, EvalResultsRead } from '../../node/eval-results.js';
import { dirOf } from './paths.js';
import { store } from './store.js';

/** Files read from one `.eval_results/` (node/eval-results.ts MAX_EVAL_FILES). */
export const MAX_EVAL_FILES = 64;
/** Bytes per file (node/eval-results.ts MAX_EVAL_BYTES). */
export const MAX_EVAL_BYTES = 1024 * 1024;

const NONE: EvalResultsRead = { files: [], skipped: [] };

export class EvalResultsFinder implements Pick<NodeEvalResultsFinder, 'find'> {
  find(cardPath: string): EvalResultsRead {
    return store.evalResults.get(dirOf(cardPath))?.read ?? NONE;
  }
}

/** One read without a cache (the export command's, unused in the browser). */
export function readEvalResults(cardPath: string): EvalResultsRead {
  return new EvalResultsFinder().find(cardPath);
}
