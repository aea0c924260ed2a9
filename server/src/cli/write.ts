// Writes fixed files safely (SECURITY.md): only a regular file inside the tree the user pointed at (through a symbolic
// link only when its target is inside too), only when it is still the file that was read (same inode, size and mtime: an edit made
// meanwhile is never overwritten), never a read-only one. The replacement is atomic (temp file + rename, mode kept),
// except for a file with several hard links, which is rewritten in place so every name keeps seeing the same file.
import { accessSync, closeSync, constants, fstatSync, ftruncateSync, lstatSync, openSync, realpathSync, writeSync } from 'node:fs';
import { isInside } from '../node/walk.js';
import writeFileAtomic from 'write-file-atomic';
import type { FileIdentity } from '../node/read-file.js';

export class WriteRefused extends Error {}

const same = (a: FileIdentity, b: { size: number; mtimeMs: number; ino: number; dev: number }) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;

/** Write `text` to `path`, read earlier with identity `read`; `root` is the tree the file was found in. */
export function writeFixed(path: string, text: string, read: FileIdentity, root: string): void {
  let st;
  try {
    st = lstatSync(path);
    if (st.isSymbolicLink()) {
      // Through a link only to a file inside the tree; the link itself is kept.
      const target = realpathSync(path);
      if (!isInside(realpathSync(root), target)) throw new WriteRefused(`${path}: a symbolic link to a file outside the tree; fixes not applied`);
      path = target;
      st = lstatSync(path);
    }
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    throw new WriteRefused(`${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; fixes not applied`);
  }
  if (!st.isFile()) throw new WriteRefused(`${path}: not a regular file; fixes not applied`);
  if (!same(read, st)) throw new WriteRefused(`${path}: changed since it was read; fixes not applied (run again)`);
  // A file without any write bit (chmod 0444) is read-only by intent. access(W_OK) alone says yes to root, and the
  // atomic rename below needs only the directory to be writable, so the mode is checked first.
  if ((st.mode & 0o222) === 0) throw new WriteRefused(`${path}: read-only; fixes not applied`);
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new WriteRefused(`${path}: not writable; fixes not applied`);
  }
  if (st.nlink > 1) {
    const fd = openSync(path, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      if (!same(read, fstatSync(fd))) throw new WriteRefused(`${path}: changed since it was read; fixes not applied (run again)`);
      const bytes = Buffer.from(text, 'utf8');
      ftruncateSync(fd, 0);
      for (let n = 0; n < bytes.length; ) n += writeSync(fd, bytes, n, bytes.length - n, n);
    } finally {
      closeSync(fd);
    }
    return;
  }
  writeFileAtomic.sync(path, text, { encoding: 'utf8' });
}
