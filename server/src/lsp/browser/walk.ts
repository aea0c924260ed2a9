// node/walk.ts for the web worker (substituted by scripts/build-web.mjs): Lint Workspace's walk through the client's
// `vscode.workspace.fs` (directory listings, then the texts of the files kept, which read-file.ts serves). Symbolic
// links are never followed (the client leaves them out), `.git` and `node_modules` are skipped as in Node; there is no
// `.gitignore` support here. Smaller budgets than Node: each listing is a round trip (to GitHub on github.dev).
import { LIMITS } from '../../engine/limits.js';
import type { WalkOptions, WalkResult, WalkedFile } from '../../node/walk.js';
import { isUnder, joinPath, pathToUri } from './paths.js';
import { requestFiles, store } from './store.js';

export type { WalkOptions, WalkResult, WalkedFile };
export const ALWAYS_IGNORED = new Set(['.git', 'node_modules', '.hg', '.svn']);
export const MAX_WALK_ENTRIES = 20_000;
const MAX_FILES = 2_000;
const BATCH = 32;

export const isInside = isUnder;

/** `root` and the returned paths are the server's paths (URIs for non-`file:` schemes, else POSIX paths). */
export async function walk(root: string, options: WalkOptions): Promise<WalkResult> {
  const toUri = pathToUri;
  const files: WalkedFile[] = [];
  const skipped: WalkResult['skipped'] = [];
  const budget = options.maxEntries ?? MAX_WALK_ENTRIES;
  let entries = 0;
  let truncated: WalkResult['truncated'] = null;
  let level: { path: string; rel: string }[] = [{ path: root, rel: '' }];
  outer: while (level.length) {
    const next: typeof level = [];
    for (let i = 0; i < level.length; i += BATCH) {
      if (options.cancelled?.()) {
        truncated = 'cancelled';
        break outer;
      }
      const batch = level.slice(i, i + BATCH);
      const answers = await requestFiles(batch.map((d) => ({ kind: 'list', uri: toUri(d.path) })));
      for (const [k, a] of answers.entries()) {
        if (a.status !== 'entries') continue;
        // The client named only the first MAX_LIST_NAMES entries of this folder: the walk is not complete.
        if (a.truncated) truncated = 'budget';
        const dir = batch[k]!;
        for (const name of [...a.files].sort()) {
          if (++entries > budget || files.length >= MAX_FILES) {
            truncated = 'budget';
            break outer;
          }
          const rel = dir.rel ? `${dir.rel}/${name}` : name;
          if (options.include(rel)) files.push({ path: joinPath(dir.path, name), rel });
        }
        for (const name of [...a.dirs].sort())
          if (!ALWAYS_IGNORED.has(name))
            next.push({ path: joinPath(dir.path, name), rel: dir.rel ? `${dir.rel}/${name}` : name });
      }
    }
    level = next;
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  store.texts.clear();
  for (let i = 0; i < files.length && !options.cancelled?.(); i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const answers = await requestFiles(
      batch.map((f) => ({ kind: 'read', uri: toUri(f.path), maxBytes: LIMITS.maxChars })),
    );
    for (const [k, a] of answers.entries()) {
      if (a.status === 'text') store.texts.set(batch[k]!.path, a.text);
      else if (a.status === 'refused') skipped.push({ path: batch[k]!.path, reason: a.reason });
    }
  }
  return { files, skipped, truncated };
}
