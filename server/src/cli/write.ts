// Writes fixed files safely (SECURITY.md): only a regular file inside the tree the user pointed at (through a symbolic
// link only when its target is inside too), only when it is still the file that was read (same inode, size and mtime: an edit made
// meanwhile is never overwritten), never a read-only one. The replacement is atomic (an exclusive temp file + rename, mode kept),
// except for a file with several hard links, which is rewritten in place so every name keeps seeing the same file.
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInside } from '../node/walk.js';
import type { FileIdentity } from '../node/read-file.js';

export class WriteRefused extends Error {}

const same = (a: FileIdentity, b: { size: number; mtimeMs: number; ino: number; dev: number }) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;

/** Write `text` to `path`, read earlier with identity `read`; `root` is the tree the file was found in. */
export function writeFixed(path: string, text: string, read: FileIdentity, root: string): void {
  let st;
  try {
    st = lstatSync(path);
    if (st.isSymbolicLink()) {
      // Through a link only to a file inside the tree; the link itself is kept.
      const target = realpathSync(path);
      if (!isInside(realpathSync(root), target))
        throw new WriteRefused(`${path}: a symbolic link to a file outside the tree; fixes not applied`);
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
      if (!same(read, fstatSync(fd)))
        throw new WriteRefused(`${path}: changed since it was read; fixes not applied (run again)`);
      const bytes = Buffer.from(text, 'utf8');
      ftruncateSync(fd, 0);
      for (let n = 0; n < bytes.length;) n += writeSync(fd, bytes, n, bytes.length - n, n);
    } finally {
      closeSync(fd);
    }
    return;
  }
  atomicReplace(path, text, read, st);
}

/**
 * Temp file + rename, with a temp file nobody can plant: an unpredictable name (128 random bits) created with
 * O_CREAT|O_EXCL|O_NOFOLLOW, so an existing file or symbolic link by that name makes the open fail instead of being
 * written through (write-file-atomic opens a predictable name with 'w' and follows links). The identity check runs
 * again just before the rename, so an edit made while the temp file was written is not lost.
 */
function atomicReplace(
  path: string,
  text: string,
  read: FileIdentity,
  st: { mode: number; uid: number; gid: number },
): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(16).toString('hex')}.tmp`);
  const fd = openSync(
    tmp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o600,
  );
  let renamed = false;
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let n = 0; n < bytes.length;) n += writeSync(fd, bytes, n, bytes.length - n, n);
    fchmodSync(fd, st.mode & 0o7777);
    // Run as root (a CI container), keep the file's owner, as the rewrite in place would.
    if (process.getuid?.() === 0) fchownSync(fd, st.uid, st.gid);
    fsyncSync(fd);
    closeSync(fd);
    if (!same(read, lstatSync(path)))
      throw new WriteRefused(`${path}: changed since it was read; fixes not applied (run again)`);
    renameSync(tmp, path);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(tmp);
      } catch {
        // never created or already gone
      }
    }
  }
}
