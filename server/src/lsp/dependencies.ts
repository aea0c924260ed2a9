// A card's lint reads the Hub's `.eval_results/*.yaml` beside it (node/eval-results.ts), but its result is cached by
// the card's version: when one of those files is created, changed or deleted (a file watcher event, or a save in the
// editor for clients without watching), the open cards of that directory are linted again.
import type { FileEvent } from 'vscode-languageserver/node.js';
import { EVAL_RESULTS_DIR } from '../engine/knowledge/eval-results.js';
import type { DiagnosticsScheduler } from './diagnostics.js';
import { plural } from './log.js';
import { uriToPath, type ServerState } from './state.js';

/** Glob patterns for `workspace/didChangeWatchedFiles` (the folder too: deleting it sends one event for it). */
export const EVAL_RESULTS_WATCHERS = [
  `**/${EVAL_RESULTS_DIR}`,
  `**/${EVAL_RESULTS_DIR}/*.yaml`,
  `**/${EVAL_RESULTS_DIR}/*.yml`,
];

const IN_EVAL_RESULTS = new RegExp(`^(.*)/${EVAL_RESULTS_DIR.replace('.', '\\.')}(?:/[^/]+\\.ya?ml)?/?$`, 'i');

/** The card directory whose `.eval_results/` a URI is or lies in; null for any other file. */
export function evalResultsOwner(uri: string): string | null {
  const m = IN_EVAL_RESULTS.exec(uriToPath(uri).replace(/\\/g, '/'));
  return m ? m[1]! : null;
}

/** Re-lint the open cards next to the `.eval_results/` the events touched; false when none did. */
export function relintForEvalResults(
  state: ServerState,
  diagnostics: DiagnosticsScheduler,
  changes: readonly Pick<FileEvent, 'uri'>[],
): boolean {
  const dirs = new Set(changes.map((c) => evalResultsOwner(c.uri)).filter((d): d is string => d !== null));
  if (!dirs.size) return false;
  for (const dir of dirs) state.session.forgetIn(dir);
  let cards = 0;
  for (const doc of state.documents.all()) {
    const path = uriToPath(doc.uri).replace(/\\/g, '/');
    if (!dirs.has(path.slice(0, path.lastIndexOf('/')))) continue;
    diagnostics.schedule(doc, true);
    cards++;
  }
  // No path in the log: a file name is a stranger's text.
  state.log.info(`An evaluation-results file changed: re-linting ${plural(cards, 'open document')} beside it.`);
  return true;
}
