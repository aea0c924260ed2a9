// Expands the command line's paths and globs into files. Directories and globs yield only files whose content
// makes them cards or manifests; files named explicitly are always linted.
import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';

export interface Target {
  /** The path as the user gave it (or as the glob produced it), used in reports. */
  path: string;
  /** Named explicitly on the command line. */
  explicit: boolean;
}

const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];
const LINTABLE = '**/*.{md,markdown,yml,yaml}';

export function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

export function expandTargets(patterns: string[]): { targets: Target[]; missing: string[] } {
  const targets: Target[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    targets.push({ path, explicit });
  };
  for (const p of patterns) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      stat = null;
    }
    if (stat?.isFile()) add(p, true);
    else if (stat?.isDirectory()) {
      const found = globSync(LINTABLE, { cwd: p, ignore: DEFAULT_IGNORES, dot: false }).sort();
      for (const f of found) add(`${p.replace(/\/+$/, '')}/${f}`, false);
    } else if (isGlob(p)) {
      const found = globSync(p, { ignore: DEFAULT_IGNORES, dot: false }).sort();
      if (!found.length) missing.push(p);
      for (const f of found) add(f, false);
    } else missing.push(p);
  }
  return { targets, missing };
}
