// A card's lint reads files beside it besides the card: the MOF manifests in its directory (`*.yml`/`*.yaml`, the
// editor's unsaved text when open) and the Hub's `.eval_results/*.yaml`. The session never reuses a result once what
// it read changed (node/session.ts), but only a new lint changes what the editor shows: when such a file is typed
// into, closed unsaved, saved, or created, changed or deleted on disk (file watcher), the open cards of its directory
// are linted again. Config files are handled apart: they govern whole trees (server.ts re-lints everything).
import type { FileEvent } from 'vscode-languageserver/node.js';
import { EVAL_RESULTS_DIR } from '../engine/knowledge/eval-results.js';
import { isMarkdownPath } from '../engine/parse/classify.js';
import { CONFIG_FILE_NAMES } from '../node/config-files.js';
import type { DiagnosticsScheduler } from './diagnostics.js';
import { plural } from './log.js';
import { uriToPath, type ServerState } from './state.js';

/** Glob patterns for `workspace/didChangeWatchedFiles`: every YAML file (manifests, evaluation results, YAML config
 * files), the JSON config file, and the `.eval_results` folder (deleting it sends one event, for the folder). */
export const DEPENDENCY_WATCHERS = [
  '**/*.yml',
  '**/*.yaml',
  ...CONFIG_FILE_NAMES.filter((n) => !/\.ya?ml$/.test(n)).map((n) => `**/${n}`),
  `**/${EVAL_RESULTS_DIR}`,
];

const IN_EVAL_RESULTS = new RegExp(`^(.*)/${EVAL_RESULTS_DIR.replace('.', '\\.')}(?:/[^/]+\\.ya?ml)?/?$`, 'i');
const YAML = /^(.*)\/[^/]+\.ya?ml$/i;
const posixPath = (uri: string) => uriToPath(uri).replace(/\\/g, '/');

/** The directory whose cards read the file or folder at `uri`; null when no card's lint reads it. */
export function readerDir(uri: string): string | null {
  const path = posixPath(uri);
  return IN_EVAL_RESULTS.exec(path)?.[1] ?? YAML.exec(path)?.[1] ?? null;
}

/** Lint the open cards that read one of `changed` again (debounced while typing, else at once); false when none
 * does. The changed documents themselves are not re-linted here. Only a change on disk is logged at info: typing and
 * closing are routine. */
export function relintReaders(
  state: ServerState,
  diagnostics: DiagnosticsScheduler,
  changed: readonly Pick<FileEvent, 'uri'>[],
  how: 'typed' | 'closed' | 'changed',
): boolean {
  const dirs = new Set(changed.map((c) => readerDir(c.uri)).filter((d): d is string => d !== null));
  if (!dirs.size) return false;
  const skip = new Set(changed.map((c) => c.uri));
  let cards = 0;
  for (const doc of state.documents.all()) {
    const path = posixPath(doc.uri);
    if (skip.has(doc.uri) || !isMarkdownPath(path) || !dirs.has(path.slice(0, path.lastIndexOf('/')))) continue;
    diagnostics.schedule(doc, how !== 'typed');
    cards++;
  }
  // No path in the log: a file name is a stranger's text.
  const line = `A file that cards read changed: re-linting ${plural(cards, 'open document')} beside it.`;
  if (how === 'changed' && cards) state.log.info(line);
  else state.log.debug(line);
  return cards > 0;
}
