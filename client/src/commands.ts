// The extension's commands: Show Openness Report, Lint Workspace, New Model Card, Insert Risk Assessment.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { modelCardTemplate } from '../../server/src/engine/services/templates.js';
import {
  INSERT_RISK_ASSESSMENT_COMMAND,
  LINT_WORKSPACE_COMMAND,
  SHOW_REPORT_COMMAND,
  type InsertRiskAssessmentResult,
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
    vscode.commands.registerCommand('modelcardLint.lintWorkspace', async () => {
      const summary = (await client.sendRequest(ExecuteCommandRequest.type, {
        command: LINT_WORKSPACE_COMMAND,
        arguments: [],
      })) as LintWorkspaceSummary | null;
      if (summary)
        void vscode.window.showInformationMessage(
          `Model Card Lint: ${summary.files} files, ${summary.errors} errors, ${summary.warnings} warnings.`,
        );
      return summary;
    }),
    vscode.commands.registerCommand('modelcardLint.newModelCard', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: modelCardTemplate() });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
    // The server decides where the block goes and applies the edit (engine/services/templates.ts): the client only
    // says which document.
    vscode.commands.registerCommand('modelcardLint.insertRiskAssessment', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const result = (await client.sendRequest(ExecuteCommandRequest.type, {
        command: INSERT_RISK_ASSESSMENT_COMMAND,
        arguments: [editor.document.uri.toString()],
      })) as InsertRiskAssessmentResult | null;
      if (result && !result.applied && result.message) void vscode.window.showInformationMessage(result.message);
    }),
  );
}
