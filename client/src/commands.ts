// The extension's commands: Show Openness Report, Lint Workspace (with progress and Cancel), New Model Card, Insert
// Risk Assessment, Write Openness Block from Manifest, Export EU Documentation.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type BaseLanguageClient } from 'vscode-languageclient';
import { modelCardTemplate } from '../../server/src/engine/services/edits/templates.js';
import {
  INSERT_RISK_ASSESSMENT_COMMAND,
  LINT_WORKSPACE_COMMAND,
  SHOW_REPORT_COMMAND,
  WRITE_OPENNESS_COMMAND,
  type EditCommandResult,
  type LintWorkspaceSummary,
} from '../../server/src/protocol.js';
import { ReportView } from './report-view.js';

export function registerCommands(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const report = new ReportView(client);
  context.subscriptions.push(
    report,
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, (uri?: string) =>
      report.show(uri ?? vscode.window.activeTextEditor?.document.uri.toString()),
    ),
    vscode.commands.registerCommand('modelcardLint.lintWorkspace', () => lintWorkspace(client)),
    // The report view's EU tab exports the same way; the server writes the document.
    vscode.commands.registerCommand('modelcardLint.exportEuDocumentation', (format?: string, systemicRisk?: unknown) =>
      exportEu(report, format, systemicRisk),
    ),
    vscode.commands.registerCommand('modelcardLint.newModelCard', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: modelCardTemplate() });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
    vscode.commands.registerCommand('modelcardLint.insertRiskAssessment', () =>
      editCommand(client, INSERT_RISK_ASSESSMENT_COMMAND),
    ),
    vscode.commands.registerCommand('modelcardLint.writeOpennessFromManifest', () =>
      editCommand(client, WRITE_OPENNESS_COMMAND),
    ),
  );
}

/** Export EU Documentation for the active card. `systemicRisk` (true / false) includes or leaves out Annex XI Section 2
 * whatever the card says, as `export --systemic-risk` / `--no-systemic-risk`; absent, the EU tab's choice for the card,
 * else the card's training compute. */
function exportEu(
  report: ReportView,
  format?: string,
  systemicRisk?: unknown,
): Promise<vscode.TextDocument | undefined> {
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const choice = typeof systemicRisk === 'boolean' ? systemicRisk : report.systemicRiskOf(uri);
  return report.exportEu(format === 'json' ? 'json' : 'markdown', uri, choice);
}

/** The server decides what to write and applies the edit (server/src/lsp/edit-commands.ts): the client only says which
 * document, and shows what the server says. */
async function editCommand(client: BaseLanguageClient, command: string): Promise<EditCommandResult | null> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return null;
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command,
    arguments: [editor.document.uri.toString()],
  })) as EditCommandResult | null;
  if (result?.message) void vscode.window.showInformationMessage(`Model Card Lint: ${result.message}`);
  return result;
}

let runs = 0;

/** Lint Workspace with a progress notification and a Cancel button: the client passes its own progress token, shows
 * what the server reports on it, and cancels the request on Cancel (the server stops between files and answers with
 * what it linted). The summary line is the server's (server/src/lsp/workspace-lint.ts). */
function lintWorkspace(client: BaseLanguageClient): Thenable<LintWorkspaceSummary | null> {
  const options = { location: vscode.ProgressLocation.Notification, title: 'Model Card Lint', cancellable: true };
  return vscode.window.withProgress(options, async (progress, cancel) => {
    const workDoneToken = `modelcardLint.lintWorkspace/${++runs}`;
    let shown = 0;
    const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
      if (v.kind === 'end') return;
      const pct = v.percentage ?? shown;
      progress.report({ message: v.message, increment: Math.max(0, pct - shown) });
      shown = Math.max(shown, pct);
    });
    try {
      const params = { command: LINT_WORKSPACE_COMMAND, arguments: [], workDoneToken };
      const summary = (await client.sendRequest(
        ExecuteCommandRequest.type,
        params,
        cancel,
      )) as LintWorkspaceSummary | null;
      if (summary) void vscode.window.showInformationMessage(`Model Card Lint: ${summary.message}`);
      return summary;
    } finally {
      sub.dispose();
    }
  });
}
