// Temporary directories for a test file, removed when its tests end, so a run leaves nothing in the OS temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

/** Call at the top of a test file: returns `tempDir(prefix)`, and removes every directory it made after the file's
 * tests (node:test's root `after`). */
export function tempDirs() {
  const made = [];
  after(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  return (prefix) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    made.push(d);
    return d;
  };
}
