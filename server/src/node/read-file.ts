// Reads a file that a stranger may have put in the tree, within bounds: only regular files (a FIFO or a device would
// block or never end), no more than a size limit (checked on the byte size before reading, so a 600 MiB file costs
// nothing), decoded as strict UTF-8 when possible. What was read is remembered (size, mtime, inode) so `--fix` can
// refuse to overwrite a file that changed since (SECURITY.md).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { LIMITS } from '../engine/limits.js';

/** Bytes; larger files are reported with an `input-limit` finding and not read. */
export const MAX_FILE_BYTES = LIMITS.maxChars;

export interface FileIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
  nlink: number;
}

export type ReadResult =
  | { ok: true; text: string; identity: FileIdentity; invalidUtf8: boolean }
  /** `limit`: the file exists but is over a limit (reported as a finding); else an I/O problem (exit 2). */
  | { ok: false; reason: string; limit: boolean };

export function identityOf(st: Stats): FileIdentity {
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev, nlink: st.nlink };
}

/** Strict UTF-8, or null when the bytes are not valid UTF-8 (re-encoding them would lose data). */
export function decodeUtf8(buf: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return null;
  }
}

/** `noFollow`: refuse a symbolic link at `path` itself (O_NOFOLLOW; where the platform has no such flag, the caller's
 * lstat is the only check). */
export function readTextFile(
  path: string,
  maxBytes = MAX_FILE_BYTES,
  options: { noFollow?: boolean } = {},
): ReadResult {
  let fd: number | undefined;
  try {
    const noFollow = options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | noFollow);
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file', limit: false };
    if (st.size > maxBytes)
      return {
        ok: false,
        reason: `The file has ${(st.size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit: it is not linted.`,
        limit: true,
      };
    // One byte more than the limit: a file that grows while we read is caught, not read without end.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    let n = 0;
    for (let r = 1; r > 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, n);
    if (n > maxBytes)
      return {
        ok: false,
        reason: `The file grew past the ${(maxBytes / 1048576).toFixed(0)} MiB limit while it was read: it is not linted.`,
        limit: true,
      };
    const bytes = buf.subarray(0, n);
    const strict = decodeUtf8(bytes);
    return { ok: true, text: strict ?? bytes.toString('utf8'), identity: identityOf(st), invalidUtf8: strict === null };
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message, limit: false };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
