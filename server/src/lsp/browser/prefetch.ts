// Before the browser server lints a document, it asks the client for what the Node server would read synchronously:
// the config files in the directories from the document up to its workspace folder, and (for cards) the sibling YAML
// files that may be its release manifests and the Hub's `.eval_results/*.yaml`. One batched request per directory
// level not yet known; config answers stay in the store until a config file changes (didChangeWatchedFiles / save →
// session.forgetConfigs() → store.clear()); a directory's manifests and results until a YAML file in it changes
// (forgetFiles, the same events) or for COMPANIONS_TTL_MS when the client reports nothing.
import { EVAL_RESULTS_DIR, parseEvalResults, type EvalResultsFile } from '../../engine/knowledge/eval-results.js';
import { isMarkdownPath, classify } from '../../engine/parse/classify.js';
import { CONFIG_FILE_NAMES, MAX_CONFIG_BYTES, parseConfigText } from '../../node/config-files.js';
import type { ConfigProblem, LoadedConfigFile } from '../../engine/config.js';
import { readerDir } from '../dependencies.js';
import { uriToPath, type ServerState } from '../state.js';
import { COMPANION_MAX_BYTES, COMPANION_MAX_NAMES } from './companions.js';
import { MAX_EVAL_BYTES, MAX_EVAL_FILES } from './eval-results.js';
import { configDirs, dirOf, joinPath, pathToUri } from './paths.js';
import { requestFiles, store, type CompanionEntry } from './store.js';

/** Sibling manifests and evaluation results are read again after this long when no file event said they changed (the
 * Node server re-reads them when their mtime changes). */
const COMPANIONS_TTL_MS = 10_000;

export async function prepare(state: ServerState, uri: string): Promise<void> {
  const path = uriToPath(uri);
  // Only files the client can read through the workspace: an untitled buffer has no directory to look in.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(pathToUri(path))) return;
  const changedConfig = await loadConfigs(configDirs(path, state.workspaceFolders));
  const card = isMarkdownPath(path);
  const changedCompanions = card ? await loadCompanions(dirOf(path)) : false;
  const changedResults = card ? await loadEvalResults(dirOf(path)) : false;
  // A result computed before the answers arrived (a hover that came first) must not be reused.
  if (changedConfig || changedCompanions || changedResults) state.session.forget(path);
}

/** Files changed (file watcher, save): the manifests and evaluation results of their directories are read again at
 * the next lint, which dependencies.ts's relintReaders schedules for the cards there. */
export function forgetFiles(uris: readonly string[]): void {
  for (const uri of uris) {
    const dir = readerDir(uri);
    if (dir !== null) store.forgetDir(dir);
  }
}

async function loadConfigs(dirs: string[]): Promise<boolean> {
  const unknown = dirs.filter((d) => !store.configDirs.has(d));
  if (!unknown.length) return false;
  const answers = await requestFiles(
    unknown.flatMap((d) =>
      CONFIG_FILE_NAMES.map((n) => ({
        kind: 'read' as const,
        uri: pathToUri(joinPath(d, n)),
        maxBytes: MAX_CONFIG_BYTES,
      })),
    ),
  );
  let found = false;
  unknown.forEach((dir, i) => {
    let hit: { file: LoadedConfigFile | null; problems: ConfigProblem[] } = { file: null, problems: [] };
    // The first name that exists wins, as in node/config-files.ts.
    for (const [k, name] of CONFIG_FILE_NAMES.entries()) {
      const a = answers[i * CONFIG_FILE_NAMES.length + k]!;
      if (a.status === 'missing') continue;
      const p = joinPath(dir, name);
      if (a.status === 'text') {
        store.configTexts.set(p, { text: a.text });
        hit = parseConfigText(p, a.text);
      } else {
        const problem = a.status === 'refused' ? a.reason : 'cannot read';
        store.configTexts.set(p, { problem });
        hit = { file: null, problems: [{ path: p, message: problem }] };
      }
      found = true;
      break;
    }
    store.configDirs.set(dir, hit);
  });
  return found;
}

async function loadCompanions(dir: string): Promise<boolean> {
  const old = store.companions.get(dir);
  if (old && Date.now() - old.at < COMPANIONS_TTL_MS) return false;
  const [listing] = await requestFiles([{ kind: 'list', uri: pathToUri(dir) }]);
  const names =
    listing?.status === 'entries'
      ? listing.files
          .filter((n) => /\.ya?ml$/i.test(n))
          .sort()
          .slice(0, COMPANION_MAX_NAMES)
      : [];
  const paths = names.map((n) => joinPath(dir, n));
  const answers = await requestFiles(
    paths.map((p) => ({ kind: 'read' as const, uri: pathToUri(p), maxBytes: COMPANION_MAX_BYTES })),
  );
  const entries: CompanionEntry[] = paths.map((p, i) => {
    const a = answers[i]!;
    return { path: p, text: a.status === 'text' && classify(p, a.text) === 'release-manifest' ? a.text : null };
  });
  store.companions.set(dir, { at: Date.now(), entries });
  const before = JSON.stringify(old?.entries ?? []);
  return before !== JSON.stringify(entries);
}

async function loadEvalResults(dir: string): Promise<boolean> {
  const old = store.evalResults.get(dir);
  if (old && Date.now() - old.at < COMPANIONS_TTL_MS) return false;
  const folder = joinPath(dir, EVAL_RESULTS_DIR);
  // A symbolic link is listed as missing by the client: as in Node, only a real directory is read.
  const [listing] = await requestFiles([{ kind: 'list', uri: pathToUri(folder) }]);
  const names = listing?.status === 'entries' ? listing.files.filter((n) => /\.ya?ml$/i.test(n)).sort() : [];
  const skipped = names.slice(MAX_EVAL_FILES).map((n) => `${EVAL_RESULTS_DIR}/${n}: more than ${MAX_EVAL_FILES} files`);
  const refused: string[] = [];
  const kept = names.slice(0, MAX_EVAL_FILES);
  const answers = await requestFiles(
    kept.map((n) => ({ kind: 'read' as const, uri: pathToUri(joinPath(folder, n)), maxBytes: MAX_EVAL_BYTES })),
  );
  const files: EvalResultsFile[] = [];
  kept.forEach((n, i) => {
    const a = answers[i]!;
    const rel = `${EVAL_RESULTS_DIR}/${n}`;
    if (a.status === 'text') files.push({ file: rel, ...parseEvalResults(a.text) });
    else if (a.status === 'refused') refused.push(`${rel}: ${a.reason}`);
  });
  // The same objects while nothing changed: the session reuses a result only while they are identical.
  if (old && JSON.stringify(old.read.files) === JSON.stringify(files)) {
    store.evalResults.set(dir, { at: Date.now(), read: old.read });
    return false;
  }
  store.evalResults.set(dir, { at: Date.now(), read: { files, skipped: [...skipped, ...refused] } });
  return old !== undefined || files.length > 0;
}
