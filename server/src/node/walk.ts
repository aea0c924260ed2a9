// Walks a directory for the files to lint, without leaving it: symlinked directories are never entered (a link to `/`
// would walk the disk, a loop would repeat), a symlinked file is taken only when its target lies inside the root, each
// real file is yielded once, `.gitignore` files are honoured (the `ignore` package, with unsafe patterns dropped), and
// the walk yields to the event loop and stops when cancelled or past a file budget. Shared by the CLI, the language
// server's Lint Workspace and the editor, so all three see the same files (SECURITY.md).
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globProblem } from '../engine/glob.js';
import { readConfigText } from './config-files.js';

/** Directories no walk enters. */
export const ALWAYS_IGNORED = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Entries visited before a walk stops (a workspace of a million files is not linted file by file from the editor). */
export const MAX_WALK_ENTRIES = 200_000;
const MAX_DEPTH = 64;

export interface WalkOptions {
  /** Keep a file (path relative to the root, `/`-separated)? */
  include: (rel: string) => boolean;
  /** Honour `.gitignore` files inside the root (default true). */
  gitignore?: boolean;
  /** Checked between entries; the walk ends early when it says so. */
  cancelled?: () => boolean;
  maxEntries?: number;
}

export interface WalkedFile {
  /** Absolute path (through the root as given, not resolved). */
  path: string;
  /** Relative to the root, `/`-separated. */
  rel: string;
}

export interface WalkSkip {
  path: string;
  reason: string;
}

export interface WalkResult {
  files: WalkedFile[];
  skipped: WalkSkip[];
  /** The walk stopped early: cancelled or over the entry budget. */
  truncated: 'cancelled' | 'budget' | null;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** A `.gitignore` as an `ignore` matcher, its unsafe lines dropped; null when there is none to read. */
function gitignoreAt(dir: string): Ignore | null {
  const r = readConfigText(join(dir, '.gitignore'));
  if ('problem' in r) return null;
  const lines = r.text
    .split(/\r?\n/)
    .filter((l) => l && !l.startsWith('#') && globProblem(l.replace(/^!/, '')) === null);
  return lines.length ? ignore().add(lines) : null;
}

/** Whether `inner` is `outer` or lies inside it (both real paths). */
export function isInside(outer: string, inner: string): boolean {
  if (inner === outer) return true;
  return inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
}

/** All files under `root` that `include` keeps, in a stable (sorted) order. */
export async function walk(root: string, options: WalkOptions): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const skipped: WalkSkip[] = [];
  const budget = options.maxEntries ?? MAX_WALK_ENTRIES;
  let entries = 0;
  let truncated: WalkResult['truncated'] = null;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return { files, skipped, truncated };
  }
  const seen = new Set<string>();
  const useGitignore = options.gitignore !== false;

  const visit = async (dir: string, depth: number, ignores: { base: string; ig: Ignore }[]): Promise<void> => {
    if (truncated) return;
    if (depth > MAX_DEPTH) {
      skipped.push({ path: dir, reason: `deeper than ${MAX_DEPTH} directory levels: not walked` });
      return;
    }
    const here = useGitignore ? gitignoreAt(dir) : null;
    const scoped = here ? [...ignores, { base: dir, ig: here }] : ignores;
    const ignored = (abs: string, isDir: boolean) =>
      scoped.some(({ base, ig }) => {
        const rel = toPosix(relative(base, abs));
        return rel !== '' && ig.ignores(isDir ? `${rel}/` : rel);
      });
    let names: { name: string; kind: 'dir' | 'file' | 'link' | 'other' }[] = [];
    try {
      const d = await opendir(dir);
      for await (const e of d)
        names.push({
          name: e.name,
          kind: e.isDirectory() ? 'dir' : e.isFile() ? 'file' : e.isSymbolicLink() ? 'link' : 'other',
        });
    } catch {
      return;
    }
    names = names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of names) {
      if (++entries > budget) {
        truncated = 'budget';
        return;
      }
      // Let the server answer hovers while a big tree is walked.
      if (entries % 256 === 0) await new Promise((r) => setImmediate(r));
      if (options.cancelled?.()) {
        truncated = 'cancelled';
        return;
      }
      const abs = join(dir, e.name);
      if (e.kind === 'dir') {
        if (ALWAYS_IGNORED.has(e.name) || ignored(abs, true)) continue;
        await visit(abs, depth + 1, scoped);
        if (truncated) return;
        continue;
      }
      const rel = toPosix(relative(root, abs));
      if (e.kind === 'other' || !options.include(rel) || ignored(abs, false)) continue;
      let real: string;
      if (e.kind === 'link') {
        try {
          real = await realpath(abs);
          if (!isInside(realRoot, real)) {
            skipped.push({ path: abs, reason: 'a symbolic link to a file outside the tree' });
            continue;
          }
          if (!(await stat(real)).isFile()) continue;
        } catch {
          skipped.push({ path: abs, reason: 'a broken symbolic link' });
          continue;
        }
      } else {
        try {
          real = join(realRoot, relative(root, abs));
          if (!(await lstat(abs)).isFile()) continue;
        } catch {
          continue;
        }
      }
      if (seen.has(real)) continue;
      seen.add(real);
      files.push({ path: abs, rel });
    }
  };
  await visit(root, 0, []);
  return { files, skipped, truncated };
}
