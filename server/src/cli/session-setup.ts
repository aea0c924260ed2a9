// The lint session a command line opens: `--config` read (exit 2 when it cannot be), profile and `--card` globs as
// door settings, config discovery bounded by the trees named on the command line. Shared by lint and diff, so both
// see a file exactly the same way.
import { resolve } from 'node:path';
import type { LoadedConfigFile } from '../engine/config.js';
import type { ProfileId } from '../engine/knowledge/profiles.js';
import { readConfigFile } from '../node/config-files.js';
import { LintSession, type DoorSettings } from '../node/session.js';
import { repositoryRoot, treeRoots } from './files.js';

export interface SessionOptions {
  config?: string | null;
  profile?: string | null;
  cards: readonly string[];
}

export interface CliSession {
  session: LintSession;
  settings: DoorSettings;
  /** The repository root every output path is relative to. */
  root: string;
}

/** The session, or null after the config problems were written to `stderr` (the caller exits 2). */
export function openSession(
  opts: SessionOptions,
  patterns: readonly string[],
  cwd: string,
  stderr: (s: string) => void,
  prefix: string,
): CliSession | null {
  let explicitConfig: LoadedConfigFile | null = null;
  if (opts.config) {
    const { file, problems } = readConfigFile(resolve(cwd, opts.config), true);
    if (!file) {
      for (const p of problems) stderr(`${prefix}: config ${p.path}: ${p.message}\n`);
      return null;
    }
    explicitConfig = file;
  }
  const settings: DoorSettings = {
    profile: (opts.profile ?? undefined) as ProfileId | undefined,
    explicitConfig,
    cardGlobs: opts.cards.map((g) => resolve(cwd, g)),
  };
  const roots = treeRoots(patterns, cwd);
  return { session: new LintSession(undefined, () => roots), settings, root: repositoryRoot(cwd) };
}
