// Reads a file's version at a git ref for `modelcard-lint diff --baseline <ref>` (docs/diff.md). git runs with an
// argument array, never a shell, in the file's own directory with a `./` path, so nested repositories, worktrees and
// submodules resolve the path as git does there (a deleted file: in its nearest directory that still exists). Refs
// that could be read as options or paths are refused.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { decodeUtf8, MAX_FILE_BYTES } from './read-file.js';
import { ALWAYS_IGNORED, MAX_WALK_ENTRIES } from './walk.js';

/** The nearest directory of `path` (itself included when it is one) that exists on disk. */
export function existingDir(path: string): string {
  let dir = path;
  for (;;) {
    try {
      if (statSync(dir).isDirectory()) return dir;
    } catch {
      // gone: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
}

export type BaselineList =
  | { status: 'listed'; paths: string[]; truncated: boolean }
  | { status: 'error'; message: string; scope: 'ref' | 'file' };

export type BaselineRead =
  | { status: 'found'; text: string; invalidUtf8: boolean }
  /** Not in the ref's tree: a new file. */
  | { status: 'absent' }
  /** Over the size limit: linted as refused, like a file on disk. */
  | { status: 'limit'; reason: string }
  /** `ref`: the ref or the repository is the problem (the same for every file of that repository). */
  | { status: 'error'; message: string; scope: 'ref' | 'file' };

/** Why a ref is refused before git sees it, or null. */
export function refProblem(ref: string): string | null {
  if (!ref) return 'the --baseline ref is empty';
  if (ref.startsWith('-')) return `the --baseline ref "${ref}" starts with "-"`;
  if (/[:\s\0]/.test(ref)) return `the --baseline ref "${ref}" contains ":", a space or a control character`;
  return null;
}

export class GitBaseline {
  /** Ref checks by directory: every file of one repository shares the answer. */
  private checked = new Map<string, string | null>();

  constructor(
    readonly ref: string,
    private readonly gitCommand = 'git',
  ) {}

  private git(cwd: string, args: string[], maxBuffer = 1 << 20) {
    // A repository from a stranger can set `core.fsmonitor` (a command git runs) in its own .git/config: switched off
    // here. Nothing else these read-only commands do runs repository-configured programs (`--no-textconv` below).
    return spawnSync(this.gitCommand, ['-c', 'core.fsmonitor=false', '--no-pager', ...args], {
      cwd,
      maxBuffer,
      windowsHide: true,
      // No prompts (credentials, pagers) in a non-interactive run.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' },
    });
  }

  /** null when the ref names a commit in the repository of `dir`, else why not. */
  private checkRef(dir: string): string | null {
    if (this.checked.has(dir)) return this.checked.get(dir)!;
    const r = this.git(dir, ['rev-parse', '--verify', '--quiet', `${this.ref}^{commit}`]);
    let problem: string | null = null;
    if (r.error) problem = `cannot run git: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`;
    else if (r.status !== 0) {
      const inside = this.git(dir, ['rev-parse', '--is-inside-work-tree']);
      problem =
        inside.status === 0 && String(inside.stdout).trim() === 'true'
          ? `"${this.ref}" is not a commit in this repository`
          : `not in a git repository (${String(inside.stderr).trim().split('\n')[0] || 'git rev-parse failed'})`;
    }
    this.checked.set(dir, problem);
    return problem;
  }

  /** The regular files (no symbolic links, no submodules) under `dir` at the ref whose names `include` keeps, as absolute
   * paths, outside `.git` and `node_modules` as a walk would be; at most MAX_WALK_ENTRIES of them are looked at. */
  list(dir: string, include: (rel: string) => boolean): BaselineList {
    const problem = this.checkRef(dir);
    if (problem) return { status: 'error', message: problem, scope: 'ref' };
    // `ls-tree` run in `dir` names the paths relative to it; `-z` keeps odd names whole.
    const r = this.git(dir, ['ls-tree', '-r', '-z', this.ref, '--', '.'], 64 << 20);
    if (r.error || r.status !== 0)
      return {
        status: 'error',
        message: `git ls-tree failed: ${r.error ? r.error.message : String(r.stderr).trim().split('\n')[0]}`,
        scope: 'file',
      };
    const entries = String(r.stdout).split('\0');
    const paths: string[] = [];
    for (const entry of entries.slice(0, MAX_WALK_ENTRIES)) {
      const tab = entry.indexOf('\t');
      if (tab < 0) continue;
      const [mode, type] = entry.slice(0, tab).split(' ');
      const rel = entry.slice(tab + 1);
      if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
      if (rel.split('/').some((part) => ALWAYS_IGNORED.has(part)) || !include(rel)) continue;
      paths.push(join(dir, ...rel.split('/')));
    }
    return { status: 'listed', paths, truncated: entries.length - 1 > MAX_WALK_ENTRIES };
  }

  read(path: string): BaselineRead {
    // A deleted file's directory may be gone too: git runs in the nearest one that exists, with a `./` path from there.
    const dir = existingDir(dirname(path));
    const problem = this.checkRef(dir);
    if (problem) return { status: 'error', message: problem, scope: 'ref' };
    const spec = `${this.ref}:./${relative(dir, path).split(sep).join('/')}`;
    // The size first: a missing path fails here (the ref is known good, so that means absent), and a huge blob is
    // never read into memory.
    const size = this.git(dir, ['cat-file', '-s', spec]);
    if (size.error) return { status: 'error', message: `git cat-file failed: ${size.error.message}`, scope: 'file' };
    if (size.status !== 0) return { status: 'absent' };
    const bytes = Number(String(size.stdout).trim());
    if (bytes > MAX_FILE_BYTES)
      return {
        status: 'limit',
        reason: `The baseline version has ${(bytes / 1048576).toFixed(1)} MiB, over the ${(MAX_FILE_BYTES / 1048576).toFixed(0)} MiB limit: it is not linted.`,
      };
    const r = this.git(dir, ['show', '--no-textconv', spec], MAX_FILE_BYTES + 1);
    if (r.error) return { status: 'error', message: `git show failed: ${r.error.message}`, scope: 'file' };
    if (r.status !== 0)
      return {
        status: 'error',
        message: `git show ${spec} failed: ${String(r.stderr).trim().split('\n')[0]}`,
        scope: 'file',
      };
    const strict = decodeUtf8(r.stdout);
    return { status: 'found', text: strict ?? r.stdout.toString('utf8'), invalidUtf8: strict === null };
  }
}
