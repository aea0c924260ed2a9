// What a comparison of two versions of one document yields: every change, in both directions, and the regressions
// that the diff rules report as findings on the new version.
import type { LintResult } from '../lint.js';
import type { DocumentKind, Finding, Severity, Span } from '../types.js';
import type { DiffRuleId } from './rules.js';

/** `regression`: less open or less documented; `improvement`: the opposite; `change`: neither (a licence swapped at the
 * same grade, a different weakest component, an area moved between two equally complete states). */
export type ChangeKind = 'regression' | 'improvement' | 'change';

export type ChangeArea =
  'kind' | 'component' | 'openness-level' | 'weakest' | 'mof-class' | 'mof-progress' | 'disclosure' | 'risk';

export interface Change {
  kind: ChangeKind;
  area: ChangeArea;
  /** The component id, disclosure id or risk area id; `level`, `weakest`, `class`, `progress` or `kind` otherwise. */
  subject: string;
  before: string | null;
  after: string | null;
  message: string;
  /** The diff rule that reports this change, when one does. A progress drop has none: the component behind it does. */
  ruleId?: DiffRuleId;
  /** The rule's severity under the new version's profile; absent when no rule reports the change or it is off. */
  severity?: Severity;
  /** Where the change is shown in the new version. */
  span: Span;
}

export interface DocumentDiff {
  /** The new version's kind; when the two kinds differ nothing else is compared. */
  kind: DocumentKind;
  changes: Change[];
  /** The changes whose rule is on in the new version's profile, as findings (in change order). */
  findings: Finding[];
}

/** The two versions the change finders read: one may be null (a new file, a deleted file), never both. */
export interface Pair {
  old: LintResult | null;
  next: LintResult | null;
  /** Where changes with no place of their own are shown, in the version that exists. */
  anchor: Span;
  /** The file was deleted since the baseline (`next` is null). */
  gone: boolean;
}
