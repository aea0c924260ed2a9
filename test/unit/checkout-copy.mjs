// A copy of this checkout as a clean clone of it would be (tracked and new files, nothing git ignores), for tests that
// pack or install it without touching the checkout's own dist/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function copyCheckout(prefix = 'mcl-checkout-', parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, prefix));
  const list = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (list.status !== 0) throw new Error(`git ls-files failed: ${list.stderr}`);
  for (const f of list.stdout.split('\0').filter(Boolean)) {
    // Deleted in the work tree but not yet in a commit, or not a file (a node_modules symlink that .gitignore's
    // `node_modules/` does not match): not part of a clone.
    if (!statSync(join(ROOT, f), { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  return dir;
}
