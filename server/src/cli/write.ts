// Writes fixed files safely: refuses files we may not write or that are not valid UTF-8, and replaces the file
// atomically (temp file + rename, mode kept) so a crash never leaves half a card behind.
import { accessSync, constants, statSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';

export class WriteRefused extends Error {}

/** Decode UTF-8 strictly: returns null when the bytes are not valid UTF-8 (re-encoding would lose data). */
export function decodeUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return null;
  }
}

export function writeFixed(path: string, text: string): void {
  // A file without any write bit (chmod 0444) is read-only by intent. access(W_OK) alone says yes to root, and the
  // atomic rename below needs only the directory to be writable, so the mode is checked first.
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (e) {
    throw new WriteRefused(`${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; fixes not applied`);
  }
  if ((mode & 0o222) === 0) throw new WriteRefused(`${path}: read-only; fixes not applied`);
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new WriteRefused(`${path}: not writable; fixes not applied`);
  }
  writeFileAtomic.sync(path, text, { encoding: 'utf8' });
}
