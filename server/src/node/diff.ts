// Two versions of one file through the lint session, then the engine's diffResults. Both texts are linted under the
// new version's path, so config files, `cards:` globs, profile and classification are exactly those of a normal lint.
import { diffResults, type DocumentDiff } from '../engine/diff/index.js';
import type { LintResult } from '../engine/lint.js';
import type { ConfigProblem } from '../engine/config.js';
import type { DoorSettings, LintSession, Outcome } from './session.js';

export interface OldVersion {
  text: string;
  invalidUtf8?: boolean;
  /** Over a limit: not read (the old version is linted as refused). */
  refused?: string;
}

export type Comparison =
  | { status: 'compared'; old: LintResult; next: LintResult; diff: DocumentDiff }
  /** No baseline version (`absent`), or the baseline was neither a card nor a manifest (`not-a-document`). */
  | { status: 'new'; next: LintResult; reason: 'absent' | 'not-a-document' }
  /** Deleted since the baseline: only the baseline version, a card or manifest there. */
  | { status: 'deleted'; old: LintResult }
  /** The new version is neither a card nor a manifest (or is ignored): nothing to compare. */
  | { status: 'unknown' }
  | { status: 'config-error'; problems: ConfigProblem[] };

export function compareVersions(
  session: LintSession,
  path: string,
  old: OldVersion | null,
  next: Outcome,
  settings: DoorSettings,
): Comparison {
  if (next.status === 'config-error') return next;
  if (next.status === 'unknown') return { status: 'unknown' };
  if (!old) return { status: 'new', next: next.result, reason: 'absent' };
  const before = lintOld(session, path, old, settings);
  if (before.status === 'config-error') return before;
  if (before.status === 'unknown') return { status: 'new', next: next.result, reason: 'not-a-document' };
  return { status: 'compared', old: before.result, next: next.result, diff: diffResults(before.result, next.result) };
}

/** A file deleted since the baseline: its baseline version linted under its old path (the config files and `cards:`
 * globs of that place still apply); `unknown` when it was neither a card nor a manifest, or is ignored. */
export function compareDeleted(
  session: LintSession,
  path: string,
  old: OldVersion,
  settings: DoorSettings,
): Comparison {
  const before = lintOld(session, path, old, settings);
  if (before.status === 'config-error') return before;
  if (before.status === 'unknown') return { status: 'unknown' };
  return { status: 'deleted', old: before.result };
}

/** The baseline version through the session under `path` (over a limit: linted as refused, like a file on disk). */
function lintOld(session: LintSession, path: string, old: OldVersion, settings: DoorSettings) {
  return session.lintText({
    path,
    text: old.refused ? '' : old.text,
    invalidUtf8: old.invalidUtf8,
    refused: old.refused,
    settings,
  });
}
