// Paths in the browser server. The web worker has no file system: a document's "path" is its URI when the scheme is
// not `file:` (vscode-vfs://github/org/repo/README.md on github.dev, vscode-remote://… in a VS Code server), else the
// decoded POSIX path. These helpers work on both forms without ever climbing above `scheme://authority`.

const URI_ROOT = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i;

/** Whether `p` is a URI used as a path (any `scheme:` other than a Windows drive letter). */
export function isUriPath(p: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(p) && !/^[a-z]:([\\/]|$)/i.test(p);
}

/** The parent directory; the root (`/` or `scheme://authority`) is its own parent. */
export function dirOf(p: string): string {
  const root = URI_ROOT.exec(p)?.[0] ?? '';
  const rest = p.slice(root.length).replace(/\/+$/, '');
  const i = rest.lastIndexOf('/');
  if (i < 0) return root || '/';
  if (i === 0) return root || '/';
  return root + rest.slice(0, i);
}

export function joinPath(dir: string, ...names: string[]): string {
  let out = dir;
  for (const n of names) out = out.endsWith('/') ? out + n : `${out}/${n}`;
  return out;
}

/** Whether `inner` is `outer` or lies under it, lexically. */
export function isUnder(outer: string, inner: string): boolean {
  const o = outer.replace(/\/+$/, '');
  return inner === o || inner.startsWith(`${o}/`);
}

/** Directories whose config files apply to `filePath`, innermost first: up to the nearest workspace folder that holds
 * it (the browser has no `.git` to find a repository root by), else only the file's own directory. */
export function configDirs(filePath: string, roots: readonly string[]): string[] {
  const start = dirOf(filePath);
  const root = roots
    .filter((r) => isUnder(r, start))
    .sort((a, b) => b.length - a.length)[0]
    ?.replace(/\/+$/, '');
  const dirs = [start];
  if (root === undefined) return dirs;
  for (let dir = start; dir !== root;) {
    const parent = dirOf(dir);
    if (parent === dir) break;
    dirs.push((dir = parent));
  }
  return dirs;
}

/** The URI of a path (lsp/state.ts's pathToUri in the browser bundle): a URI path is given back byte for byte. */
export function pathToUri(path: string): string {
  if (isUriPath(path)) return path;
  const encoded = path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}`;
}
