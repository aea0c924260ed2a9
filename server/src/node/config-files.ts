// Finds `.modelcard-lint.yaml|yml|json` files by walking up from a file, parses and validates them, and caches
// per directory. Shared by the CLI and the language server so both see the same settings.
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateConfig, type ConfigProblem, type LoadedConfigFile } from '../engine/config.js';
import { pushAll } from '../engine/push-all.js';

export const CONFIG_FILE_NAMES = ['.modelcard-lint.yaml', '.modelcard-lint.yml', '.modelcard-lint.json'];

export interface ConfigChain {
  files: LoadedConfigFile[];
  problems: ConfigProblem[];
}

function posix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Config files larger than this are refused (a real one is a few hundred bytes). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** A reason that quotes nothing of the file: config files may be symlinks or hostile, and messages reach terminals. */
function yamlReason(e: unknown): string {
  const err = e as { code?: unknown; linePos?: { line: number; col: number }[] };
  const code =
    typeof err.code === 'string' && /^[A-Z_]{1,40}$/.test(err.code)
      ? err.code.toLowerCase().replace(/_/g, ' ')
      : 'syntax error';
  const pos = err.linePos?.[0];
  return pos ? `${code} at line ${pos.line}, column ${pos.col}` : code;
}

function jsonReason(e: unknown, text: string): string {
  const m = /position (\d{1,9})/.exec((e as Error)?.message ?? '');
  if (!m) return 'syntax error';
  const pos = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `syntax error at line ${line}, column ${pos - before.lastIndexOf('\n')}`;
}

/**
 * The text of a config file when it is safe to read: a regular file no larger than MAX_CONFIG_BYTES that is not a
 * symbolic link to anything outside its own directory (a link to `/proc/self/environ` or `~/.ssh/…` would otherwise
 * put secrets into error messages). `trusted` is for a file the user named on the command line.
 */
export function readConfigText(path: string, trusted = false): { text: string } | { problem: string } {
  let target = path;
  try {
    const lst = lstatSync(path);
    if (lst.isSymbolicLink() && !trusted) {
      const real = realpathSync(path);
      const dir = realpathSync(dirname(path));
      if (!real.startsWith(dir.endsWith(sep) ? dir : dir + sep))
        return { problem: 'is a symbolic link to a file outside its directory; not read' };
      target = real;
    }
  } catch (e) {
    return { problem: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO named like a config file must not block the open (fstat then refuses it).
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: 'is not a regular file; not read' };
    if (st.size > MAX_CONFIG_BYTES) return { problem: `is larger than ${MAX_CONFIG_BYTES / 1024} KiB; not read` };
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    if (n > MAX_CONFIG_BYTES) return { problem: `is larger than ${MAX_CONFIG_BYTES / 1024} KiB; not read` };
    return { text: buf.toString('utf8', 0, n) };
  } catch (e) {
    return { problem: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Parse and validate config text. Problems name positions and generic reasons, never the file's content. */
export function parseConfigText(
  path: string,
  text: string,
): { file: LoadedConfigFile | null; problems: ConfigProblem[] } {
  let value: unknown;
  const json = path.endsWith('.json');
  try {
    value = json ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (e) {
    return {
      file: null,
      problems: [
        { path, message: `not valid ${json ? 'JSON' : 'YAML'}: ${json ? jsonReason(e, text) : yamlReason(e)}` },
      ],
    };
  }
  const { file, problems } = validateConfig(value, path, posix(dirname(resolve(path))));
  return { file, problems };
}

/** Read and validate one config file. `trusted`: named by the user (`--config`), so a symlink is followed. */
export function readConfigFile(
  path: string,
  trusted = false,
): { file: LoadedConfigFile | null; problems: ConfigProblem[] } {
  const r = readConfigText(path, trusted);
  if ('problem' in r) return { file: null, problems: [{ path, message: r.problem }] };
  return parseConfigText(path, r.text);
}

export class ConfigResolver {
  private dirCache = new Map<string, { file: LoadedConfigFile | null; problems: ConfigProblem[] }>();

  /** `roots`: the trees the user pointed at (the CLI's working directory, the editor's workspace folders). */
  constructor(private readonly roots: () => readonly string[] = () => []) {}

  private boundaryCache = new Map<string, string>();

  /** Forget cached files (a config file changed). */
  clear(): void {
    this.dirCache.clear();
    this.boundaryCache.clear();
  }

  private inDir(dir: string): { file: LoadedConfigFile | null; problems: ConfigProblem[] } {
    let hit = this.dirCache.get(dir);
    if (hit) return hit;
    hit = { file: null, problems: [] };
    for (const name of CONFIG_FILE_NAMES) {
      const p = join(dir, name);
      try {
        // lstat: a dangling or hostile symlink is still "there" and is reported rather than skipped.
        lstatSync(p);
      } catch {
        continue;
      }
      hit = readConfigFile(p);
      break;
    }
    this.dirCache.set(dir, hit);
    return hit;
  }

  /** Config files that apply to `filePath`, outermost first; stops at a file with `root: true`. */
  /**
   * Where the config search stops: the repository root (the nearest directory holding `.git`); outside a repository,
   * the nearest of the roots, else the file's own directory. Config files above the tree (a shared /tmp, a parent of
   * a cloned repository) are never read: they could silence every finding of the tree.
   */
  private boundaryOf(start: string): string {
    let hit = this.boundaryCache.get(start);
    if (hit === undefined) this.boundaryCache.set(start, (hit = this.findBoundary(start)));
    return hit;
  }

  private findBoundary(start: string): string {
    const roots = new Set(this.roots().map((r) => resolve(r)));
    let nearestRoot: string | null = null;
    for (let dir = start; ;) {
      if (existsSync(join(dir, '.git'))) return dir;
      if (nearestRoot === null && roots.has(dir)) nearestRoot = dir;
      const parent = dirname(dir);
      if (parent === dir) return nearestRoot ?? start;
      dir = parent;
    }
  }

  chainFor(filePath: string): ConfigChain {
    const files: LoadedConfigFile[] = [];
    const problems: ConfigProblem[] = [];
    let dir = dirname(resolve(filePath));
    const boundary = this.boundaryOf(dir);
    for (;;) {
      const { file, problems: p } = this.inDir(dir);
      pushAll(problems, p);
      if (file) {
        files.unshift(file);
        if (file.config.root) break;
      }
      const parent = dirname(dir);
      if (dir === boundary || parent === dir) break;
      dir = parent;
    }
    return { files, problems };
  }
}
