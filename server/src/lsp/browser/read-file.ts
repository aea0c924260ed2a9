// node/read-file.ts for the web worker (substituted by scripts/build-web.mjs): Lint Workspace reads files that are
// not open from the texts walk.ts had the client read; nothing else reads files in the browser.
import { LIMITS } from '../../engine/limits.js';
import type { FileIdentity, ReadResult } from '../../node/read-file.js';
import { store } from './store.js';

export type { FileIdentity, ReadResult };
export const MAX_FILE_BYTES = LIMITS.maxChars;

export function decodeUtf8(buf: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  const text = store.texts.get(path);
  if (text === undefined) return { ok: false, reason: 'ENOENT', limit: false };
  if (text.length > maxBytes)
    return { ok: false, reason: `The file is over the ${(maxBytes / 1048576).toFixed(0)} MiB limit.`, limit: true };
  return {
    ok: true,
    text,
    identity: { size: text.length, mtimeMs: 0, ino: 0, dev: 0, nlink: 1 },
    invalidUtf8: false,
  };
}
