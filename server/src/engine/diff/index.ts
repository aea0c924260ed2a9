// Comparing two versions of one card or manifest (`modelcard-lint diff`, docs/diff.md): the changes, and the diff
// rules that report regressions.
export { diffResults } from './compare.js';
export { describeComponent } from './openness.js';
export {
  DIFF_RULES,
  DIFF_RULE_IDS,
  getDiffRule,
  diffRuleSeverity,
  type DiffRuleId,
  type DiffRuleMeta,
} from './rules.js';
export { headline, toDiffReport, type DiffHeadline, type DiffReport, type ReportChange } from './report.js';
export type { Change, ChangeArea, ChangeKind, DocumentDiff } from './types.js';
