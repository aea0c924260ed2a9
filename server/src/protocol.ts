// The messages between the VS Code client and the language server, names and payloads, imported by both sides so they
// cannot drift (as vscode-eslint shares its protocol types). Types and constants only: no runtime dependency.
import type { EuDocumentation } from './engine/export/eu-documentation.js';
import type { BaselineView } from './engine/services/report/baseline.js';
import type { ReportData } from './engine/services/report/report-data.js';
import type { DocumentStatus } from './engine/services/report/summary.js';

/** Server → client, after every lint of an open document: its status-bar summary. Sent only to a client that asked
 * for it with STATUS_OPTION (clients such as Emacs lsp-mode warn about every notification they do not know). */
export const STATUS_NOTIFICATION = 'modelcardLint/status';
/** The `initializationOptions` key a client sets to `true` to be sent STATUS_NOTIFICATION. */
export const STATUS_OPTION = 'statusNotification';

/** What a client may pass as `initializationOptions` (all optional; the server checks each value's type). */
export interface InitializationOptions {
  /** Where the rule pages are (the extension's bundled docs folder), so links work offline. */
  docsBase?: string;
  /** `modelcardLint.*` settings for clients without `workspace/configuration`. */
  settings?: unknown;
  [STATUS_OPTION]?: boolean;
}
export interface StatusParams {
  uri: string;
  status: DocumentStatus | null;
}

/** Client → server: the openness report of an open document (null when it is not linted). */
export const REPORT_REQUEST = 'modelcardLint/report';
export interface ReportParams {
  uri: string;
  /** The EU documentation's Annex XI Section 2: true / false include / leave it out whatever the card's training
   * compute says (`export --systemic-risk` / `--no-systemic-risk`); absent: from the compute. */
  systemicRisk?: boolean;
}
export interface ReportResponse {
  data: ReportData;
  markdown: string;
  badge: string;
  /** The change against the last commit, when the client sent the committed version (BASELINE_REQUEST). */
  baseline?: BaselineView | null;
  /** A card's EU AI Act documentation items (what `modelcard-lint export --eu-documentation` writes); null otherwise. */
  eu?: EuDocumentation | null;
}

/** Client → server: a card's EU documentation as `export --eu-documentation` writes it (null: not a card). */
export const EU_EXPORT_REQUEST = 'modelcardLint/euExport';
export interface EuExportParams {
  uri: string;
  format: 'markdown' | 'json';
  /** As ReportParams.systemicRisk. */
  systemicRisk?: boolean;
}
export interface EuExportResponse {
  format: 'markdown' | 'json';
  text: string;
}

/**
 * Client → server: the committed version of an open document (`text`, read by the client with VS Code's git
 * extension: `repository.show(ref, path)`), or null when there is none (no repository, not in the commit, or the
 * setting `modelcardLint.baseline.enable` is off). The server lints it through the lint session and shows the change
 * in a code lens and the report; the answer is that code lens's text (null: nothing to compare).
 */
export const BASELINE_REQUEST = 'modelcardLint/baseline';
export interface BaselineParams {
  uri: string;
  /** The ref the text is from, as shown to the user (`HEAD`). */
  ref: string;
  text: string | null;
}
export interface BaselineResponse {
  summary: string | null;
}

/** A client command the server's code lenses invoke: `[uri, section?]`. */
export const SHOW_REPORT_COMMAND = 'modelcardLint.showReport';

/** Server commands (workspace/executeCommand). */
export const OPEN_DOCS_COMMAND = 'modelcardLint.server.openRuleDocs';
export const LINT_WORKSPACE_COMMAND = 'modelcardLint.server.lintWorkspace';
/** Clients may pass a `workDoneToken` to own the progress (the VS Code client shows it with a Cancel button and
 * cancels the request); without one the server creates the progress and stops on `window/workDoneProgress/cancel`. */
export interface LintWorkspaceSummary {
  /** Files linted (cards and manifests; files ignored or of neither kind are not counted). */
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Why the walk stopped early, if it did. */
  stopped?: 'cancelled' | 'budget';
  /** The summary in one line for the user, e.g. "12 files: 3 errors, 20 warnings, 4 info" (plain text). */
  message: string;
}
/** `[uri]`: adds a `risk_assessment:` block to the card's front matter (through workspace/applyEdit). */
export const INSERT_RISK_ASSESSMENT_COMMAND = 'modelcardLint.server.insertRiskAssessment';
/** `[uri]`: writes or updates the card's `openness:` block from the MOF manifest beside it (workspace/applyEdit). */
export const WRITE_OPENNESS_COMMAND = 'modelcardLint.server.writeOpennessFromManifest';
/** What an editing command did. */
export interface EditCommandResult {
  applied: boolean;
  /** Why nothing was written ("already has a risk_assessment block"), or what was (plain text), for the user. */
  message?: string;
}
export type InsertRiskAssessmentResult = EditCommandResult;

/**
 * Server → client, web build only (the server runs in a web worker and has no file system): read workspace files
 * through `vscode.workspace.fs` for config discovery and companion manifests. Each entry is answered in order.
 */
export const READ_FILES_REQUEST = 'modelcardLint/readFiles';
export type ReadFilesParams = { requests: ReadFileRequest[] };
export type ReadFileRequest =
  /** A file's text when it is a regular file of at most `maxBytes` bytes. */
  | { kind: 'read'; uri: string; maxBytes: number }
  /** A directory's regular files and subdirectories (symbolic links are left out), at most MAX_LIST_NAMES. */
  | { kind: 'list'; uri: string };
/**
 * Names one `list` answer holds at most: the first in name order (UTF-16 code units, as `Array.prototype.sort`), so a
 * folder of millions of entries sends the worker a bounded list, the same one every time (client/src/listing.ts). No
 * reader needs more: the web walk stops at 20,000 entries (browser/walk.ts), manifests and results take 64 YAML names.
 */
export const MAX_LIST_NAMES = 20_000;
export type ReadFileAnswer =
  | { status: 'missing' }
  | { status: 'text'; text: string }
  /** `truncated`: the directory holds more than MAX_LIST_NAMES files and subdirectories; only the first are named. */
  | { status: 'entries'; files: string[]; dirs: string[]; truncated?: boolean }
  /** There but not read: a directory, a symbolic link, too large, not UTF-8 (a generic reason, no content). */
  | { status: 'refused'; reason: string };
