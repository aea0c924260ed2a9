// The messages between the VS Code client and the language server, names and payloads, imported by both sides so they
// cannot drift (as vscode-eslint shares its protocol types). Types only and string constants: no runtime dependency.
import type { ReportData } from './engine/services/report-data.js';
import type { DocumentStatus } from './engine/services/summary.js';

/** Server → client, after every lint of an open document: its status-bar summary. */
export const STATUS_NOTIFICATION = 'modelcardLint/status';
export interface StatusParams {
  uri: string;
  status: DocumentStatus | null;
}

/** Client → server: the openness report of an open document (null when it is not linted). */
export const REPORT_REQUEST = 'modelcardLint/report';
export interface ReportParams {
  uri: string;
}
export interface ReportResponse {
  data: ReportData;
  markdown: string;
  badge: string;
}

/** A client command the server's code lenses invoke: `[uri, section?]`. */
export const SHOW_REPORT_COMMAND = 'modelcardLint.showReport';

/** Server commands (workspace/executeCommand). */
export const OPEN_DOCS_COMMAND = 'modelcardLint.server.openRuleDocs';
export const LINT_WORKSPACE_COMMAND = 'modelcardLint.server.lintWorkspace';
export interface LintWorkspaceSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Why the walk stopped early, if it did. */
  stopped?: 'cancelled' | 'budget';
}
/** `[uri]`: adds a `risk_assessment:` block to the card's front matter (through workspace/applyEdit). */
export const INSERT_RISK_ASSESSMENT_COMMAND = 'modelcardLint.server.insertRiskAssessment';
export interface InsertRiskAssessmentResult {
  applied: boolean;
  /** Why nothing was inserted ("already has a risk_assessment block"), for the user. */
  message?: string;
}
