// Expands the command line's paths and globs into files. A file named explicitly is always looked at (and always gets
// a result, `kind: "unknown"` when it is neither a card nor a manifest); directories are walked without leaving them
// (node/walk.ts: no symlinked directories, symlinked files only when they point inside, `.gitignore` honoured); globs
// are expanded without following symlinked directories. Paths in reports are relative to the repository root.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { isMarkdownPath, isYamlPath } from '../engine/parse/classify.js';
import { isInside, walk, type WalkSkip } from '../node/walk.js';

export interface Target {
  /** Absolute path. */
  path: string;
  /** Named explicitly on the command line. */
  explicit: boolean;
  /** The tree it was found in (the walked directory, the glob's base, or the file's own directory): `--fix` writes
   * through a symbolic link only to a file inside it. */
  root: string;
}

export function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** A name the walk looks at: Markdown or YAML. */
export const lintable = (rel: string) => isMarkdownPath(rel) || isYamlPath(rel);

export async function expandTargets(
  patterns: string[],
  cwd = process.cwd(),
): Promise<{ targets: Target[]; missing: string[]; skipped: WalkSkip[]; incomplete: string[] }> {
  const targets: Target[] = [];
  const missing: string[] = [];
  const skipped: WalkSkip[] = [];
  /** Directories whose walk stopped early: a run over them must not look like a pass. */
  const incomplete: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean, root: string) => {
    let key = path;
    try {
      key = realpathSync(path);
    } catch {
      // keep the path as given
    }
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, explicit, root });
  };
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const r = await walk(abs, { include: lintable });
      for (const f of r.files) add(f.path, false, abs);
      skipped.push(...r.skipped.slice(0, 1000));
      if (r.truncated) incomplete.push(abs);
    } else if (st) add(abs, true, dirname(abs));
    else if (isGlob(p) && !existsSync(abs)) {
      const base = resolve(cwd, picomatch.scan(p).base || '.');
      let realBase = base;
      try {
        realBase = realpathSync(base);
      } catch {
        // no such base: the glob matches nothing
      }
      const found = globSync(p, {
        cwd,
        ignore: ['**/node_modules/**', '**/.git/**'],
        dot: false,
        followSymbolicLinks: false,
        absolute: true,
      }).sort();
      if (!found.length) missing.push(p);
      for (const f of found) {
        // A symlinked file is taken only when it points inside the glob's base directory.
        try {
          if (lstatSync(f).isSymbolicLink() && !isInside(realBase, realpathSync(f))) {
            skipped.push({ path: f, reason: 'a symbolic link to a file outside the tree' });
            continue;
          }
        } catch {
          continue;
        }
        add(f, false, realBase);
      }
    } else missing.push(p);
  }
  return { targets, missing, skipped, incomplete };
}

/** The trees a run points at, where config discovery stops outside a repository (node/config-files.ts): the working
 * directory, each directory argument, a glob's base, a file's own directory. */
export function treeRoots(patterns: readonly string[], cwd = process.cwd()): string[] {
  const roots = [resolve(cwd)];
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    let dir: boolean;
    try {
      dir = statSync(abs).isDirectory();
    } catch {
      dir = false;
    }
    roots.push(dir ? abs : isGlob(p) && !existsSync(abs) ? resolve(cwd, picomatch.scan(p).base || '.') : dirname(abs));
  }
  return roots;
}

/** The repository root: the nearest directory with a `.git` (a checkout or a worktree), else the working directory. */
export function repositoryRoot(cwd = process.cwd()): string {
  for (let dir = resolve(cwd); ;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/** How a file is named in every output format: relative to the repository root with `/`, else absolute. */
export function displayPath(path: string, root: string): string {
  const rel = relative(root, path);
  // `..` alone or as the first segment leaves the root; a file named `..notes.md` does not.
  if (rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return rel.split(sep).join('/');
  return path.split(sep).join('/');
}
