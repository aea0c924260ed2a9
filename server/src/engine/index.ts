// Public API of the engine: the one entry the CLI, the language server and the tests import.
export * from './types.js';
export { lint, documentAnchor, type LintOptions, type LintResult } from './lint.js';
export { EngineCache } from './cache.js';
export { applyEdits, compatibleFixes, fixAll, fixesOf, OverlappingEditsError, type FixAllResult } from './fix.js';
export {
  configForFile,
  validateConfig,
  ruleSeverity,
  profileSeverity,
  forcedCard,
  DEFAULT_CONFIG,
  type LintConfig,
  type LoadedConfigFile,
  type ConfigProblem,
} from './config.js';
export { parseDocument, type ParsedDocument } from './parse/document.js';
export { classify, cardEvidence, isMarkdownPath, isYamlPath } from './parse/classify.js';
export { LineIndex, stripBom, detectLineEnding, BOM } from './parse/text.js';
export * as yamlTree from './parse/yaml-tree.js';
export { RULES, RULE_IDS, getRule } from './rules/index.js';
export type { Rule, RuleMeta, RuleContext } from './rule-kit/rule.js';
export { TOOL_NAME, VERSION, REPOSITORY_URL, ruleDocsUrl } from './meta.js';
export { Analysis } from './analyze/analysis.js';
export * from './knowledge/components.js';
export * from './knowledge/stages.js';
export * from './knowledge/risk-areas.js';
export * from './knowledge/profiles.js';
export * from './knowledge/hf-metadata.js';
export * from './knowledge/disclosures.js';
export { closest } from './knowledge/did-you-mean.js';
export * from './knowledge/index.js';
export {
  toFileReport,
  toReportDiagnostic,
  toLineColumn,
  ruleDescription,
  type FileReport,
  type ReportDiagnostic,
} from './report.js';
export { statusOf, lensTitles, type DocumentStatus } from './services/report/summary.js';
export { inlayHints } from './services/report/inlay.js';
export { baselineView, type BaselineView } from './services/report/baseline.js';
export { explainAt } from './services/hover/explain.js';
export { completeAt } from './services/completion/complete.js';
export { reportData, reportMarkdown, badgeSvg, type ReportData } from './services/report/report-data.js';
export { disableForLine, disableForFile } from './services/edits/directive-edits.js';
export { modelCardTemplate, riskAssessmentBlock } from './services/edits/templates.js';
export { compileGlobs, globProblem } from './glob.js';
export * from './diff/index.js';
export * from './export/index.js';
export * from './knowledge/eu-documentation.js';
export * from './knowledge/mof-mapping.js';
